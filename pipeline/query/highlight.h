// Snippets: a short stretch of a text around the words a query matched, each match between
// « and », the way the full-text index matched it (search tokens, pipeline/store/
// search_tokens.h: folded forms compared).
//   Highlight("Sở Nội vụ báo cáo UBND tỉnh", {"bao", "cao"}, {}, 30)
//     == "Sở Nội vụ «báo» «cáo» UBND tỉnh"
#pragma once

#include <set>
#include <string>
#include <string_view>

namespace vanban {

// text with every word whose folded form is in `words`, or starts with one of `prefixes`,
// marked; cut to about max_words words around the first match (a cut end gets "…"). The
// text unchanged when it is short and nothing matches; max_words 0 never cuts.
std::string Highlight(std::string_view text, const std::set<std::string>& words,
                      const std::set<std::string>& prefixes, size_t max_words);

}  // namespace vanban
