#include "extractors/abbreviations.h"

#include <algorithm>

#include "extractors/data_table.h"

namespace vanban {

const std::vector<ListedAbbreviation>& ListedAbbreviations() {
  static const std::vector<ListedAbbreviation>* list = [] {
    auto* l = new std::vector<ListedAbbreviation>;
    const DataTable table = LoadDataTable("abbreviations.tsv");
    const int a = table.Column("abbreviation");
    const int e = table.Column("expansion");
    for (const auto& row : table.rows) l->push_back({row[a], row[e]});
    std::stable_sort(l->begin(), l->end(),
                     [](const ListedAbbreviation& x, const ListedAbbreviation& y) {
                       return x.printed.size() > y.printed.size();
                     });
    return l;
  }();
  return *list;
}

}  // namespace vanban
