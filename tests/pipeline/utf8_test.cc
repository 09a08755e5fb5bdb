#include "pipeline/utf8.h"

#include <gtest/gtest.h>

namespace vanban {
namespace {

TEST(Utf8, FirstInvalidByte) {
  struct Case {
    std::string_view bytes;
    size_t first_invalid;
  };
  constexpr size_t kValid = std::string_view::npos;
  const Case cases[] = {
      {"Ủy ban nhân dân tỉnh Hưng Yên", kValid},
      {"", kValid},
      {"ab\xC3", 2},                                           // truncated two-byte sequence
      {"Ng\xE0y", 2},                                          // Latin-1 "à" is not UTF-8
      {"\xC0\xAF", 0},                                         // overlong '/'
      {"x\xED\xA0\x80", 1},                                    // UTF-16 surrogate D800
      {"\xF4\x90\x80\x80", 0},                                 // past U+10FFFF
      {"Vi\xE1\xBB\x87t \xFF", 7},                             // valid "Việt " then 0xFF
      {"\xF0\x9F\x93\x84 v\xC4\x83n b\xE1\xBA\xA3n", kValid},  // emoji and Vietnamese
  };
  for (const Case& c : cases) {
    EXPECT_EQ(FirstInvalidUtf8(c.bytes), c.first_invalid) << c.bytes;
  }
}

TEST(Utf8, DecodeAndAppendRoundTrip) {
  const std::u32string code_points = U"Đồng Nai ₫ 📄";
  std::string utf8;
  for (char32_t cp : code_points) AppendUtf8(utf8, cp);
  EXPECT_EQ(utf8, "Đồng Nai ₫ 📄");
  std::u32string decoded;
  size_t pos = 0;
  while (pos < utf8.size()) decoded += NextCodePoint(utf8, pos);
  EXPECT_EQ(decoded, code_points);
}

TEST(Utf8, InvalidInputDecodesToReplacement) {
  size_t pos = 0;
  EXPECT_EQ(NextCodePoint("\xE0x", pos), U'\uFFFD');
  EXPECT_EQ(pos, 1u);
  std::string out;
  AppendUtf8(out, 0xD800);
  EXPECT_EQ(out, "\uFFFD");
}

}  // namespace
}  // namespace vanban
