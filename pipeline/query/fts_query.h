// The text a user types into a search box, turned into an FTS5 query for the 'vanban'
// tokenizer (pipeline/store/search_index.h). User text never reaches FTS5 unquoted: every
// word or "quoted phrase" becomes a quoted phrase of folded tokens, OR-ed with the phrase of
// exact tokens when the user wrote diacritics, so folded queries find everything exact ones
// do and rows with the exact spelling can be ranked first.
//   words               all must occur:           so noi vu bao cao
//   "a phrase"          these words in this order: "Sở Nội vụ"
//   a OR b              either                     hỏa hoạn OR cháy
//   -word, -"phrase"    must not occur             báo cáo -tuần
//   word*               a word starting so         kiem*
#pragma once

#include <set>
#include <string>
#include <string_view>

#include "pipeline/status.h"

namespace vanban {

// Queries longer than this many bytes, or with more than this many words and phrases,
// are refused.
inline constexpr size_t kMaxQueryBytes = 512;
inline constexpr int kMaxQueryTerms = 32;

struct FtsQuery {
  std::string match;  // the FTS5 MATCH expression
  std::string exact;  // one character per phrase of match, in order: '1' for an exact phrase
  // match with each term spelled as typed only (its exact phrase where it has diacritics):
  // the rows to rank first. Equal to match when no term has diacritics.
  std::string match_exact;
  std::set<std::string> words;     // folded words of the terms that are not excluded
  std::set<std::string> prefixes;  // folded last words of prefix terms ("kiem" of "kiem*")
};

// The FTS5 query for text. invalid_argument, with a message a user can act on, for: an
// empty query, a quotation mark without its pair, OR / AND / NOT / '-' without a term on
// the needed side, a term with no letters or digits ("*", "..."), only excluded terms, or
// a query over the size limits.
StatusOr<FtsQuery> BuildFtsQuery(std::string_view text);

}  // namespace vanban
