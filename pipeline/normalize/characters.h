// The character pass of normalization: one walk over the raw text that removes invisible
// and control characters, unifies dashes, quotes, spaces, line ends and bullets, and
// repairs look-alike letters, recording every change in the offset map.
#pragma once

#include <string_view>

#include "pipeline/normalize/text_builder.h"

namespace vanban {

// Removed: zero-width and bidi format characters (U+200B-U+200F, U+202A-U+202E, U+2060,
// U+2066-U+2069, U+FEFF), soft hyphen U+00AD, C0/C1 controls other than \t and \n, and a
// U+FFFD (or an ill-formed UTF-8 byte) that stands alone as noise, i.e. with no letter or
// digit on either side; one inside a word marks a lost letter and is kept as U+FFFD.
// Unified: \r\n and \r -> \n; \f, \v, U+0085, U+2028, U+2029 -> \n (dropped at a line
// start); dashes U+2010-U+2015 and minus U+2212 -> "-"; double quotes “ ” „ ‟ ″ -> ";
// single quotes ‘ ’ ‚ ‛ ′ -> '; ellipsis … -> "..."; tab, NBSP, U+2000-U+200A, U+202F,
// U+205F, U+3000 -> space; runs of spaces in a line -> one; spaces at the start and end of
// a line removed; a bullet (• · ▪ ● ◦ ‣ ⁃ and the Wingdings U+F0A7, U+F0B7) that starts
// a line -> "- ".
// Repaired: Latin eth "Ð"/"ð" (and African "Ɖ"/"ɖ") written for "Đ"/"đ" -> U+0110/U+0111.
// Example: "Ðiều\u00A01\u2013 \u201cHòa\u201d  \r\n" -> "Điều 1- \"Hòa\"\n".
TextPass CleanCharacters(std::string_view raw);

}  // namespace vanban
