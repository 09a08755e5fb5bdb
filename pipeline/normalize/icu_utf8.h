// Conversions between UTF-8 and ICU's UTF-16 strings, for the code that hands text to ICU's
// string functions (case mapping, normalization). Ill-formed UTF-8 becomes U+FFFD.
#pragma once

#include <unicode/stringpiece.h>
#include <unicode/unistr.h>

#include <string>
#include <string_view>

namespace vanban {

inline icu::UnicodeString IcuFromUtf8(std::string_view utf8) {
  return icu::UnicodeString::fromUTF8(
      icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
}

inline std::string Utf8FromIcu(const icu::UnicodeString& s) {
  std::string out;
  s.toUTF8String(out);
  return out;
}

}  // namespace vanban
