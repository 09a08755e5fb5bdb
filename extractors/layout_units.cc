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

namespace {

// Markdown emphasis a converted web page left around a cell: "**TM. ỦY BAN NHÂN DÂN",
// "CHỦ TỊCH**". A cell of nothing else (a rule of stars) is kept.
Span StripEmphasis(std::string_view text, Span cell) {
  bool content = false;
  for (size_t i = cell.begin; i < cell.end && !content; ++i) {
    content = text[i] != '*' && text[i] != '_' && text[i] != ' ';
  }
  if (!content) return cell;
  Span s = cell;
  auto marker = [&](size_t at) {
    return at + 1 < s.end &&
           ((text[at] == '*' && text[at + 1] == '*') || (text[at] == '_' && text[at + 1] == '_'));
  };
  while (s.size() > 2 && marker(s.begin)) s.begin += 2;
  while (s.size() > 2 && marker(s.end - 2)) s.end -= 2;
  s = Trim(text, s);
  return s.empty() ? cell : s;
}

}  // namespace

LayoutUnits BuildUnits(std::string_view text, Span within) {
  LayoutUnits out;
  std::vector<Span> lines = SplitLines(text, within);
  std::vector<Span> cells;
  out.units.reserve(lines.size());
  for (size_t l = 0; l < lines.size(); ++l) {
    SplitCellsInto(text, lines[l], &cells);
    if (cells.empty()) {
      size_t at = out.joined.size();
      out.units.push_back({{lines[l].begin, lines[l].begin}, at, at, l, true});
      out.joined.AppendSeparator('\n');
      continue;
    }
    for (Span cell : cells) {
      cell = StripEmphasis(text, cell);
      size_t begin = out.joined.size();
      out.joined.Append(text, cell);
      out.units.push_back({cell, begin, out.joined.size(), l, false});
      out.joined.AppendSeparator('\n');
    }
  }
  return out;
}

}  // namespace vanban
