// The abbreviations of agency names that are expanded, and only these
// (extractors/data/abbreviations.tsv, ANNOTATION.md "How a name is written"), loaded once for
// the agency tokenizer (agency_tokens.cc) and the writing of names (agency_names.cc).
//   ListedAbbreviations() holds {"UBND", "Ủy ban nhân dân"}.
#pragma once

#include <string>
#include <vector>

namespace vanban {

struct ListedAbbreviation {
  std::string printed;    // "UBND", matched as a whole token exactly as printed
  std::string expansion;  // "Ủy ban nhân dân"
};

// The listed abbreviations, longest printed form first (file order among equal lengths), so
// that the first one matching at a position is the longest there.
const std::vector<ListedAbbreviation>& ListedAbbreviations();

}  // namespace vanban
