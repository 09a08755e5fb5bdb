// Time expressions of Vietnamese administrative text, read into the deadline values of
// ANNOTATION.md ("deadlines"): a marker word ("trước", "chậm nhất", "trong", "định kỳ") and a
// value ("ngày 15/12/2024", "quý III/2024", "15 ngày ... kể từ", "hằng tháng"). Whether an
// expression is a deadline of the document is decided by its context (deadlines.cc).
//   "trước ngày 15/12/2024" -> 2024-12-15, strong marker
//   "trong quý III/2024"    -> 2024-Q3, weak marker (a deadline only with a completing action)
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "pipeline/span.h"

namespace vanban {

enum class TimeKind {
  kDay,         // 2024-12-15
  kMonth,       // 2024-12 (also a week of a month, the last of a range "tháng 11 - 12/2025")
  kQuarter,     // 2024-Q3
  kHalfYear,    // 2024-H1
  kYear,        // 2024
  kSpan,        // +P15D: a span after an event ("kể từ ngày ký")
  kRecurrence,  // R/P1M
};

enum class Marker {
  kNone,    // a bare value ("Tháng 03/2026" in a schedule column, "hằng năm")
  kWeak,    // "trong", "cuối", "vào", "tuần cuối": a deadline only with a completing action
  kStrong,  // "trước", "chậm nhất", "hạn", "xong", "hoàn thành", "định kỳ", a span's "kể từ"
};

struct TimeExpression {
  Span span;  // marker and value as printed
  TimeKind kind = TimeKind::kDay;
  Marker marker = Marker::kNone;
  std::vector<std::string> values;  // one, or several for a list ("định kỳ 6 tháng, hàng năm")
  int year = 0;                     // the year of a dated value (0 for spans and recurrences)
  bool year_printed = false;        // false when `default_year` supplied it
  bool dated = false;  // a recurrence on a day or month: "ngày 20 hằng tháng", "Tháng 12 hằng năm"
};

// Every time expression of text, in text order, without overlaps (the one starting first,
// then the longest, wins). `default_year` stands for a year the text leaves out ("trước
// 31/12"); with 0 such expressions are dropped. Empty when there is none.
std::vector<TimeExpression> FindTimeExpressions(std::string_view text, int default_year);

// The same in a table column of deadlines, text[within]: there a bare value is an expression
// too ("Tháng 03/2026", marker kNone).
std::vector<TimeExpression> FindCellExpressions(std::string_view text, Span within,
                                                int default_year);

// The real phrase each form must match, one per form (its test table holds them all).
std::vector<std::string> TimeFormExamples();

}  // namespace vanban
