// Query-string parameters of the API, read and checked in one place: every parameter an
// endpoint does not know, every repeated one, every value too long, not UTF-8, or not of its
// form (a number in range, a YYYY-MM-DD date, one of a few words) is refused with
// invalid_argument naming the parameter, which the server answers with 400.
// Example:
//   QueryParams params(request_params);
//   Status known = params.OnlyThese({"q", "limit"});
//   StatusOr<int> limit = params.Int("limit", 50, 1, 200);
#pragma once

#include <initializer_list>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "pipeline/status.h"

namespace vanban::server {

class QueryParams {
 public:
  // The decoded parameters of one request, as the HTTP layer parsed them (a name may repeat).
  explicit QueryParams(std::multimap<std::string, std::string> params)
      : params_(std::move(params)) {}

  // ok when every parameter is one of `names` and none is given twice.
  Status OnlyThese(std::initializer_list<std::string_view> names) const;

  // The value of `name`, or "" when absent; invalid_argument when it is longer than
  // `max_bytes` or not UTF-8. Surrounding spaces are trimmed.
  StatusOr<std::string> Text(std::string_view name, size_t max_bytes) const;

  // The integer value of `name`, `fallback` when absent; invalid_argument unless it is a
  // decimal number in [min, max].
  StatusOr<int> Int(std::string_view name, int fallback, int min, int max) const;

  // A calendar date "YYYY-MM-DD" (a day that exists), or "" when absent.
  StatusOr<std::string> Date(std::string_view name) const;

  // One of `allowed`, or "" when absent.
  StatusOr<std::string> OneOf(std::string_view name,
                              std::initializer_list<std::string_view> allowed) const;

 private:
  const std::string* Find(std::string_view name) const;
  std::multimap<std::string, std::string> params_;
};

// True when `text` is a date "YYYY-MM-DD" that exists in the Gregorian calendar.
bool IsIsoDate(std::string_view text);

}  // namespace vanban::server
