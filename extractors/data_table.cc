#include "extractors/data_table.h"

#include "pipeline/embedded_data.h"

namespace vanban {
namespace {

std::vector<std::string> SplitTabs(std::string_view line) {
  std::vector<std::string> cells;
  size_t begin = 0;
  while (true) {
    size_t tab = line.find('\t', begin);
    cells.emplace_back(line.substr(begin, tab == std::string_view::npos ? tab : tab - begin));
    if (tab == std::string_view::npos) break;
    begin = tab + 1;
  }
  return cells;
}

}  // namespace

int DataTable::Column(std::string_view name) const {
  for (size_t i = 0; i < columns.size(); ++i) {
    if (columns[i] == name) return static_cast<int>(i);
  }
  return -1;
}

DataTable ParseDataTable(std::string_view tsv) {
  DataTable table;
  size_t begin = 0;
  bool header = true;
  while (begin < tsv.size()) {
    size_t nl = tsv.find('\n', begin);
    std::string_view line = tsv.substr(begin, nl == std::string_view::npos ? nl : nl - begin);
    begin = nl == std::string_view::npos ? tsv.size() : nl + 1;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line.front() == '#') continue;
    std::vector<std::string> cells = SplitTabs(line);
    if (header) {
      table.columns = std::move(cells);
      header = false;
      continue;
    }
    cells.resize(table.columns.size());
    table.rows.push_back(std::move(cells));
  }
  return table;
}

DataTable LoadDataTable(std::string_view name) { return ParseDataTable(EmbeddedData(name)); }

}  // namespace vanban
