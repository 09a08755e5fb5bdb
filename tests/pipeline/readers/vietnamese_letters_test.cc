#include "pipeline/readers/vietnamese_letters.h"

#include <gtest/gtest.h>

namespace vanban {
namespace {

TEST(VietnameseLetters, ParsesBaseToneAndCase) {
  struct Case {
    char32_t cp;
    char32_t base;
    Tone tone;
    bool upper;
    bool vowel;
  };
  const Case cases[] = {
      {U'a', U'a', Tone::kNone, false, true},  {U'Ặ', U'ă', Tone::kDot, true, true},
      {U'ế', U'ê', Tone::kAcute, false, true}, {U'Ờ', U'ơ', Tone::kGrave, true, true},
      {U'ữ', U'ư', Tone::kTilde, false, true}, {U'ỷ', U'y', Tone::kHook, false, true},
      {U'Đ', U'đ', Tone::kNone, true, false},  {U'N', U'n', Tone::kNone, true, false},
      {U'f', U'f', Tone::kNone, false, false},
  };
  for (const Case& c : cases) {
    std::optional<VietnameseLetter> letter = ParseVietnameseLetter(c.cp);
    ASSERT_TRUE(letter.has_value()) << static_cast<uint32_t>(c.cp);
    EXPECT_EQ(letter->base, c.base);
    EXPECT_EQ(letter->tone, c.tone);
    EXPECT_EQ(letter->upper, c.upper);
    EXPECT_EQ(letter->vowel, c.vowel);
  }
}

TEST(VietnameseLetters, OtherCharactersAreNotLetters) {
  for (char32_t cp : std::u32string_view(U"ñ§µ·1 -ç\uFFFD")) {
    EXPECT_FALSE(ParseVietnameseLetter(cp).has_value()) << static_cast<uint32_t>(cp);
  }
}

TEST(VietnameseLetters, ChangesCase) {
  const std::u32string_view lower = U"ủy ban nhân dân tỉnh hưng yên đồng ý";
  const std::u32string_view upper = U"ỦY BAN NHÂN DÂN TỈNH HƯNG YÊN ĐỒNG Ý";
  ASSERT_EQ(lower.size(), upper.size());
  for (size_t i = 0; i < lower.size(); ++i) {
    EXPECT_EQ(ToUpperVietnamese(lower[i]), upper[i]);
    EXPECT_EQ(ToLowerVietnamese(upper[i]), lower[i]);
  }
}

TEST(VietnameseLetters, CombiningTones) {
  EXPECT_EQ(CombiningTone(0x0300), Tone::kGrave);
  EXPECT_EQ(CombiningTone(0x0301), Tone::kAcute);
  EXPECT_EQ(CombiningTone(0x0309), Tone::kHook);
  EXPECT_EQ(CombiningTone(0x0303), Tone::kTilde);
  EXPECT_EQ(CombiningTone(0x0323), Tone::kDot);
  EXPECT_EQ(CombiningTone(0x0302), Tone::kNone);  // circumflex is not a tone
}

}  // namespace
}  // namespace vanban
