#include "extractors/task_items.h"

#include <re2/re2.h>

#include <algorithm>
#include <array>
#include <string>

#include "extractors/lines.h"
#include "extractors/loose_pattern.h"
#include "extractors/text_case.h"

namespace vanban {
namespace {

struct MarkerPattern {
  ItemMarker marker;
  RE2 re;  // anchored at the line start; group 1 is the number of a kNumber marker
};

// Each pattern with an example line it must match (tests/extractors/task_items_test.cc).
const std::array<MarkerPattern, 7>& MarkerPatterns() {
  static const auto* patterns = new std::array<MarkerPattern, 7>{{
      // "Điều 3. Chánh Văn phòng ..."
      {ItemMarker::kArticle,
       RE2(LoosePattern("điều", LetterCase::kAny) + R"(\s+\d{1,3}[a-z]?\s*[.:]?\s*)")},
      // "II. VỀ CUNG CẤP DỊCH VỤ CÔNG"
      {ItemMarker::kRoman, RE2(R"([IVXL]{1,6}\s*[.)]\s+)")},
      // "2.1. Sở Tài chính", "1.1 Trưởng Ban", "3) ..."
      {ItemMarker::kNumber, RE2(R"((\d{1,3}(?:\.\d{1,3}){1,3})\.?\s+|(\d{1,3})\s*[.)]\s+)")},
      // "a) Tập trung ...", "đ. ..."
      {ItemMarker::kLetter, RE2(R"((?:[a-z]|đ)\s*[).]\s+)")},
      // "(1) Bộ Tài chính ...", "(a) ..."
      {ItemMarker::kParen, RE2(R"(\((?:\d{1,2}|[a-z]|đ|[ivx]{1,4})\)\s*)")},
      // "- Phối hợp với ...", "• ..."
      {ItemMarker::kDash, RE2("(?:-|•|\\*|·|–|—)\\s*")},
      // "+ Sở Xây dựng: ..."
      {ItemMarker::kPlus, RE2(R"(\+\s*)")},
  }};
  return *patterns;
}

// True when a line starting with this byte may start with a marker of MarkerPatterns: "đ"
// and "Đ" (of "điều", "đ)") and the bullets "•", "·", "–", "—" start with 0xC4, 0xC2 or 0xE2.
// Most lines start with another capital letter: no pattern is run on them.
bool MayStartMarker(char first) {
  static const std::array<bool, 256> kFirst = [] {
    std::array<bool, 256> may{};
    for (unsigned char c : std::string_view("dDIVXL()-*+\xC2\xC4\xE2")) may[c] = true;
    for (char c = '0'; c <= '9'; ++c) may[static_cast<unsigned char>(c)] = true;
    for (char c = 'a'; c <= 'z'; ++c) may[static_cast<unsigned char>(c)] = true;
    return may;
  }();
  return kFirst[static_cast<unsigned char>(first)];
}

// A table row number alone on its line: "1", "12.", "II".
bool IsRowNumberLine(std::string_view line) {
  static const RE2 re(R"((?:\d{1,3}|[IVXL]{1,5})\.?)");
  if (line.empty() || !MayStartMarker(line[0])) return false;
  return RE2::FullMatch(line, re);
}

// The number column heading of a table: "TT", "STT", "Số TT".
bool IsTableHeader(std::string_view line) {
  static const RE2 re(R"((?i)(?:s\S{0,2}\s*)?tt\.?)");
  return line.size() <= 8 && RE2::FullMatch(line, re);
}

// A column heading that names who does the task: "Cơ quan chủ trì", "Đơn vị phối hợp",
// "Bộ phụ trách tiếp nhận, xử lý".
const RE2& TaskColumnRe() {
  static const RE2 re("(?i)" + LoosePattern("chủ trì", LetterCase::kAny) + "|" +
                      LoosePattern("phối hợp", LetterCase::kAny) + "|" +
                      LoosePattern("phụ trách", LetterCase::kAny) + "|" +
                      LoosePattern("trách nhiệm", LetterCase::kAny) + "|" +
                      LoosePattern("cơ quan thực hiện", LetterCase::kAny) + "|" +
                      LoosePattern("đơn vị thực hiện", LetterCase::kAny));
  return re;
}

// True when a line ends inside the names listed after a shared head: "yêu cầu các Bộ: Nông
// nghiệp và Môi trường; Xây dựng;" goes on with "Khoa học và Công nghệ xây dựng phương án".
// The head is "các" and a capitalised word before ":", each name after it is capitalised and
// ends with ";".
bool EndsInSharedHeadList(std::string_view line) {
  static const RE2 head(R"((?:^|\s)(?:các|Các)\s+(\S+)\s*:\s*$)");
  const size_t colon = line.rfind(':');
  if (colon == std::string_view::npos || !line.ends_with(';')) return false;
  re2::StringPiece word;
  if (!RE2::PartialMatch(line.substr(0, colon + 1), head, &word) ||
      !StartsWithUpper(std::string_view(word.data(), word.size()))) {
    return false;
  }
  for (size_t b = colon + 1; b < line.size();) {
    const size_t e = line.find(';', b);
    if (!StartsWithUpper(line.substr(b, e - b))) return false;
    b = e + 1;
  }
  return true;
}

// True when `line` goes on with the sentence of the item above it, broken by the source (OCR
// and PDF text keep the printed lines): it starts in lower case, or the line above is long
// and ends in the middle of a sentence ("... ý kiến chỉ đạo của Thủ tướng" / "Chính phủ,
// Trưởng Ban ...") or of a list of names after a shared head (EndsInSharedHeadList).
bool GoesOn(std::string_view text, Span above, Span line) {
  constexpr size_t kMinBrokenLine = 30;  // bytes; headings are shorter
  if (StartsWithLower(text.substr(line.begin, 4))) return true;
  const size_t last_line = text.rfind('\n', above.end - 1);
  const size_t begin =
      last_line == std::string_view::npos || last_line < above.begin ? above.begin : last_line + 1;
  const std::string_view above_line = text.substr(begin, above.end - begin);
  if (EndsInSharedHeadList(above_line)) return true;
  // A short line is a heading; a line with a label ("Kính gửi: ...") is complete.
  if (above_line.size() < kMinBrokenLine || above_line.find(':') != std::string_view::npos) {
    return false;
  }
  size_t last = above.end - 1;  // the last code point
  while (last > begin && (static_cast<unsigned char>(text[last]) & 0xC0) == 0x80) --last;
  const std::string_view tail = text.substr(last, above.end - last);
  return tail == "," || std::isdigit(static_cast<unsigned char>(tail[0])) || StartsWithLower(tail);
}

struct Marker {
  ItemMarker marker = ItemMarker::kNone;
  int number_depth = 0;
  size_t length = 0;  // bytes of the marker and the spaces after it
};

Marker ReadMarker(std::string_view line) {
  if (line.empty() || !MayStartMarker(line[0])) return {};
  for (const MarkerPattern& p : MarkerPatterns()) {
    // Most lines start with no marker: a match without submatches rules a pattern out fast.
    if (!p.re.Match(line, 0, line.size(), RE2::ANCHOR_START, nullptr, 0)) continue;
    re2::StringPiece m[3];
    if (!p.re.Match(line, 0, line.size(), RE2::ANCHOR_START, m, 3)) continue;
    // A dash before a number is a negative or a range, not a list marker.
    if (p.marker == ItemMarker::kDash && m[0].size() < line.size() &&
        std::isdigit(static_cast<unsigned char>(line[m[0].size()]))) {
      continue;
    }
    int depth = 0;
    if (p.marker == ItemMarker::kNumber) {
      depth = m[1].empty() ? 1 : 1 + static_cast<int>(std::count(m[1].begin(), m[1].end(), '.'));
    }
    return {p.marker, depth, m[0].size()};
  }
  return {};
}

// The level of a marker in the order of Nghị định 30/2020/NĐ-CP and common practice:
// "Điều 1." > "I." > "1." > "1.1." > "a)" > "(1)" > "-" > "+". A table row sits below all.
int Rank(ItemMarker marker, int number_depth) {
  switch (marker) {
    case ItemMarker::kArticle:
      return 0;
    case ItemMarker::kRoman:
      return 1;
    case ItemMarker::kNumber:
      return 1 + std::min(number_depth, 4);
    case ItemMarker::kLetter:
      return 6;
    case ItemMarker::kParen:
      return 7;
    case ItemMarker::kDash:
      return 8;
    case ItemMarker::kPlus:
      return 9;
    default:
      return 10;
  }
}

int Rank(const TaskItem& item) { return Rank(item.marker, item.number_depth); }

}  // namespace

std::vector<TaskItem> CutTaskItems(std::string_view text, Span body) {
  constexpr int kMaxHeadingLines = 30;  // column headings of a table, at most
  std::vector<TaskItem> items;
  std::vector<int> open;    // indices of the marked items enclosing the current line
  int heading_lines = -1;   // column heading lines read since "TT", -1 outside a table
  bool task_table = false;  // the column headings name who does what
  int row = -1;             // the table row being read, if any
  for (Span line : SplitLines(text, body)) {
    line = Trim(text, line);
    if (line.empty()) continue;
    const std::string_view s = text.substr(line.begin, line.size());
    const Marker marker = ReadMarker(s);
    if (IsTableHeader(s)) {
      if (row >= 0) open.pop_back();
      row = -1;
      heading_lines = 0;
      task_table = false;
      continue;
    }
    // In a table, a Roman line in sentence case is a row grouping the rows below it ("II.
    // Trình Quốc hội xem xét tại Kỳ họp thứ 2"); one in capitals is a heading of the
    // document that ends the table ("III. TỔ CHỨC THỰC HIỆN").
    const bool section_row =
        heading_lines >= 0 && marker.marker == ItemMarker::kRoman && !IsUpperText(s);
    const bool row_start =
        IsRowNumberLine(s) || marker.marker == ItemMarker::kNumber || section_row;
    if (heading_lines >= 0 && row < 0 && !row_start && heading_lines < kMaxHeadingLines) {
      ++heading_lines;  // a column heading
      task_table = task_table || RE2::PartialMatch(s, TaskColumnRe());
      continue;
    }
    if (heading_lines >= 0 && row_start) {
      if (row >= 0) open.pop_back();  // a row closes the previous one
      row = static_cast<int>(items.size());
      const Span rest = IsRowNumberLine(s) ? Span{line.end, line.end}
                                           : Trim(text, {line.begin + marker.length, line.end});
      items.push_back({ItemMarker::kTableRow, 0, line,
                       rest.empty() ? Span{line.end, line.end} : rest,
                       open.empty() ? -1 : open.back(), task_table});
      open.push_back(row);
      continue;
    }
    if (row >= 0) {
      if (marker.marker != ItemMarker::kRoman && marker.marker != ItemMarker::kArticle) {
        TaskItem& r = items[row];  // a line of the row
        if (r.text.empty()) r.text.begin = line.begin;
        r.text.end = r.span.end = line.end;
        continue;
      }
      open.pop_back();  // a heading ends the table
      row = -1;
    }
    heading_lines = -1;
    if (marker.marker == ItemMarker::kNone && !items.empty() &&
        GoesOn(text, items.back().span, line)) {
      items.back().span.end = items.back().text.end = line.end;  // a line the source broke
      continue;
    }
    TaskItem item{marker.marker, marker.number_depth, line,
                  Trim(text, {line.begin + marker.length, line.end}), -1};
    if (marker.marker != ItemMarker::kNone) {
      // Close the items of the same level or below: "1." closes "a)" and an earlier "1.".
      while (!open.empty() &&
             Rank(items[open.back()]) >= Rank(marker.marker, marker.number_depth)) {
        open.pop_back();
      }
    }
    item.parent = open.empty() ? -1 : open.back();
    items.push_back(item);
    if (marker.marker != ItemMarker::kNone) open.push_back(static_cast<int>(items.size()) - 1);
  }
  return items;
}

std::vector<Span> SplitSentences(std::string_view text, Span span, bool lines_are_sentences) {
  std::vector<Span> sentences;
  auto add = [&](size_t b, size_t e) {
    Span s = Trim(text, {b, e});
    if (!s.empty()) sentences.push_back(s);
  };
  size_t begin = span.begin;
  const size_t end = std::min(span.end, text.size());
  for (size_t i = span.begin; i < end; ++i) {
    const char c = text[i];
    if (c == '\n' && lines_are_sentences) {
      add(begin, i);
      begin = i + 1;
      continue;
    }
    if (c != '.' && c != '!' && c != '?') continue;
    if (i + 2 >= end || (text[i + 1] != ' ' && text[i + 1] != '\n')) continue;
    if (!StartsWithUpper(text.substr(i + 2, std::min<size_t>(4, end - i - 2)))) continue;
    // The word before: a short abbreviation ("TP.", "Tp.", "ThS.") does not end a sentence.
    size_t w = i;
    while (w > span.begin && text[w - 1] != ' ' && text[w - 1] != '\n' && text[w - 1] != '(') --w;
    if (i - w <= 3 && i - w > 0 && std::isupper(static_cast<unsigned char>(text[w]))) continue;
    add(begin, i + 1);
    begin = i + 2;
  }
  add(begin, end);
  return sentences;
}

}  // namespace vanban
