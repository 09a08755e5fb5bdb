#include "extractors/agency_runs.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "tests/extractors/agency_mentions.h"

namespace vanban {
namespace {

using ::vanban::testing::MentionsOf;

TEST(AgencyRuns, Glue) {
  EXPECT_TRUE(IsNameGlue(""));
  EXPECT_TRUE(IsNameGlue(", "));
  EXPECT_TRUE(IsNameGlue(" và "));
  EXPECT_TRUE(IsNameGlue(", Giám đốc "));
  EXPECT_TRUE(IsNameGlue(" các đồng chí Bộ trưởng, Thủ trưởng "));
  EXPECT_TRUE(IsNameGlue(", Thủ trưởng các cơ quan, đơn vị liên quan và "));
  EXPECT_TRUE(IsNameGlue(" và Thủ trưởng các đơn vị có liên quan thuộc Bộ Tư pháp "));
  EXPECT_TRUE(IsNameGlue(" và Chủ tịch Ủy ban nhân dân các tỉnh: "));  // a shared head
  // ANNOTATION.md: "Cơ quan chức năng của Bộ X" gives "Bộ X".
  EXPECT_TRUE(IsNameGlue(" cơ quan chức năng của "));
  EXPECT_FALSE(IsNameGlue(" chủ trì, "));
  EXPECT_FALSE(IsNameGlue(" theo dõi "));
  EXPECT_FALSE(IsNameGlue(" cùng "));  // "cùng" makes a support
  EXPECT_FALSE(IsNameGlue(". "));      // a sentence ends between
}

TEST(AgencyRuns, RunAfterACue) {
  const std::string text = "Giao Sở Tài chính, Sở Nội vụ chủ trì, phối hợp với Sở Y tế";
  const auto mentions = MentionsOf(text, {"Sở Tài chính", "Sở Nội vụ", "Sở Y tế"});
  EXPECT_EQ(RunAfter(text, 4, text.size(), mentions), (std::vector<int>{0, 1}));
  const size_t after_support = text.find("với") + std::string("với").size();
  EXPECT_EQ(RunAfter(text, after_support, text.size(), mentions), (std::vector<int>{2}));
  EXPECT_TRUE(RunAfter(text, 4, 10, mentions).empty());  // the body passes the limit
}

// A bracket after a body (its sub-unit, a description) stays out of the run, which goes on
// after it.
TEST(AgencyRuns, RunGoesOnAfterABracket) {
  const std::string text =
      "phối hợp Văn phòng UBND tỉnh (Trung tâm Phục vụ hành chính công tỉnh) và UBND các xã, "
      "phường rà soát";
  const auto mentions = MentionsOf(
      text,
      {"Văn phòng UBND tỉnh", "Trung tâm Phục vụ hành chính công tỉnh", "UBND các xã, phường"});
  const size_t cue_end = text.find("Văn phòng");
  EXPECT_EQ(RunAfter(text, cue_end, text.size(), mentions), (std::vector<int>{0, 2}));
  // Words that are no glue after the bracket end the run.
  const std::string other = "Giao Sở Nội vụ (Ban Thi đua - Khen thưởng) theo dõi, báo cáo Sở Y tế";
  const auto other_mentions =
      MentionsOf(other, {"Sở Nội vụ", "Ban Thi đua - Khen thưởng", "Sở Y tế"});
  EXPECT_EQ(RunAfter(other, 4, other.size(), other_mentions), (std::vector<int>{0}));
}

// Quyết định, last article: positions dropped, the groups the finder leaves out skipped.
TEST(AgencyRuns, RunBeforeACue) {
  const std::string text =
      "Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Y tế, Thủ trưởng các cơ quan, đơn vị "
      "liên quan chịu trách nhiệm thi hành Quyết định này.";
  const auto mentions = MentionsOf(text, {"Văn phòng Ủy ban nhân dân tỉnh", "Sở Y tế"});
  const size_t cue = text.find("chịu trách nhiệm");
  EXPECT_EQ(RunBefore(text, cue, 0, mentions), (std::vector<int>{0, 1}));
}

TEST(AgencyRuns, RunStopsAtOtherWords) {
  const std::string text = "Bộ Xây dựng báo cáo Thủ tướng Chính phủ";
  const auto mentions = MentionsOf(text, {"Bộ Xây dựng", "Thủ tướng Chính phủ"});
  EXPECT_EQ(RunAfter(text, 0, text.size(), mentions), (std::vector<int>{0}));
}

}  // namespace
}  // namespace vanban
