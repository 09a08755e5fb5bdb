// Deadline values (ANNOTATION.md, "deadlines") read from the printed pieces of a time
// expression that extractors/deadline_forms.cc captured:
//   date "ngày 15/12/2024" -> 2024-12-15;  month "11", year "2022" -> 2022-11
//   quarter "III", year "2024" -> 2024-Q3; count "15", unit "ngày" -> +P15D
//   periods "6 tháng, hàng năm" -> R/P6M, R/P1Y
#pragma once

#include <string_view>

#include "extractors/deadline_forms.h"

namespace vanban {

// The pieces a form captured; empty when it has none.
struct TimePieces {
  std::string_view date;      // "ngày 15 tháng 12 năm 2024", "31/12"
  std::string_view month;     // "11"
  std::string_view year;      // "2024"
  std::string_view quarter;   // "III", "3"
  std::string_view half;      // "đầu", "cuối"
  std::string_view count;     // "15": a span
  std::string_view unit;      // "ngày", "tháng", "năm": a span's unit
  std::string_view periods;   // "hằng tháng, quý": a recurrence list
  std::string_view rec_unit;  // "năm" of "ngày 15/11 hằng năm": a dated recurrence
};

// Fills e.values, e.year, e.year_printed, and for a dated recurrence e.kind and e.dated, from
// pieces of an expression of `kind`. A missing year is `default_year`. False when there is no
// value: an impossible day or month, a year out of 1900-2100, a count of 0.
bool ReadTimeValues(TimeKind kind, const TimePieces& pieces, int default_year, TimeExpression& e);

}  // namespace vanban
