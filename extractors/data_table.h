// Tab-separated data files compiled into the binary (extractors/data/*.tsv): a header
// line naming the columns, then one row per line. Blank lines and lines starting with '#'
// are skipped. Gazetteers (agencies, places, positions, abbreviations, document types)
// are kept in this form so that they are data, not code.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace vanban {

struct DataTable {
  std::vector<std::string> columns;
  std::vector<std::vector<std::string>> rows;  // each row has columns.size() cells

  // Index of the named column, or -1.
  int Column(std::string_view name) const;
};

// The embedded file `name` parsed. Missing cells are empty strings; an unknown file gives
// an empty table.
DataTable LoadDataTable(std::string_view name);

// The same over bytes already in memory (tests).
DataTable ParseDataTable(std::string_view tsv);

}  // namespace vanban
