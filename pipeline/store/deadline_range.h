// Deadline values (schemas/record.schema.json, "deadline") as the range of days they stand
// for, so search can compare them as dates: "2024-Q3" lies before "2024-12-31".
//   DeadlineRange("2024-12-15") == {"2024-12-15", "2024-12-15"}
//   DeadlineRange("2024-12")    == {"2024-12-01", "2024-12-31"}
//   DeadlineRange("2024-Q3")    == {"2024-07-01", "2024-09-30"}
//   DeadlineRange("2024-H1")    == {"2024-01-01", "2024-06-30"}
//   DeadlineRange("2024")       == {"2024-01-01", "2024-12-31"}
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace vanban {

struct DayRange {
  std::string first;  // "YYYY-MM-DD", inclusive
  std::string last;   // "YYYY-MM-DD", inclusive
};

// The days of a dated deadline value. nullopt for values that name no fixed days (a span
// after an event "+P15D", a recurrence "R/P1M") and for malformed values ("2024-02-30").
std::optional<DayRange> DeadlineRange(std::string_view value);

// True for a real day written "YYYY-MM-DD" ("2024-02-29" yes, "2023-02-29" no).
bool IsIsoDay(std::string_view day);

}  // namespace vanban
