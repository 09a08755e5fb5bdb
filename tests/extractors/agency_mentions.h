// Agency mentions made by hand for tests of what reads them (agency runs, obligation roles).
#pragma once

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "extractors/agencies.h"

namespace vanban::testing {

// Mentions at the first occurrence of each name in text, after the previous one, as the
// agency finder would give them.
inline std::vector<AgencyMention> MentionsOf(std::string_view text,
                                             const std::vector<std::string>& names) {
  std::vector<AgencyMention> out;
  size_t from = 0;
  for (const std::string& name : names) {
    const size_t at = text.find(name, from);
    EXPECT_NE(at, std::string_view::npos) << name;
    out.push_back({name, name, {at, at + name.size()}});
    from = at + name.size();
  }
  return out;
}

}  // namespace vanban::testing
