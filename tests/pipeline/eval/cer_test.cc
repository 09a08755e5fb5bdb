#include "pipeline/eval/cer.h"

#include <gtest/gtest.h>

#include <string>

namespace vanban {
namespace {

TEST(EditDistance, CountsCodePointsNotBytes) {
  struct Case {
    std::string reference;
    std::string hypothesis;
    size_t distance;
  };
  const Case cases[] = {
      {"", "", 0},
      {"abc", "abc", 0},
      {"", "abc", 3},
      {"abc", "", 3},
      {"đẩy", "đấy", 1},         // a tone mark misread: one substitution, not three bytes
      {"dân", "dần", 1},         //
      {"kitten", "sitting", 3},  // two substitutions and an insertion
      {"Quyết định", "Quyet dinh", 3},
      {"Số: 02/CT-UBND", "Số: 02/CT - UBND", 2},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(EditDistance(c.reference, c.hypothesis), c.distance)
        << c.reference << " / " << c.hypothesis;
    EXPECT_EQ(EditDistance(c.hypothesis, c.reference), c.distance) << "symmetric";
  }
}

TEST(CharacterErrorRate, NormalizedByReferenceLength) {
  EXPECT_DOUBLE_EQ(CharacterErrorRate("abcd", "abed"), 0.25);
  EXPECT_DOUBLE_EQ(CharacterErrorRate("đẩy mạnh", "đấy mạnh"), 1.0 / 8);
  EXPECT_DOUBLE_EQ(CharacterErrorRate("", ""), 0.0);
  EXPECT_DOUBLE_EQ(CharacterErrorRate("", "ab"), 2.0);
  EXPECT_DOUBLE_EQ(CharacterErrorRate("ab", "abcdef"), 2.0);  // can exceed 1
}

TEST(CollapseWhitespace, OneSpaceBetweenWordsNoneAtTheEnds) {
  EXPECT_EQ(CollapseWhitespace(" a\n\nb  c\n"), "a b c");
  EXPECT_EQ(CollapseWhitespace("Căn cứ\r\n\tLuật"), "Căn cứ Luật");
  EXPECT_EQ(CollapseWhitespace("\n \n"), "");
  EXPECT_EQ(CollapseWhitespace(""), "");
}

}  // namespace
}  // namespace vanban
