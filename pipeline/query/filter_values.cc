#include "pipeline/query/filter_values.h"

#include "extractors/agencies.h"
#include "pipeline/normalize/fold.h"
#include "pipeline/store/deadline_range.h"
#include "pipeline/store/search_tokens.h"

namespace vanban {

Status CheckDay(std::string_view option, const std::string& day) {
  if (day.empty() || IsIsoDay(day)) return Status::Ok();
  return InvalidArgument(std::string(option) + ": \"" + day +
                         "\" is not a day written YYYY-MM-DD (e.g. 2024-12-31)");
}

Status CheckPage(int limit, int offset) {
  if (limit < 1 || limit > 1000) {
    return InvalidArgument("limit " + std::to_string(limit) + " is not between 1 and 1000");
  }
  if (offset < 0) return InvalidArgument("offset " + std::to_string(offset) + " is negative");
  return Status::Ok();
}

std::string AgencyFilterKey(std::string_view name) {
  thread_local SearchTokenizer words;
  bool has_word = false;
  words.ForEach(name, [&](const SearchTokenView&) {
    has_word = true;
    return false;
  });
  return has_word ? FoldAscii(AgencyKey(name)) : "";
}

std::string IssuerHasWords(const std::string& param) {
  return "instr(' ' || d.issuer_key || ' ', ' ' || " + param + " || ' ') > 0";
}

}  // namespace vanban
