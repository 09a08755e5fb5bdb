#include "extractors/deadline_values.h"

#include <re2/re2.h>

#include <algorithm>
#include <cstdio>
#include <string>

#include "extractors/vn_date.h"

namespace vanban {
namespace {

int Digits(std::string_view s) {
  int value = 0;
  for (char c : s) {
    if (c >= '0' && c <= '9') value = value * 10 + (c - '0');
  }
  return value;
}

int Quarter(std::string_view s) {
  if (s == "I" || s == "1") return 1;
  if (s == "II" || s == "2") return 2;
  if (s == "III" || s == "3") return 3;
  return 4;
}

std::string Format(const char* fmt, int a, int b) {
  char buf[32];
  std::snprintf(buf, sizeof(buf), fmt, a, b);
  return buf;
}

// The letter of a period word ("tháng" -> M) and the months a "quý" counts.
struct Period {
  char letter;
  int factor;
};

Period PeriodOf(std::string_view word) {
  static const RE2 day("(?i:ngày)"), week("(?i:tuần)"), month("(?i:tháng)"), quarter("(?i:quý)");
  if (RE2::FullMatch(word, day)) return {'D', 1};
  if (RE2::FullMatch(word, week)) return {'W', 1};
  if (RE2::FullMatch(word, month)) return {'M', 1};
  if (RE2::FullMatch(word, quarter)) return {'M', 3};
  return {'Y', 1};
}

// "6 tháng, hàng năm" -> R/P6M, R/P1Y; "6ó tháng" (OCR) counts as 6.
std::vector<std::string> RecurrenceValues(std::string_view periods) {
  static const RE2 item(R"((?:(\d{1,2})\S{0,2}\s+)?((?i:ngày|tuần|tháng|quý|năm)))");
  std::vector<std::string> values;
  re2::StringPiece input(periods.data(), periods.size()), count, unit;
  while (RE2::FindAndConsume(&input, item, &count, &unit)) {
    const Period p = PeriodOf(std::string_view(unit.data(), unit.size()));
    const int n =
        (count.empty() ? 1 : Digits(std::string_view(count.data(), count.size()))) * p.factor;
    if (n <= 0) continue;
    std::string value = "R/P" + std::to_string(n) + p.letter;
    if (std::find(values.begin(), values.end(), value) == values.end()) values.push_back(value);
  }
  return values;
}

bool ReadDay(std::string_view date, int default_year, TimeExpression& e) {
  if (auto d = FindDate(date); d && d->span.end == date.size()) {
    e.year_printed = true;
    e.year = d->date.year;
    e.values.push_back(d->date.Iso());
    return true;
  }
  // No year printed: "31/12", "ngày 15 tháng 11".
  static const RE2 day_month(R"((\d{1,2})\D+(\d{1,2})$)");
  re2::StringPiece day, month;
  if (!RE2::PartialMatch(date, day_month, &day, &month)) return false;
  const Date d{default_year, Digits(std::string_view(month.data(), month.size())),
               Digits(std::string_view(day.data(), day.size()))};
  if (!d.IsValid()) return false;
  e.year = d.year;
  e.values.push_back(d.Iso());
  return true;
}

bool IsEnd(std::string_view word) {
  static const RE2 end("(?i:cuối)");
  return RE2::FullMatch(word, end);
}

}  // namespace

bool ReadTimeValues(TimeKind kind, const TimePieces& p, int default_year, TimeExpression& e) {
  if (!p.rec_unit.empty()) {
    const Period period = PeriodOf(p.rec_unit);
    e.kind = TimeKind::kRecurrence;
    e.dated = true;
    e.values.push_back("R/P" + std::to_string(period.factor) + period.letter);
    return true;
  }
  if (!p.periods.empty()) {
    e.values = RecurrenceValues(p.periods);
    return !e.values.empty();
  }
  if (!p.count.empty()) {
    const int n = Digits(p.count);
    Period period = PeriodOf(p.unit);
    if (period.letter == 'W') period = {'D', 7};  // spans are written in D, M or Y
    if (n <= 0) return false;
    e.values.push_back("+P" + std::to_string(n * period.factor) + period.letter);
    return true;
  }
  e.year_printed = !p.year.empty();
  e.year = e.year_printed ? Digits(p.year) : default_year;
  if (kind == TimeKind::kDay) return ReadDay(p.date, default_year, e);
  if (e.year < 1900 || e.year > 2100) return false;
  switch (kind) {
    case TimeKind::kMonth: {
      const int month = Digits(p.month);
      if (month < 1 || month > 12) return false;
      e.values.push_back(Format("%04d-%02d", e.year, month));
      return true;
    }
    case TimeKind::kQuarter:
      e.values.push_back(Format("%04d-Q%d", e.year, Quarter(p.quarter)));
      return true;
    case TimeKind::kHalfYear:
      e.values.push_back(Format("%04d-H%d", e.year, IsEnd(p.half) ? 2 : 1));
      return true;
    default:
      e.values.push_back(std::to_string(e.year));
      return true;
  }
}

}  // namespace vanban
