// How Vietnamese a text looks, to choose among candidate decodings of legacy bytes: the
// share of its non-ASCII words that are well-formed Vietnamese syllables. A wrong decoding
// turns words into letter soup ("QuyÕt", "Quyeát", "ñònh") that no syllable matches.
#pragma once

#include <string_view>

namespace vanban {

// Whether `word` (UTF-8, either case, precomposed or with windows-1258 combining tones) is
// one Vietnamese syllable: an initial consonant, a vowel group of the language, a final
// consonant and at most one tone mark. Example: "Nghị" and "quyết" are, "QuyÕt" is not.
bool IsVietnameseSyllable(std::string_view word);

struct VietnameseScore {
  int words = 0;      // words holding a character outside ASCII
  int syllables = 0;  // of those, the Vietnamese syllables
  double share() const { return words == 0 ? 0.0 : static_cast<double>(syllables) / words; }
};

// Scores `utf8`. Words are split at white space, ASCII punctuation and digits and at general
// punctuation (U+2000-U+206F); any other character, "·" or "µ" included, belongs to a word.
// All-ASCII words are not counted: they read the same in every candidate decoding.
VietnameseScore ScoreVietnamese(std::string_view utf8);

}  // namespace vanban
