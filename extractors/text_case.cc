#include "extractors/text_case.h"

#include <unicode/locid.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include "pipeline/normalize/icu_utf8.h"

namespace vanban {
namespace {

const icu::Locale& Vietnamese() {
  static const icu::Locale kLocale("vi");
  return kLocale;
}

// The first letter of s (0 when there is none).
UChar32 FirstLetter(std::string_view s) {
  int32_t i = 0;
  const int32_t n = static_cast<int32_t>(s.size());
  while (i < n) {
    UChar32 c;
    U8_NEXT(s.data(), i, n, c);
    if (c >= 0 && u_isalpha(c)) return c;
  }
  return 0;
}

// u_isupper and u_islower, answered without ICU for ASCII (most of any Vietnamese text).
bool IsUpperChar(UChar32 c) { return c < 0x80 ? c >= 'A' && c <= 'Z' : u_isupper(c); }
bool IsLowerChar(UChar32 c) { return c < 0x80 ? c >= 'a' && c <= 'z' : u_islower(c); }

}  // namespace

std::string ToLower(std::string_view utf8) {
  icu::UnicodeString s = IcuFromUtf8(utf8);
  s.toLower(Vietnamese());
  return Utf8FromIcu(s);
}

std::string ToUpper(std::string_view utf8) {
  icu::UnicodeString s = IcuFromUtf8(utf8);
  s.toUpper(Vietnamese());
  return Utf8FromIcu(s);
}

std::string ToTitleWords(std::string_view utf8) {
  icu::UnicodeString s = IcuFromUtf8(utf8);
  s.toLower(Vietnamese());
  icu::UnicodeString out;
  bool word_start = true;
  for (int32_t i = 0; i < s.length();) {
    UChar32 c = s.char32At(i);
    i += U16_LENGTH(c);
    if (u_isUWhiteSpace(c)) {
      word_start = true;
      out.append(c);
      continue;
    }
    if (word_start && u_isalpha(c)) {
      out.append(u_toupper(c));
      word_start = false;
      continue;
    }
    out.append(c);
  }
  return Utf8FromIcu(out);
}

std::string CapitalizeFirst(std::string_view utf8) {
  int32_t i = 0;
  const int32_t n = static_cast<int32_t>(utf8.size());
  while (i < n) {
    int32_t start = i;
    UChar32 c;
    U8_NEXT(utf8.data(), i, n, c);
    if (c >= 0 && u_isalpha(c)) {
      std::string out(utf8.substr(0, start));
      out += Utf8FromIcu(icu::UnicodeString(u_toupper(c)));
      out += utf8.substr(i);
      return out;
    }
  }
  return std::string(utf8);
}

bool IsUpperText(std::string_view utf8) {
  int upper = 0;
  int lower = 0;
  int32_t i = 0;
  const int32_t n = static_cast<int32_t>(utf8.size());
  while (i < n) {
    UChar32 c;
    U8_NEXT(utf8.data(), i, n, c);
    if (c < 0) continue;
    if (IsUpperChar(c)) ++upper;
    if (IsLowerChar(c)) ++lower;
    // Settled: even if every code point left were upper case, the lower ones are too many.
    if (lower * 10 > upper + (n - i)) return false;
  }
  return upper >= 2 && lower * 10 <= upper;
}

bool HasLowerCase(std::string_view utf8) {
  int32_t i = 0;
  const int32_t n = static_cast<int32_t>(utf8.size());
  while (i < n) {
    UChar32 c;
    U8_NEXT(utf8.data(), i, n, c);
    if (c >= 0 && IsLowerChar(c)) return true;
  }
  return false;
}

bool StartsWithUpper(std::string_view utf8) {
  UChar32 c = FirstLetter(utf8);
  return c != 0 && u_isupper(c);
}

bool StartsWithLower(std::string_view utf8) {
  UChar32 c = FirstLetter(utf8);
  return c != 0 && u_islower(c);
}

}  // namespace vanban
