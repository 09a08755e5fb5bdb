// Agency runs: the list of bodies that stands right after or right before a cue, read from
// the bodies the agency finder found (extractors/agencies.h). Between two bodies of one list,
// and between the cue and the list, stands only glue (extractors/data/name_glue.tsv):
// punctuation, "và", "các", positions ("Giám đốc", "Thủ trưởng"), groups the finder leaves
// out ("các cơ quan, đơn vị liên quan"). Anything else ends the list.
//   "Giao Sở Tài chính, Sở Nội vụ chủ trì": the run after "Giao" is both Sở.
#pragma once

#include <string_view>
#include <vector>

#include "extractors/agencies.h"
#include "pipeline/span.h"

namespace vanban {

// True when text holds only glue (or nothing).
// Example: IsNameGlue(", Thủ trưởng các cơ quan, đơn vị liên quan và ") == true.
bool IsNameGlue(std::string_view text);

// Indices into `mentions` (sorted by span, not overlapping) of the run that starts after
// text[from] and stays before `limit`: the first body must follow `from` with only glue
// between. Empty when no body does.
std::vector<int> RunAfter(std::string_view text, size_t from, size_t limit,
                          const std::vector<AgencyMention>& mentions);

// The same for the run that ends before text[to] and starts at or after `limit`, in text
// order.
std::vector<int> RunBefore(std::string_view text, size_t to, size_t limit,
                           const std::vector<AgencyMention>& mentions);

}  // namespace vanban
