#include "extractors/vn_date.h"

#include <re2/re2.h>

#include <cstdio>

#include "extractors/loose_pattern.h"

namespace vanban {
namespace {

struct DatePattern {
  const char* example;  // a real form this pattern must match (tests/extractors/vn_date_test.cc)
  RE2 re;               // groups: day, month, year
};

// Digits that OCR may have split with one space: "0 6", "2 024"; in a day or month, OCR's
// slashed zero "Ø" ("ngày Ø3 tháng 4") reads as 0.
constexpr char kDay[] = R"(([\dØø](?: ?\d)?))";
constexpr char kYear[] = R"((\d(?: ?\d){3}))";

std::string LongForm() {
  return LoosePattern("ngày", LetterCase::kAny) + R"(\s*)" + kDay + R"(\s*,?\s*)" +
         LoosePattern("tháng", LetterCase::kAny) + R"(\s*)" + kDay + R"(\s*,?\s*)" +
         LoosePattern("năm", LetterCase::kAny) + R"(\s*)" + kYear;
}

const std::vector<DatePattern*>& Patterns() {
  static const std::vector<DatePattern*>* patterns = [] {
    auto* p = new std::vector<DatePattern*>;
    p->push_back(new DatePattern{"ngày 06 tháng 3 năm 2024", RE2(LongForm())});
    // Numeric forms: not glued to other digits or symbols (checked by the caller).
    p->push_back(new DatePattern{"6/3/2024", RE2(R"((\d{1,2})\s?/\s?(\d{1,2})\s?/\s?(\d{4}))")});
    p->push_back(new DatePattern{"06-03-2024", RE2(R"((\d{1,2})-(\d{1,2})-(\d{4}))")});
    p->push_back(new DatePattern{"06.03.2024", RE2(R"((\d{1,2})\.(\d{1,2})\.(\d{4}))")});
    return p;
  }();
  return *patterns;
}

int ParseDigits(std::string_view s) {
  int value = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] >= '0' && s[i] <= '9') value = value * 10 + (s[i] - '0');
    // "Ø" / "ø" (C3 98 / C3 B8): a zero.
    if (static_cast<unsigned char>(s[i]) == 0xC3 && i + 1 < s.size() &&
        (static_cast<unsigned char>(s[i + 1]) == 0x98 ||
         static_cast<unsigned char>(s[i + 1]) == 0xB8)) {
      value = value * 10;
      ++i;
    }
  }
  return value;
}

bool IsLeapYear(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

// A numeric date glued to a digit, a letter or a '/' on either side is part of something
// else: "01/2024/NĐ-CP", "TCVN 1-2-2024x".
bool StandsAlone(std::string_view text, size_t begin, size_t end) {
  auto glued = [](char c) {
    return (c >= '0' && c <= '9') || c == '/' || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  };
  if (begin > 0 && glued(text[begin - 1])) return false;
  if (end < text.size() && glued(text[end])) return false;
  return true;
}

}  // namespace

bool Date::IsValid() const {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1) return false;
  int days = kDays[month - 1] + (month == 2 && IsLeapYear(year) ? 1 : 0);
  return day <= days;
}

std::string Date::Iso() const {
  if (!IsValid()) return "";
  char buf[32];  // room for any int, so GCC sees no truncation
  std::snprintf(buf, sizeof(buf), "%04d-%02d-%02d", year, month, day);
  return buf;
}

std::optional<DateMatch> FindDate(std::string_view text, size_t from, DateValidity validity) {
  std::optional<DateMatch> best;
  for (size_t k = 0; k < Patterns().size(); ++k) {
    const RE2& re = Patterns()[k]->re;
    size_t pos = from;
    re2::StringPiece m[4];
    while (pos <= text.size() && re.Match(text, pos, text.size(), RE2::UNANCHORED, m, 4)) {
      size_t begin = m[0].data() - text.data();
      size_t end = begin + m[0].size();
      if (best && begin >= best->span.begin) break;
      Date date{ParseDigits(m[3]), ParseDigits(m[2]), ParseDigits(m[1])};
      bool alone = k == 0 || StandsAlone(text, begin, end);
      if (alone && (validity == DateValidity::kAny || date.IsValid())) {
        best = DateMatch{date, {begin, end}};
        break;
      }
      pos = begin + 1;
    }
  }
  return best;
}

std::optional<DateMatch> FindMonthYear(std::string_view text, size_t from) {
  // Example: "tháng 9 năm 2024".
  static const RE2 re(LoosePattern("tháng", LetterCase::kAny) + R"(\s*)" + kDay + R"(\s*,?\s*)" +
                      LoosePattern("năm", LetterCase::kAny) + R"(\s*)" + kYear);
  re2::StringPiece m[3];
  if (from > text.size() || !re.Match(text, from, text.size(), RE2::UNANCHORED, m, 3)) {
    return std::nullopt;
  }
  size_t begin = m[0].data() - text.data();
  Date date{ParseDigits(m[2]), ParseDigits(m[1]), 0};
  if (date.month < 1 || date.month > 12 || date.year < 1900 || date.year > 2100)
    return std::nullopt;
  return DateMatch{date, {begin, begin + m[0].size()}};
}

std::vector<DateMatch> FindDates(std::string_view text, DateValidity validity) {
  std::vector<DateMatch> dates;
  size_t pos = 0;
  while (auto m = FindDate(text, pos, validity)) {
    dates.push_back(*m);
    pos = m->span.end;
  }
  return dates;
}

}  // namespace vanban
