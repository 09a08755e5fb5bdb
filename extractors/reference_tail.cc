#include "extractors/reference_tail.h"

#include <algorithm>

#include "extractors/agency_names.h"
#include "extractors/doc_number.h"
#include "extractors/reference_issuer.h"
#include "extractors/text_case.h"
#include "extractors/word_keys.h"
#include "extractors/words.h"

namespace vanban {
namespace {

constexpr size_t kDateWindow = 64;    // bytes: "ngày 08 tháng 6 năm 2010" with OCR spaces
constexpr size_t kTitleWindow = 600;  // bytes of a cited document's trích yếu

bool IsDigitStart(std::string_view s) { return !s.empty() && s[0] >= '0' && s[0] <= '9'; }

bool IsYear(std::string_view s) {
  return s.size() == 4 && (s[0] == '1' || s[0] == '2') &&
         std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// Words that start a cited document's trích yếu after its details.
constexpr std::string_view kTitleStarts[] = {
    "quy định", "hướng dẫn", "về",       "v/v",      "sửa đổi", "bổ sung",
    "ban hành", "phê duyệt", "thi hành", "thay thế", "bãi bỏ",  "công bố",
};

}  // namespace

std::optional<DateMatch> DateAt(std::string_view text, size_t pos) {
  auto d = FindDate(text.substr(pos, kDateWindow), 0);
  if (!d) return std::nullopt;
  if (d->span.begin != 0) {
    // Only "ngày" before the numeric form.
    auto w = NextWord(text, pos);
    if (!w || LowerWord(w->core) != "ngày" || SkipSpace(text, w->span.end) != pos + d->span.begin) {
      return std::nullopt;
    }
  }
  d->span.begin += pos;
  d->span.end += pos;
  return d;
}

ReferenceTail ReadTail(std::string_view text, size_t pos, std::string_view number) {
  ReferenceTail tail;
  tail.end = pos;
  size_t at = pos;
  // "Chương trình số 322 CTr/UBND tỉnh, ngày 26/12/2023": the symbol's body and its place.
  if (auto w = NextWord(text, pos); w && w->span.begin == pos + 1 && w->core == "tỉnh") {
    const size_t slash = number.find_last_of("/-");
    const std::string body = ExpandAbbreviations(number.substr(slash + 1));
    if (slash != std::string_view::npos && body != number.substr(slash + 1)) {
      tail.issuer = body + " tỉnh";
      at = tail.end = w->span.begin + std::string_view("tỉnh").size();
    }
  }
  bool open_paren = false;
  for (int step = 0; step < 4; ++step) {
    size_t i = SkipSpace(text, at);
    if (i < text.size() && (text[i] == ',' || text[i] == '(')) {
      open_paren = open_paren || text[i] == '(';
      i = SkipSpace(text, i + 1);
    }
    auto w = NextWord(text, i);
    if (!w) break;
    // A new line in capitals starts a new sentence: "... Cảnh sát môi trường\nNgày 21/11/2025".
    if (HasLineBreak(text, at, w->span.begin) && StartsWithUpper(w->text)) break;
    const std::string word = LowerWord(w->core);
    if (!tail.date && (word == "ngày" || (!w->core.empty() && w->core[0] >= '0' &&
                                          w->core[0] <= '9' && !IsYear(w->core)))) {
      auto d = DateAt(text, w->span.begin);
      if (d) {
        tail.date = d->date.Iso();
        at = d->span.end;
      } else {
        // "ngày 42/02/2018" (OCR): an unreadable date does not hide the issuer after it.
        auto garbled = word == "ngày" ? NextWord(text, w->span.end) : std::nullopt;
        if (!garbled || garbled->core.empty() || !IsDigitStart(garbled->core)) break;
        at = garbled->span.end;
        if (garbled->text.back() == ',') break;
        tail.end = at;
        continue;
      }
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

size_t CitedTitleEnd(std::string_view text, size_t pos) {
  auto w = NextWord(text, pos);
  if (!w) return pos;
  auto w2 = NextWord(text, w->span.end);
  std::string start = LowerWord(w->core);
  const std::string two = w2 ? start + " " + LowerWord(w2->core) : start;
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
