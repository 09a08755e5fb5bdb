// Minimal UTF-8 decoding and encoding for the normalization passes, which walk text byte
// by byte with an ASCII fast path and decode a code point only where a byte is >= 0x80.
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

// Appends the UTF-8 encoding of a valid code point.
void AppendUtf8(std::string& out, char32_t c);

// Number of code points in a valid UTF-8 text (continuation bytes are not counted).
size_t CountCodePoints(std::string_view s);

}  // namespace vanban
