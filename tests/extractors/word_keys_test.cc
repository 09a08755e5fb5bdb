#include "extractors/word_keys.h"

#include <gtest/gtest.h>

#include "pipeline/normalize/fold.h"

namespace vanban {
namespace {

// Words of normalized text: classic tone marks ("Hòa", not "Hoà").
TEST(WordKeys, SameKeysAsTheFolds) {
  for (const char* word : {"Ủy", "QUYẾT", "định", "Đảng", "TT&TT", "TP.", "Hòa", "(Bộ", "“Hòa”",
                           "66.7/2025/NĐ-CP", "BТС", "ỦY", "Nghĩa", "Ở"}) {
    EXPECT_EQ(LowerWord(word), FoldKey(word)) << word;
    EXPECT_EQ(AsciiWord(word), FoldAscii(word)) << word;
  }
}

TEST(WordKeys, Examples) {
  EXPECT_EQ(LowerWord("Ủy"), "ủy");
  EXPECT_EQ(AsciiWord("Ủy"), "uy");
  EXPECT_EQ(AsciiWord("ĐĐ"), "dd");
}

}  // namespace
}  // namespace vanban
