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

TEST(Fold, KeyUsesFullLowerCase) {
  // Capital I with dot above lowers to "i" and a combining dot; a Greek capital sigma ending
  // a word lowers to the final form.
  EXPECT_EQ(FoldKey("\u0130STANBUL"), "i\u0307stanbul");
  EXPECT_EQ(FoldKey("\u039F\u0394\u039F\u03A3"), "\u03BF\u03B4\u03BF\u03C2");
}

TEST(Fold, KeyComposesAndSplitsOnAnySpace) {
  // "Hoà" typed with a combining grave, an ideographic space and a no-break space.
  EXPECT_EQ(FoldKey("Ho\u0061\u0300\u3000B\u00ECnh\u00A0\u00A0x"), "h\u00F2a b\u00ECnh x");
  EXPECT_EQ(FoldKey("\u00A0T\u1EC8NH\u2003"), "t\u1EC9nh");
}

TEST(Fold, EmptyAndAscii) {
  EXPECT_EQ(FoldKey(""), "");
  EXPECT_EQ(FoldAscii("  "), "");
  EXPECT_EQ(FoldAscii("ABC 123"), "abc 123");
}

}  // namespace
}  // namespace vanban
