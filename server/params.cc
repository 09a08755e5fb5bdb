#include "server/params.h"

#include <charconv>
#include <chrono>

#include "pipeline/utf8.h"

namespace vanban::server {
namespace {

std::string Quoted(std::string_view name) { return "'" + std::string(name) + "'"; }

std::string_view Trim(std::string_view s) {
  const size_t begin = s.find_first_not_of(" \t\r\n");
  if (begin == std::string_view::npos) return {};
  return s.substr(begin, s.find_last_not_of(" \t\r\n") + 1 - begin);
}

std::string NameList(std::initializer_list<std::string_view> names) {
  std::string list;
  for (std::string_view name : names) list += (list.empty() ? "" : ", ") + std::string(name);
  return list;
}

}  // namespace

Status QueryParams::OnlyThese(std::initializer_list<std::string_view> names) const {
  for (auto it = params_.begin(); it != params_.end(); it = params_.upper_bound(it->first)) {
    bool known = false;
    for (std::string_view name : names) known = known || name == it->first;
    if (!known) {
      return InvalidArgument("unknown parameter " + Quoted(it->first.substr(0, 40)) +
                             (names.size() ? "; this endpoint takes " + NameList(names)
                                           : "; this endpoint takes none"));
    }
    if (params_.count(it->first) > 1) {
      return InvalidArgument("parameter " + Quoted(it->first) + " is given more than once");
    }
  }
  return Status::Ok();
}

const std::string* QueryParams::Find(std::string_view name) const {
  auto it = params_.find(std::string(name));
  return it == params_.end() ? nullptr : &it->second;
}

StatusOr<std::string> QueryParams::Text(std::string_view name, size_t max_bytes) const {
  const std::string* value = Find(name);
  if (!value) return std::string();
  if (value->size() > max_bytes) {
    return InvalidArgument("parameter " + Quoted(name) + " is longer than " +
                           std::to_string(max_bytes) + " bytes");
  }
  if (FirstInvalidUtf8(*value) != std::string_view::npos) {
    return InvalidArgument("parameter " + Quoted(name) + " is not UTF-8 text");
  }
  for (unsigned char c : *value) {
    if (c < 0x20 && c != '\t') {
      return InvalidArgument("parameter " + Quoted(name) + " holds a control character");
    }
  }
  return std::string(Trim(*value));
}

StatusOr<int> QueryParams::Int(std::string_view name, int fallback, int min, int max) const {
  const std::string* value = Find(name);
  if (!value) return fallback;
  int n = 0;
  const char* end = value->data() + value->size();
  auto [ptr, ec] = std::from_chars(value->data(), end, n);
  if (value->empty() || ec != std::errc() || ptr != end || n < min || n > max) {
    return InvalidArgument("parameter " + Quoted(name) + " must be a whole number from " +
                           std::to_string(min) + " to " + std::to_string(max));
  }
  return n;
}

StatusOr<std::string> QueryParams::Date(std::string_view name) const {
  StatusOr<std::string> value = Text(name, 10);
  if (!value.ok()) {
    return InvalidArgument("parameter " + Quoted(name) + " must be a date YYYY-MM-DD");
  }
  if (!value->empty() && !IsIsoDate(*value)) {
    return InvalidArgument("parameter " + Quoted(name) + " must be a date YYYY-MM-DD, not '" +
                           *value + "'");
  }
  return value;
}

StatusOr<std::string> QueryParams::OneOf(std::string_view name,
                                         std::initializer_list<std::string_view> allowed) const {
  StatusOr<std::string> value = Text(name, 40);
  if (!value.ok()) return value;
  if (value->empty()) return value;
  for (std::string_view word : allowed) {
    if (*value == word) return value;
  }
  return InvalidArgument("parameter " + Quoted(name) + " must be one of " + NameList(allowed));
}

bool IsIsoDate(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return false;
  int parts[3] = {0, 0, 0};
  const size_t starts[3] = {0, 5, 8}, sizes[3] = {4, 2, 2};
  for (int i = 0; i < 3; ++i) {
    const char* begin = text.data() + starts[i];
    auto [ptr, ec] = std::from_chars(begin, begin + sizes[i], parts[i]);
    if (ec != std::errc() || ptr != begin + sizes[i] || *begin == '+' || *begin == '-') {
      return false;
    }
  }
  const std::chrono::year_month_day day{std::chrono::year(parts[0]),
                                        std::chrono::month(static_cast<unsigned>(parts[1])),
                                        std::chrono::day(static_cast<unsigned>(parts[2]))};
  return day.ok();
}

}  // namespace vanban::server
