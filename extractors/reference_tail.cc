#include "extractors/reference_tail.h"

#include <algorithm>

#include "extractors/reference_issuer.h"
#include "extractors/text_case.h"
#include "extractors/vn_date.h"
#include "extractors/words.h"

namespace vanban {
namespace {

constexpr size_t kDateWindow = 64;     // bytes: "ngày 08 tháng 6 năm 2010" with OCR spaces
constexpr size_t kClauseWindow = 240;  // bytes looked back for a clause start
constexpr size_t kCueDistance = 48;    // bytes between a relation cue and the mention
constexpr size_t kTitleWindow = 600;   // bytes of a cited document's trích yếu

bool IsYear(std::string_view s) {
  if (s.size() != 4 ||
      !std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; }))
    return false;
  return s[0] == '1' || s[0] == '2';
}

// The date printed at text[pos] ("ngày 07/12/2023", "07/12/2023", "ngày 07 tháng 12 năm 2023").
std::optional<DateMatch> DateAt(std::string_view text, size_t pos) {
  auto d = FindDate(text.substr(pos, kDateWindow), 0);
  if (!d) return std::nullopt;
  if (d->span.begin != 0) {
    // Only "ngày" before the numeric form.
    auto w = NextWord(text, pos);
    if (!w || ToLower(w->core) != "ngày" || SkipSpace(text, w->span.end) != pos + d->span.begin) {
      return std::nullopt;
    }
  }
  d->span.begin += pos;
  d->span.end += pos;
  return d;
}

// Offset after the clause boundary before pos: a line break, ';', ':' or a sentence's period.
size_t ClauseBegin(std::string_view text, size_t pos, bool comma) {
  const size_t floor = pos > kClauseWindow ? pos - kClauseWindow : 0;
  for (size_t i = pos; i > floor; --i) {
    const char c = text[i - 1];
    if (c == '\n' || c == ';' || (comma && (c == ',' || c == ':'))) return i;
    if (c == '.' && i < text.size() && (text[i] == ' ' || text[i] == '\n')) return i;
  }
  return floor;
}

struct Cue {
  std::string_view words;
  std::string_view relation;
};

constexpr Cue kCues[] = {
    {"sửa đổi", "amends"},       {"bổ sung", "amends"},      {"thay thế", "replaces"},
    {"bãi bỏ", "repeals"},       {"hướng dẫn", "guides"},    {"triển khai", "implements"},
    {"thực hiện", "implements"}, {"thi hành", "implements"},
};

// Words that start a cited document's trích yếu after its details.
constexpr std::string_view kTitleStarts[] = {
    "quy định", "hướng dẫn", "về",       "v/v",      "sửa đổi", "bổ sung",
    "ban hành", "phê duyệt", "thi hành", "thay thế", "bãi bỏ",  "công bố",
};

}  // namespace

ReferenceTail ReadTail(std::string_view text, size_t pos) {
  ReferenceTail tail;
  tail.end = pos;
  size_t at = pos;
  bool open_paren = false;
  for (int step = 0; step < 4; ++step) {
    size_t i = SkipSpace(text, at);
    if (i < text.size() && (text[i] == ',' || text[i] == '(')) {
      open_paren = open_paren || text[i] == '(';
      i = SkipSpace(text, i + 1);
    }
    auto w = NextWord(text, i);
    if (!w) break;
    const std::string word = ToLower(w->core);
    if (!tail.date && (word == "ngày" || (!w->core.empty() && w->core[0] >= '0' &&
                                          w->core[0] <= '9' && !IsYear(w->core)))) {
      auto d = DateAt(text, w->span.begin);
      if (!d) break;
      tail.date = d->date.Iso();
      at = d->span.end;
    } else if (!tail.issuer && (word == "của" || word == "do")) {
      auto issuer = ReadIssuer(text, w->span.end);
      if (!issuer) break;
      tail.issuer = issuer->name;
      at = issuer->printed.end;
      if (word == "do") {
        auto next = NextWord(text, at);
        auto after = next ? NextWord(text, next->span.end) : std::nullopt;
        if (next && after && next->core == "ban" && after->core == "hành") at = after->span.end;
      }
    } else if (!tail.year && word == "năm") {
      auto y = NextWord(text, w->span.end);
      if (!y || !IsYear(y->core)) break;
      tail.year = std::stoi(std::string(y->core));
      at = y->span.begin + 4;
    } else if (!tail.year && IsYear(w->core)) {
      tail.year = std::stoi(std::string(w->core));
      at = w->span.begin + 4;
    } else {
      break;
    }
    if (open_paren && at < text.size() && text[at] == ')') {
      ++at;
      open_paren = false;
    }
    tail.end = at;
  }
  return tail;
}

ReferenceTail ReadIssuerBefore(std::string_view text, size_t begin) {
  ReferenceTail none;
  none.end = begin;
  // The verb: "ban hành", "ký", "ký ban hành", after "đã" / "vừa" / "mới".
  auto w1 = WordBefore(text, begin);
  if (!w1 || w1->text != w1->core) return none;
  size_t verb = w1->span.begin;
  if (w1->core == "hành") {
    auto w2 = WordBefore(text, verb);
    if (!w2 || w2->core != "ban") return none;
    verb = w2->span.begin;
    if (auto w3 = WordBefore(text, verb); w3 && w3->core == "ký") verb = w3->span.begin;
  } else if (w1->core != "ký") {
    return none;
  }
  if (auto w = WordBefore(text, verb);
      w && (w->core == "đã" || w->core == "vừa" || w->core == "mới")) {
    verb = w->span.begin;
  }
  const size_t clause = ClauseBegin(text, verb, /*comma=*/true);
  auto issuer = ReadIssuer(text, clause);
  if (!issuer || SkipSpace(text, issuer->printed.end) != verb) return none;
  ReferenceTail tail;
  tail.issuer = issuer->name;
  tail.end = begin;
  // "Ngày 18/01/2024, UBND tỉnh ban hành ...": the date opens the sentence.
  const size_t sentence = ClauseBegin(text, clause, /*comma=*/false);
  auto first = NextWord(text, sentence);
  if (first && first->core == "Ngày" && clause > 0 && text[clause - 1] == ',') {
    if (auto d = DateAt(text, first->span.begin); d && d->span.end + 1 >= clause - 1) {
      tail.date = d->date.Iso();
    }
  }
  return tail;
}

bool IsDraftBefore(std::string_view text, size_t begin) {
  auto w1 = WordBefore(text, begin);
  auto w2 = w1 ? WordBefore(text, w1->span.begin) : std::nullopt;
  if (!w1 || !w2) return false;
  const std::string two = ToLower(std::string(w2->core) + " " + std::string(w1->core));
  return two == "dự thảo" || two == "dự án";
}

std::string RelationBefore(std::string_view text, size_t begin) {
  const size_t clause = ClauseBegin(text, begin, /*comma=*/false);
  const std::string lower = ToLower(text.substr(clause, begin - clause));
  size_t best_end = 0;
  std::string_view relation;
  for (const Cue& cue : kCues) {
    const size_t at = lower.rfind(cue.words);
    if (at == std::string::npos) continue;
    const size_t end = at + cue.words.size();
    // "được sửa đổi, bổ sung bởi Nghị định ...": the cited document does the amending.
    if (lower.compare(SkipSpace(lower, end), 3, "bởi") == 0) continue;
    if (end > best_end) {
      best_end = end;
      relation = cue.relation;
    }
  }
  if (!relation.empty() && lower.size() - best_end <= kCueDistance) return std::string(relation);
  const size_t start = lower.find_first_not_of(" -+*\t");
  if (lower.find("căn cứ") != std::string::npos &&
      (start == std::string::npos || lower.compare(start, 7, "căn cứ") == 0 ||
       lower.find("căn cứ") < 40)) {
    return "can_cu";
  }
  return "cites";
}

size_t CitedTitleEnd(std::string_view text, size_t pos) {
  auto w = NextWord(text, pos);
  if (!w) return pos;
  auto w2 = NextWord(text, w->span.end);
  std::string start = ToLower(w->core);
  const std::string two = w2 ? start + " " + ToLower(w2->core) : start;
  const bool titled = std::any_of(std::begin(kTitleStarts), std::end(kTitleStarts),
                                  [&](std::string_view s) { return s == start || s == two; });
  if (!titled) return pos;
  const size_t limit = std::min(text.size(), pos + kTitleWindow);
  for (size_t i = w->span.begin; i < limit; ++i) {
    const char c = text[i];
    if (c == '\n' || c == ';') return i;
    if (c == '.' && (i + 1 >= text.size() || text[i + 1] == ' ' || text[i + 1] == '\n')) return i;
  }
  return limit;
}

}  // namespace vanban
