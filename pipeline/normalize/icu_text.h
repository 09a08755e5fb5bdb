// The normalizer's use of ICU, kept in this one file (tone_marks.cc and fold.cc hold the
// rest): NFC composition with an exact offset map, the repair of Vietnamese marks typed in
// the wrong order, and the few character properties the other passes ask about.
#pragma once

#include <string_view>

#include "pipeline/normalize/text_builder.h"
#include "pipeline/status.h"

namespace vanban {

// Puts a vowel mark (circumflex U+0302, breve U+0306) typed after a tone mark back inside
// it, as Vietnamese spells it: "o" U+0301 U+0302 (or "ó" U+0302) -> "o" U+0302 U+0301, which
// NFC then composes to "ố". Only sequences on a, e, o are touched. Input: valid UTF-8.
StatusOr<TextPass> RepairMarkOrder(std::string_view text);

// NFC of a valid UTF-8 text. Each composed sequence maps back to all the bytes it came
// from ("a" U+0300 -> "à" maps to 3 bytes); unchanged text maps byte for byte. Fails only
// if ICU does.
StatusOr<TextPass> ComposeNfc(std::string_view text);

// Character properties (Unicode general categories through ICU; ASCII answered inline).
bool IsLetterSlow(char32_t c);
bool IsUpperSlow(char32_t c);
bool IsLowerSlow(char32_t c);
bool IsCombiningMarkSlow(char32_t c);
char32_t ToLowerSlow(char32_t c);

inline bool IsAsciiLetter(char32_t c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }
inline bool IsDigit(char32_t c) { return c >= '0' && c <= '9'; }
inline bool IsLetter(char32_t c) { return c < 0x80 ? IsAsciiLetter(c) : IsLetterSlow(c); }
inline bool IsUpper(char32_t c) { return c < 0x80 ? (c >= 'A' && c <= 'Z') : IsUpperSlow(c); }
inline bool IsLower(char32_t c) { return c < 0x80 ? (c >= 'a' && c <= 'z') : IsLowerSlow(c); }
inline bool IsCombiningMark(char32_t c) { return c >= 0x300 && IsCombiningMarkSlow(c); }
inline char32_t ToLower(char32_t c) {
  return c < 0x80 ? ((c >= 'A' && c <= 'Z') ? c + 0x20 : c) : ToLowerSlow(c);
}

}  // namespace vanban
