// The Vietnamese syllable as a grammar: onset + rhyme (optional glide o/u, nucleus, coda)
// + one tone, with the spelling rules that tie them (k/gh/ngh before i e ê y, c/g/ng
// elsewhere; "qu"; iê after a consonant and yê without one) and the tone rule of stop
// codas (c ch p t take only sắc or nặng). Vietnamese syllables form a closed set: a word
// outside it is an OCR or typing error, or not Vietnamese (an abbreviation, a name).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "pipeline/readers/vietnamese_letters.h"

namespace vanban {

struct Syllable {
  std::u32string onset;  // lower case: U"ngh", U"qu", U"đ", U"" (none)
  std::u32string rhyme;  // lower case, without tone: U"oan", U"ương", U"i"
  Tone tone = Tone::kNone;
  bool operator==(const Syllable&) const = default;
};

// The parts of `word` (any case, NFC UTF-8) when it is a Vietnamese syllable, else
// nullopt: more than one tone mark, a letter outside the alphabet (f j w z, digits), or an
// onset-rhyme-tone combination the grammar rules out. A tone mark may sit on any vowel of
// the rhyme (both "hoà" and "hòa" parse).
// ParseSyllable("Nghị") == {U"ngh", U"i", Tone::kDot}; ParseSyllable("lạnhh") == nullopt;
// ParseSyllable("cấc") is valid, ParseSyllable("cầc") is not (stop coda, huyền).
std::optional<Syllable> ParseSyllable(std::string_view word);

inline bool IsSyllable(std::string_view word) { return ParseSyllable(word).has_value(); }

// The ASCII letter a lower-case base letter (VietnameseLetter::base) is written on:
// ă â -> a, ê -> e, ô ơ -> o, ư -> u, đ -> d; other letters unchanged.
char32_t AsciiBase(char32_t base);

}  // namespace vanban
