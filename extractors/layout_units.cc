#include "extractors/layout_units.h"

#include <algorithm>

#include "extractors/lines.h"

namespace vanban {

size_t LayoutUnits::UnitAt(size_t pos) const {
  // Units before pos: those ending before it, or ending at it (pos is their separator).
  auto it = std::partition_point(units.begin(), units.end(), [pos](const Unit& u) {
    return u.end < pos || (u.end == pos && !u.blank);
  });
  return static_cast<size_t>(it - units.begin());
}

LayoutUnits BuildUnits(std::string_view text, Span within) {
  LayoutUnits out;
  std::vector<Span> lines = SplitLines(text, within);
  for (size_t l = 0; l < lines.size(); ++l) {
    std::vector<Span> cells = SplitCells(text, lines[l]);
    if (cells.empty()) {
      size_t at = out.joined.size();
      out.units.push_back({{lines[l].begin, lines[l].begin}, at, at, l, true});
      out.joined.AppendSeparator('\n');
      continue;
    }
    for (const Span& cell : cells) {
      size_t begin = out.joined.size();
      out.joined.Append(text, cell);
      out.units.push_back({cell, begin, out.joined.size(), l, false});
      out.joined.AppendSeparator('\n');
    }
  }
  return out;
}

}  // namespace vanban
