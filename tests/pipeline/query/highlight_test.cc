#include "pipeline/query/highlight.h"

#include <gtest/gtest.h>

namespace vanban {
namespace {

TEST(Highlight, MarksWordsMatchedFolded) {
  EXPECT_EQ(Highlight("Sở Nội vụ báo cáo UBND tỉnh", {"bao", "cao"}, {}, 30),
            "Sở Nội vụ «báo» «cáo» UBND tỉnh");
  EXPECT_EQ(Highlight("Đôn đốc, ĐÔN ĐỐC", {"don"}, {}, 30), "«Đôn» đốc, «ĐÔN» ĐỐC");
}

TEST(Highlight, PrefixesMatchWordStarts) {
  EXPECT_EQ(Highlight("kiểm tra, kiểm soát và giám sát", {}, {"kiem"}, 30),
            "«kiểm» tra, «kiểm» soát và giám sát");
}

TEST(Highlight, LongTextIsCutAroundTheFirstMatch) {
  std::string text;
  for (int i = 0; i < 100; ++i) text += "từ" + std::to_string(i) + " ";
  text += "báo cáo";
  for (int i = 0; i < 100; ++i) text += " chữ" + std::to_string(i);
  const std::string snippet = Highlight(text, {"bao"}, {}, 20);
  EXPECT_EQ(snippet.rfind("…", 0), 0u) << snippet;
  EXPECT_NE(snippet.find("«báo» cáo"), std::string::npos) << snippet;
  EXPECT_EQ(snippet.substr(snippet.size() - 3), "…");
  EXPECT_LT(snippet.size(), 200u);
}

TEST(Highlight, NothingMatchedLeavesShortTextAsItIs) {
  EXPECT_EQ(Highlight("Chủ trì triển khai.", {"xyz"}, {}, 30), "Chủ trì triển khai.");
}

}  // namespace
}  // namespace vanban
