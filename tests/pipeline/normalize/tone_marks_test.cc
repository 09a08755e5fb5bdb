#include "pipeline/normalize/tone_marks.h"

#include <gtest/gtest.h>

namespace vanban {
namespace {

struct ToneCase {
  const char* word;
  const char* classic;
};

// New-style placements as printed in the real corpus, and words both styles agree on.
constexpr ToneCase kCases[] = {
    {"hoà", "hòa"},     {"Hoà", "Hòa"},       {"uỷ", "ủy"},         {"Uỷ", "Ủy"},
    {"UỶ", "ỦY"},       {"khoẻ", "khỏe"},     {"tuỳ", "tùy"},       {"thuỷ", "thủy"},
    {"hòa", "hòa"},     {"ủy", "ủy"},         {"quý", "quý"},       {"quỳnh", "quỳnh"},
    {"hoàn", "hoàn"},   {"thuyền", "thuyền"}, {"người", "người"},   {"giữ", "giữ"},
    {"gì", "gì"},       {"của", "của"},       {"ngoài", "ngoài"},   {"khuỷu", "khuỷu"},
    {"hoạch", "hoạch"}, {"quốc", "quốc"},     {"giường", "giường"}, {"mía", "mía"},
    {"hoá", "hóa"},     {"Hoá", "Hóa"},       {"loà", "lòa"},       {"thuở", "thuở"},
    {"Nghị", "Nghị"},   {"ban", "ban"},       {"HCM", "HCM"},       {"quyết", "quyết"},
};

TEST(ToneMarks, ClassicPlacement) {
  for (const ToneCase& c : kCases) {
    EXPECT_EQ(PlaceToneMark(c.word), c.classic) << c.word;
  }
}

TEST(ToneMarks, DecomposedInputComesOutComposed) {
  // "hoà" written as o + a + combining grave (new style, decomposed).
  EXPECT_EQ(PlaceToneMark("hoa\xCC\x80"), "hòa");
}

TEST(ToneMarks, NotAVietnameseSyllableIsKept) {
  EXPECT_EQ(PlaceToneMark("café"), "café");  // ends in a vowel pair? no: kept as written
  EXPECT_EQ(PlaceToneMark("naïve"), "naïve");
}

TEST(ToneMarks, TextKeepsEverythingBetweenWords) {
  EXPECT_EQ(PlaceToneMarks("Uỷ ban nhân dân tỉnh Hoà Bình, số 02/CT-UBND."),
            "Ủy ban nhân dân tỉnh Hòa Bình, số 02/CT-UBND.");
  EXPECT_EQ(PlaceToneMarks(""), "");
}

}  // namespace
}  // namespace vanban
