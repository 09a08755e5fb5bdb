#include "extractors/lines.h"

#include <algorithm>

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

// True when the line is one cell: no double space, tab, table border (" |") or no-break
// space. One pass over the bytes, most of which are none of ' ', '\t', '\xC2'.
bool IsOneCell(std::string_view l) {
  for (size_t i = 0; i < l.size(); ++i) {
    const char c = l[i];
    if (c != ' ' && c != '\t' && c != '\xC2') continue;
    if (c == '\t') return false;
    if (i + 1 >= l.size()) break;
    const char next = l[i + 1];
    if (c == ' ' ? (next == ' ' || next == '|') : next == '\xA0') return false;
  }
  return true;
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
