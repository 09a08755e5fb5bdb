#include "extractors/name_table.h"

#include <gtest/gtest.h>

namespace vanban {
namespace {

TEST(NameTable, PrefixAndFind) {
  const NameTable bodies("agencies.tsv", "name", "body", AsciiFallback::kLongNames);
  const WordWindow win = ReadWords("UBND tỉnh và Bộ Tài chính, Ngân hàng", 0, 10);
  const WindowKeys keys(win, Abbreviations::kExpand);
  auto hit = bodies.Prefix(keys, 3);
  ASSERT_TRUE(hit);
  EXPECT_EQ(*hit->name, "Bộ Tài chính");
  EXPECT_EQ(hit->end, 6u);
  EXPECT_FALSE(bodies.Prefix(keys, 0));  // "Ủy ban nhân dân" is a head, not a body
  EXPECT_EQ(keys.Key(0, 2), "ủy ban nhân dân tỉnh");
  EXPECT_EQ(keys.Ascii(3, 6), "bo tai chinh");
  const NameTable heads("agencies.tsv", "name", "head", AsciiFallback::kLongNames);
  EXPECT_TRUE(heads.Find(keys, 0, 1));
}

TEST(NameTable, AsciiFallbackForLongNames) {
  // OCR lost the marks: "BO TAI NGUYEN VA MOI TRUONG".
  const NameTable bodies("agencies.tsv", "name", "body", AsciiFallback::kLongNames);
  const WordWindow win = ReadWords("Bo Tai nguyen va Moi truong", 0, 10);
  const WindowKeys keys(win, Abbreviations::kKeep);
  auto hit = bodies.Prefix(keys, 0);
  ASSERT_TRUE(hit);
  EXPECT_EQ(*hit->name, "Bộ Tài nguyên và Môi trường");
}

}  // namespace
}  // namespace vanban
