#include "extractors/deadline_columns.h"

#include <re2/re2.h>

#include <array>
#include <cctype>
#include <string>

#include "extractors/data_table.h"
#include "extractors/deadline_context.h"
#include "extractors/lines.h"
#include "extractors/text_case.h"

namespace vanban {
namespace {

// The column phrases of deadline_words.tsv.
std::vector<std::string> ColumnPhrases() {
  DataTable table = LoadDataTable("deadline_words.tsv");
  const int kind = table.Column("kind");
  const int phrase = table.Column("phrase");
  std::vector<std::string> phrases;
  for (const auto& row : table.rows) {
    if (row[kind] == "column") phrases.push_back(row[phrase]);
  }
  return phrases;
}

// A header line: a phrase of kind "column" and at most two more words ("Tiến độ trình
// UBTVQH"), alone on its line.
const RE2& HeaderLine() {
  static const RE2* re = [] {
    std::string alternatives;
    for (const std::string& phrase : ColumnPhrases()) {
      alternatives += (alternatives.empty() ? "" : "|") + WordsPattern(phrase);
    }
    return new RE2(R"((?m)^[ \t]*(?:)" + alternatives + R"()(?:[ \t]+[^\s:]+){0,2}[ \t]*$)");
  }();
  return *re;
}

// Bytes a header line may start with after its indent: both cases of each phrase's first
// letter. Every byte when a phrase starts with a letter whose case folding leaves ASCII
// ("k" folds with the Kelvin sign) or with a non-ASCII letter.
const std::array<bool, 256>& HeaderFirstBytes() {
  static const std::array<bool, 256> bytes = [] {
    std::array<bool, 256> set{};
    for (const std::string& phrase : ColumnPhrases()) {
      const unsigned char c = phrase.empty() ? 0x80 : static_cast<unsigned char>(phrase[0]);
      if (c >= 0x80 || c == 'k' || c == 'K' || c == 's' || c == 'S') {
        set.fill(true);
        break;
      }
      set[c] = true;
      set[static_cast<unsigned char>(std::tolower(c))] = true;
      set[static_cast<unsigned char>(std::toupper(c))] = true;
    }
    return set;
  }();
  return bytes;
}

// The first match of HeaderLine() starting at or after pos. Every match starts at a line
// start whose first byte after the indent begins a phrase, so only those lines run RE2.
bool NextHeaderLine(std::string_view text, size_t pos, re2::StringPiece* match) {
  const std::array<bool, 256>& first = HeaderFirstBytes();
  size_t line = pos;
  if (line > 0 && text[line - 1] != '\n') {
    line = text.find('\n', line);
    if (line == std::string_view::npos) return false;
    ++line;
  }
  while (line <= text.size()) {
    size_t i = line;
    while (i < text.size() && (text[i] == ' ' || text[i] == '\t')) ++i;
    if (i < text.size() && first[static_cast<unsigned char>(text[i])] &&
        HeaderLine().Match(text, line, text.size(), RE2::ANCHOR_START, match, 1)) {
      return true;
    }
    const size_t next = text.find('\n', i);
    if (next == std::string_view::npos) return false;
    line = next + 1;
  }
  return false;
}

}  // namespace

std::vector<Span> FindDeadlineColumns(const Document& doc) {
  std::vector<Span> columns;
  const std::string_view text = doc.text;
  re2::StringPiece m;
  size_t pos = 0;
  while (pos < text.size() && NextHeaderLine(text, pos, &m)) {
    const size_t end = m.data() - text.data() + m.size();
    pos = end + 1;
    for (const Zone& zone : doc.zones) {
      if (zone.kind == ZoneKind::kBody && zone.span.begin <= end && end < zone.span.end) {
        columns.push_back({end, zone.span.end});
        pos = zone.span.end;  // one column per zone
      }
    }
  }
  return columns;
}

bool IsTableCell(std::string_view text, Span span) {
  size_t line_begin = span.begin == 0 ? std::string_view::npos : text.rfind('\n', span.begin - 1);
  line_begin = line_begin == std::string_view::npos ? 0 : line_begin + 1;
  const bool starts_line = Trim(text, {line_begin, span.begin}).empty();
  size_t line_end = text.find('\n', span.end);
  if (line_end == std::string_view::npos) line_end = text.size();
  const std::string_view rest = text.substr(span.end, line_end - span.end);
  const bool ends_line = rest.find_first_not_of(" .;") == std::string_view::npos;
  const bool capital = StartsWithUpper(text.substr(span.begin, span.size()));
  return (starts_line && ends_line) || (capital && (starts_line || ends_line));
}

std::vector<Span> YearCells(std::string_view text, Span column) {
  static const RE2 year(R"((?m)^[ \t]*((?:19|20)\d\d)[ \t]*$)");
  std::vector<Span> cells;
  re2::StringPiece m[2];
  size_t pos = column.begin;
  while (pos < column.end && year.Match(text, pos, column.end, RE2::UNANCHORED, m, 2)) {
    const size_t begin = m[1].data() - text.data();
    cells.push_back({begin, begin + m[1].size()});
    pos = begin + m[1].size() + 1;
  }
  return cells;
}

}  // namespace vanban
