// Regular expressions (RE2 syntax) for fixed Vietnamese phrases that match whatever tone
// marks and vowel diacritics the text carries: OCR drops or swaps them ("CHÍ THỊ" for
// "CHỈ THỊ"), sources place them differently ("HOÀ" / "HÒA"), and "đ" may come out "d".
//   LoosePattern("hòa", LetterCase::kAny) matches "hòa", "hoà", "HOÀ", "Hoa", "hơà".
#pragma once

#include <string>
#include <string_view>

namespace vanban {

enum class LetterCase {
  kAny,    // upper or lower case
  kUpper,  // upper case only: for the capitals of type lines and headings
};

// A pattern for `phrase`: each vowel stands for its family (a ă â, e ê, i, o ô ơ, u ư, y)
// with any tone, "d" for "d" or "đ", any white space for one or more white space, other
// characters for themselves.
std::string LoosePattern(std::string_view phrase, LetterCase letter_case);

}  // namespace vanban
