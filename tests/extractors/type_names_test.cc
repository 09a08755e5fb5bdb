#include "extractors/type_names.h"

#include <gtest/gtest.h>

namespace vanban {
namespace {

TEST(TypeNames, LongestNameAtAWord) {
  const WordWindow win = ReadWords("theo Thông tư liên tịch số 5, công văn số 12, CHÍ THỊ", 0, 20);
  const WindowKeys keys(win, Abbreviations::kKeep);
  auto hit = TypeNameAt(keys, 1);
  ASSERT_TRUE(hit);
  EXPECT_EQ(hit->type->code, "thong_tu_lien_tich");
  EXPECT_EQ(hit->end, 5u);
  const DocType* cong_van = TypeNamed(keys, 7, 9);
  ASSERT_NE(cong_van, nullptr);
  EXPECT_EQ(cong_van->code, "cong_van");
  // OCR: "CHÍ THỊ" for "CHỈ THỊ".
  const DocType* chi_thi = TypeNamed(keys, 11, 13);
  ASSERT_NE(chi_thi, nullptr);
  EXPECT_EQ(chi_thi->code, "chi_thi");
  EXPECT_FALSE(TypeNameAt(keys, 0));
  EXPECT_TRUE(MayEndTypeName("định"));
  EXPECT_TRUE(MayEndTypeName("văn"));
  EXPECT_FALSE(MayEndTypeName("của"));
}

}  // namespace
}  // namespace vanban
