// Layout units: the cells of a range of lines (one per column of a line, an empty unit per
// blank line), joined one per line into a JoinedText so that patterns can run across units
// ("Hà Nội, ngày 20\ntháng 11 năm 2025") and across the column gaps of flattened layouts,
// while every unit keeps its span in the document. The segmenter reads headers and
// signature blocks as sequences of units.
#pragma once

#include <string_view>
#include <vector>

#include "extractors/joined_text.h"
#include "pipeline/span.h"

namespace vanban {

struct Unit {
  Span doc;          // in the document text (empty for a blank line)
  size_t begin = 0;  // in LayoutUnits::joined.str()
  size_t end = 0;
  size_t line = 0;  // index of its line in the range
  bool blank = false;
};

struct LayoutUnits {
  JoinedText joined;  // units separated by '\n'
  std::vector<Unit> units;

  std::string_view Text(const Unit& u) const {
    return std::string_view(joined.str()).substr(u.begin, u.end - u.begin);
  }
  // Index of the unit holding joined offset pos (the next unit when pos is on a separator),
  // or units.size().
  size_t UnitAt(size_t pos) const;
};

// Units of the lines of text[within]. Markdown emphasis markers ("**", "__") at the ends of
// a cell are left out of its unit.
LayoutUnits BuildUnits(std::string_view text, Span within);

}  // namespace vanban
