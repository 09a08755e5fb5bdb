#include "pipeline/ocr/syllable_lexicon.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace vanban {
namespace {

TEST(SyllableKey, LowerCaseClassicPlacement) {
  EXPECT_EQ(SyllableKey("HOÀ"), "hòa");
  EXPECT_EQ(SyllableKey("Uỷ"), "ủy");
  EXPECT_EQ(SyllableKey("Định"), "định");
}

TEST(Skeleton, LettersWithoutMarks) {
  EXPECT_EQ(Skeleton("Định"), "dinh");
  EXPECT_EQ(Skeleton("người"), "nguoi");
  EXPECT_EQ(Skeleton("ĂN"), "an");
}

TEST(SyllableLexicon, ParsesTablesAndMergesSpellings) {
  const SyllableLexicon lexicon = SyllableLexicon::FromTables(
      "# comment\nsyllable\tcount\nhòa\t5\nhoà\t2\nđịnh\t9\nABC\t4\nlịnh\t0\n",
      "# comment\npair\tcount\nnghị định\t7\nhoà bình\t3\n");
  EXPECT_EQ(lexicon.size(), 3u);  // hòa, định, lịnh: "abc" is no syllable
  EXPECT_EQ(lexicon.Count("hòa"), 7u);
  EXPECT_EQ(lexicon.Count("định"), 9u);
  EXPECT_TRUE(lexicon.Contains("lịnh"));
  EXPECT_EQ(lexicon.Count("lịnh"), 0u);
  EXPECT_FALSE(lexicon.Contains("abc"));
  EXPECT_EQ(lexicon.total(), 16u);
  EXPECT_EQ(lexicon.PairCount("nghị", "định"), 7u);
  EXPECT_EQ(lexicon.PairCount("hòa", "bình"), 3u);
  EXPECT_EQ(lexicon.PairCount("định", "nghị"), 0u);
  EXPECT_EQ(lexicon.WithSkeleton("hoa"), std::vector<std::string>{"hòa"});
  EXPECT_TRUE(lexicon.WithSkeleton("xyz").empty());
}

TEST(SyllableLexicon, EmbeddedTablesHoldTheCommonSyllables) {
  const SyllableLexicon& lexicon = SyllableLexicon::Default();
  EXPECT_GT(lexicon.size(), 5000u);
  // Words every administrative text uses are among the most frequent.
  EXPECT_GT(lexicon.Count("định"), 1000u);
  EXPECT_GT(lexicon.Count("nhân"), lexicon.Count("nhan"));
  EXPECT_GT(lexicon.PairCount("nghị", "định"), 100u);
  const std::vector<std::string>& dinh = lexicon.WithSkeleton("dinh");
  EXPECT_NE(std::find(dinh.begin(), dinh.end(), "định"), dinh.end());
}

}  // namespace
}  // namespace vanban
