// UTF-8 primitives shared by the readers and the normalizer: validation with the offset of
// the first bad byte, decoding one code point forwards or backwards, and appending one.
// Walkers take an ASCII fast path and decode only where a byte is >= 0x80.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace vanban {

// One decoded code point and the number of bytes it took. An ill-formed sequence
// (overlong, surrogate, truncated, > U+10FFFF) decodes as kInvalidCodePoint of length 1.
struct DecodedCodePoint {
  char32_t value;
  size_t length;
};
inline constexpr char32_t kInvalidCodePoint = 0xFFFFFFFF;

DecodedCodePoint DecodeUtf8Multibyte(std::string_view s, size_t pos);

// Decodes the code point starting at s[pos]; pos < s.size().
inline DecodedCodePoint DecodeUtf8(std::string_view s, size_t pos) {
  const unsigned char lead = static_cast<unsigned char>(s[pos]);
  if (lead < 0x80) return {lead, 1};
  return DecodeUtf8Multibyte(s, pos);
}

// The code point that ends at s[end - 1], or kInvalidCodePoint; end > 0. For looking back.
DecodedCodePoint DecodeUtf8Before(std::string_view s, size_t end);

// The code point that starts at s[pos] / ends at s[pos - 1], for tests at the edges of a
// word; kInvalidCodePoint when there is none (pos at the end / at 0) or the bytes there are
// ill-formed. Example: CodePointBefore("số 5", 4) == U+0020.
inline char32_t CodePointAt(std::string_view s, size_t pos) {
  return pos < s.size() ? DecodeUtf8(s, pos).value : kInvalidCodePoint;
}
inline char32_t CodePointBefore(std::string_view s, size_t pos) {
  return pos > 0 && pos <= s.size() ? DecodeUtf8Before(s, pos).value : kInvalidCodePoint;
}

// Decodes the code point starting at `pos` and advances `pos` past it. On an invalid
// sequence returns U+FFFD and advances one byte.
char32_t NextCodePoint(std::string_view text, size_t& pos);

// Offset of the first byte that does not start or continue a valid UTF-8 sequence, or
// std::string_view::npos when all of `bytes` is valid. Example: FirstInvalidUtf8("ab\xC3") == 2.
size_t FirstInvalidUtf8(std::string_view bytes);

// Appends the UTF-8 form of `cp` (U+FFFD for surrogates and values past U+10FFFF).
void AppendUtf8(std::string& out, char32_t cp);

// Number of code points in a valid UTF-8 text (continuation bytes are not counted).
size_t CountCodePoints(std::string_view s);

}  // namespace vanban
