#include "extractors/lines.h"

#include <algorithm>
#include <cstdint>
#include <cstring>

namespace vanban {
namespace {

// Length of the white-space character at text[i] (ASCII white space or U+00A0), else 0.
size_t SpaceAt(std::string_view text, size_t i) {
  if (text[i] == ' ' || text[i] == '\t' || text[i] == '\r' || text[i] == '\n' || text[i] == '\f' ||
      text[i] == '\v') {
    return 1;
  }
  if (i + 1 < text.size() && static_cast<unsigned char>(text[i]) == 0xC2 &&
      static_cast<unsigned char>(text[i + 1]) == 0xA0) {
    return 2;
  }
  return 0;
}

// True when some byte of w is zero (exact: the classic test has no false positive for "any").
bool HasZeroByte(uint64_t w) {
  return ((w - 0x0101010101010101ULL) & ~w & 0x8080808080808080ULL) != 0;
}

// True when two spaces follow each other in l. Eight byte pairs at a time: a pair of spaces
// is a zero byte of (bytes ^ spaces) | (next bytes ^ spaces).
bool HasDoubleSpace(std::string_view l) {
  constexpr uint64_t kSpaces = 0x2020202020202020ULL;
  size_t i = 0;
  for (; i + 9 <= l.size(); i += 8) {
    uint64_t w;
    uint64_t next;
    std::memcpy(&w, l.data() + i, 8);
    std::memcpy(&next, l.data() + i + 1, 8);
    if (HasZeroByte((w ^ kSpaces) | (next ^ kSpaces))) return true;
  }
  for (; i + 1 < l.size(); ++i) {
    if (l[i] == ' ' && l[i + 1] == ' ') return true;
  }
  return false;
}

// True when the line is one cell: no double space, tab, table border (" |") or no-break
// space. The rare bytes are found with memchr, pairs of spaces eight bytes at a time.
bool IsOneCell(std::string_view l) {
  if (l.find('\t') != std::string_view::npos || l.find("\xC2\xA0") != std::string_view::npos) {
    return false;
  }
  for (size_t bar = l.find('|'); bar != std::string_view::npos; bar = l.find('|', bar + 1)) {
    if (bar > 0 && l[bar - 1] == ' ') return false;  // " |"
  }
  return !HasDoubleSpace(l);
}

}  // namespace

Span Trim(std::string_view text, Span span) {
  size_t b = span.begin;
  size_t e = span.end;
  while (b < e) {
    size_t n = SpaceAt(text, b);
    if (n == 0 || b + n > e) break;
    b += n;
  }
  while (e > b) {
    if (SpaceAt(text, e - 1) == 1) {
      --e;
    } else if (e - b >= 2 && SpaceAt(text, e - 2) == 2) {
      e -= 2;
    } else {
      break;
    }
  }
  return {b, e};
}

std::vector<Span> SplitLines(std::string_view text, Span within) {
  std::vector<Span> lines;
  size_t begin = within.begin;
  const size_t end = std::min(within.end, text.size());
  while (begin <= end) {
    size_t nl = text.find('\n', begin);
    if (nl == std::string_view::npos || nl > end) nl = end;
    size_t line_end = nl;
    if (line_end > begin && text[line_end - 1] == '\r') --line_end;
    if (nl == end && begin == end) break;
    lines.push_back({begin, line_end});
    begin = nl + 1;
  }
  return lines;
}

std::vector<Span> SplitLines(std::string_view text) { return SplitLines(text, {0, text.size()}); }

std::vector<Span> SplitCells(std::string_view text, Span line) {
  std::vector<Span> cells;
  SplitCellsInto(text, line, &cells);
  return cells;
}

void SplitCellsInto(std::string_view text, Span line, std::vector<Span>* out) {
  std::vector<Span>& cells = *out;
  cells.clear();
  // Most lines are one cell: no double space, tab, table border or no-break space.
  if (IsOneCell(text.substr(line.begin, line.size()))) {
    Span cell = Trim(text, line);
    if (!cell.empty()) cells.push_back(cell);
    return;
  }
  size_t cell_begin = line.begin;
  size_t i = line.begin;
  while (i < line.end) {
    size_t n = SpaceAt(text, i);
    if (n == 0) {
      ++i;
      continue;
    }
    // Measure the run of white space starting here.
    size_t run_end = i;
    int spaces = 0;
    bool tab = false;
    while (run_end < line.end) {
      size_t m = SpaceAt(text, run_end);
      if (m == 0) break;
      tab = tab || text[run_end] == '\t';
      run_end += m;
      ++spaces;
    }
    // A table's cell border: " | " (web pages converted to text keep their tables so).
    bool pipe = run_end < line.end && text[run_end] == '|' &&
                (run_end + 1 == line.end || SpaceAt(text, run_end + 1) > 0);
    if (pipe) {
      Span cell = Trim(text, {cell_begin, i});
      if (!cell.empty()) cells.push_back(cell);
      cell_begin = run_end + 1;
      i = run_end + 1;
      continue;
    }
    if (spaces >= 3 || tab) {
      Span cell = Trim(text, {cell_begin, i});
      if (!cell.empty()) cells.push_back(cell);
      cell_begin = run_end;
    }
    i = run_end;
  }
  Span last = Trim(text, {cell_begin, line.end});
  if (!last.empty()) cells.push_back(last);
}

}  // namespace vanban
