#include "pipeline/store/deadline_range.h"

#include <cstdio>

namespace vanban {
namespace {

// The number written by the digits of s, or -1 when s is empty or has another character.
int Digits(std::string_view s) {
  if (s.empty()) return -1;
  int n = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return -1;
    n = n * 10 + (c - '0');
  }
  return n;
}

int DaysInMonth(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : kDays[month - 1];
}

std::string Day(int year, int month, int day) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  return buf;
}

// Months first..last of year.
DayRange Months(int year, int first, int last) {
  return {Day(year, first, 1), Day(year, last, DaysInMonth(year, last))};
}

}  // namespace

bool IsIsoDay(std::string_view day) {
  if (day.size() != 10 || day[4] != '-' || day[7] != '-') return false;
  const int year = Digits(day.substr(0, 4));
  const int month = Digits(day.substr(5, 2));
  const int d = Digits(day.substr(8, 2));
  return year >= 0 && month >= 1 && month <= 12 && d >= 1 && d <= DaysInMonth(year, month);
}

std::optional<DayRange> DeadlineRange(std::string_view value) {
  if (value.size() < 4) return std::nullopt;
  const int year = Digits(value.substr(0, 4));
  if (year < 0) return std::nullopt;
  const std::string_view rest = value.substr(4);
  if (rest.empty()) return Months(year, 1, 12);
  if (rest.size() == 3 && rest[0] == '-') {
    const int n = Digits(rest.substr(2));
    if (rest[1] == 'Q' && n >= 1 && n <= 4) return Months(year, 3 * n - 2, 3 * n);
    if (rest[1] == 'H' && n >= 1 && n <= 2) return Months(year, 6 * n - 5, 6 * n);
    const int month = Digits(rest.substr(1));
    if (month >= 1 && month <= 12) return Months(year, month, month);
    return std::nullopt;
  }
  if (IsIsoDay(value)) return DayRange{std::string(value), std::string(value)};
  return std::nullopt;
}

}  // namespace vanban
