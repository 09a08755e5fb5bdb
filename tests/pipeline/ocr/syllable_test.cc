#include "pipeline/ocr/syllable.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace vanban {
namespace {

TEST(ParseSyllable, SplitsOnsetRhymeAndTone) {
  EXPECT_EQ(ParseSyllable("Nghị"), (Syllable{U"ngh", U"i", Tone::kDot}));
  EXPECT_EQ(ParseSyllable("định"), (Syllable{U"đ", U"inh", Tone::kDot}));
  EXPECT_EQ(ParseSyllable("người"), (Syllable{U"ng", U"ươi", Tone::kGrave}));
  EXPECT_EQ(ParseSyllable("hoàn"), (Syllable{U"h", U"oan", Tone::kGrave}));
  // The u of "qu" is the glide, the i of "gi" stands for the rhyme's i.
  EXPECT_EQ(ParseSyllable("quyết"), (Syllable{U"qu", U"yêt", Tone::kAcute}));
  EXPECT_EQ(ParseSyllable("giữ"), (Syllable{U"gi", U"ư", Tone::kTilde}));
  EXPECT_EQ(ParseSyllable("gì"), (Syllable{U"g", U"i", Tone::kGrave}));
  EXPECT_EQ(ParseSyllable("ĐÂN"), (Syllable{U"đ", U"ân", Tone::kNone}));
}

TEST(ParseSyllable, AcceptsRealSyllables) {
  const std::vector<std::string> valid = {
      "và",     "của",    "các",   "quy",   "quốc",  "quan",    "quên",  "khuya", "yêu",
      "yến",    "uyên",   "tuyển", "việt",  "giếng", "nghiêng", "kỹ",    "ký",    "ủy",
      "uỷ",     "hòa",    "hoà",   "xoong", "thuở",  "oanh",    "khoắc", "ngoẹo", "chuyện",
      "ở",      "ý",      "a",     "nhân",  "dân",   "tháng",   "năm",   "ngày",  "được",
      "trưởng", "thường", "hướng", "GIA",   "Hưng",  "phủ",     "nhất",  "khẩn",  "tiếp"};
  for (const std::string& word : valid) EXPECT_TRUE(IsSyllable(word)) << word;
}

TEST(ParseSyllable, RejectsWhatTheGrammarRulesOut) {
  const std::vector<std::string> invalid = {
      "",       // nothing
      "lạnhh",  // no rhyme ends in hh
      "hòà",    // two tone marks
      "cac",    // stop coda with ngang
      "cầc",    // stop coda with huyền
      "tiệpp",  // no such coda
      "ce",     // k before e, not c
      "gha",    // gh only before i e ê
      "nge",    // ngh before e
      "ki ",    // a space is not a letter
      "iên",    // iê without onset is written yê
      "tyên",   // yê after a consonant is written iê
      "quu",    // the u of qu is the glide
      "fan",    // f is not a Vietnamese onset
      "UBND",   // an abbreviation
      "TTg",    // an abbreviation
      "2026",   // digits
      "đđ",     // no vowel
  };
  for (const std::string& word : invalid) EXPECT_FALSE(IsSyllable(word)) << word;
}

TEST(ParseSyllable, StopCodasTakeOnlySacOrNang) {
  EXPECT_TRUE(IsSyllable("cấp"));
  EXPECT_TRUE(IsSyllable("cập"));
  EXPECT_FALSE(IsSyllable("cẩp"));
  EXPECT_FALSE(IsSyllable("cẫp"));
  EXPECT_FALSE(IsSyllable("cầp"));
  EXPECT_TRUE(IsSyllable("thích"));
  EXPECT_FALSE(IsSyllable("thỉch"));
  // Nasal codas take every tone.
  for (const char* word : {"lan", "làn", "lán", "lản", "lãn", "lạn"}) {
    EXPECT_TRUE(IsSyllable(word)) << word;
  }
}

TEST(AsciiBase, DropsVowelMarksAndTheStroke) {
  EXPECT_EQ(AsciiBase(U'ă'), U'a');
  EXPECT_EQ(AsciiBase(U'â'), U'a');
  EXPECT_EQ(AsciiBase(U'ơ'), U'o');
  EXPECT_EQ(AsciiBase(U'ư'), U'u');
  EXPECT_EQ(AsciiBase(U'đ'), U'd');
  EXPECT_EQ(AsciiBase(U'k'), U'k');
}

}  // namespace
}  // namespace vanban
