#include "pipeline/normalize/fold.h"

#include <gtest/gtest.h>

namespace vanban {
namespace {

TEST(Fold, KeyFoldsCaseSpacesAndTonePlacement) {
  EXPECT_EQ(FoldKey("UỶ BAN NHÂN DÂN  tỉnh\tHoà Bình "), "ủy ban nhân dân tỉnh hòa bình");
  EXPECT_EQ(FoldKey("Ủy ban nhân dân tỉnh Hòa Bình"), FoldKey("UỶ BAN NHÂN DÂN TỈNH HOÀ BÌNH"));
  EXPECT_EQ(FoldKey("Sở Nội vụ"), "sở nội vụ");
}

TEST(Fold, KeyKeepsDiacriticsAndD) {
  EXPECT_NE(FoldKey("Đà Nẵng"), FoldKey("Da Nang"));
  EXPECT_EQ(FoldKey("ĐÀ NẴNG"), "đà nẵng");
}

TEST(Fold, AsciiDropsDiacriticsAndFoldsD) {
  EXPECT_EQ(FoldAscii("Sở Nội vụ báo cáo"), "so noi vu bao cao");
  EXPECT_EQ(FoldAscii("ĐÀ NẴNG"), "da nang");
  EXPECT_EQ(FoldAscii("412/NQ-HĐND"), "412/nq-hdnd");
  EXPECT_EQ(FoldAscii("Quyết định"), FoldAscii("quyet dinh"));
}

TEST(Fold, EmptyAndAscii) {
  EXPECT_EQ(FoldKey(""), "");
  EXPECT_EQ(FoldAscii("  "), "");
  EXPECT_EQ(FoldAscii("ABC 123"), "abc 123");
}

}  // namespace
}  // namespace vanban
