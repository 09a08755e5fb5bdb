// Vietnamese calendar dates as printed in administrative text, shared by the metadata,
// references and deadlines extractors:
//   "ngày 06 tháng 3 năm 2024", "ngày 20\ntháng 11 năm 2025", "6/3/2024", "06-03-2024",
//   "06.03.2024", and OCR forms with stray spaces ("ngày 0 6 tháng 3 năm 2 024").
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "pipeline/span.h"

namespace vanban {

struct Date {
  int year = 0;
  int month = 0;
  int day = 0;

  // A real day of the Gregorian calendar between 1900 and 2100.
  bool IsValid() const;
  // "2024-03-06"; "" when not valid.
  std::string Iso() const;
  bool operator==(const Date&) const = default;
};

struct DateMatch {
  Date date;
  Span span;  // of the printed date in the searched text ("ngày" included in the long form)
};

enum class DateValidity {
  kValidOnly,  // skip printed dates that are not real days ("ngày 80 tháng 3 năm 2018")
  kAny,        // report them too (the caller checks date.IsValid())
};

// The first date in text[from..]; nullopt when there is none.
// Example: FindDate("Hà Nội, ngày 06 tháng 3 năm 2024")->date.Iso() == "2024-03-06".
std::optional<DateMatch> FindDate(std::string_view text, size_t from = 0,
                                  DateValidity validity = DateValidity::kValidOnly);

// The first month and year in text[from..] written "tháng 9 năm 2024" (any case, OCR
// spaces allowed), as a Date with day 0; nullopt when there is none. A day may stand before it
// ("ngày/1} tháng 9 năm 2024": the day garbled by OCR).
std::optional<DateMatch> FindMonthYear(std::string_view text, size_t from = 0);

// Every date in text, in order.
std::vector<DateMatch> FindDates(std::string_view text,
                                 DateValidity validity = DateValidity::kValidOnly);

}  // namespace vanban
