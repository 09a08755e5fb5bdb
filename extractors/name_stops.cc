#include "extractors/name_stops.h"

#include <string>
#include <unordered_set>

#include "extractors/data_table.h"
#include "extractors/text_case.h"
#include "extractors/word_keys.h"

namespace vanban {
namespace {

const std::unordered_set<std::string>& Stops() {
  static const std::unordered_set<std::string>* stops = [] {
    auto* s = new std::unordered_set<std::string>;
    DataTable table = LoadDataTable("name_stops.tsv");
    const int phrase = table.Column("phrase");
    for (const auto& row : table.rows) s->insert(LowerWord(row[phrase]));
    return s;
  }();
  return *stops;
}

}  // namespace

int NameStopLength(std::string_view first, std::string_view second) {
  if (first.empty()) return 0;
  // Capitalised words belong to names ("Ban Chỉ đạo"); "V/v" opens a subject all the same.
  if (StartsWithUpper(first) && first != "V/v" && first != "V/V") return 0;
  const std::string a = LowerWord(first);
  if (!second.empty() && Stops().contains(a + " " + LowerWord(second))) return 2;
  return Stops().contains(a) ? 1 : 0;
}

}  // namespace vanban
