#include "pipeline/offset_map.h"

#include <gtest/gtest.h>

namespace vanban {
namespace {

TEST(OffsetMap, IdentityMapsEveryRangeToItself) {
  OffsetMap map = OffsetMap::Identity(10);
  EXPECT_EQ(map.ToSource({2, 7}), (Span{2, 7}));
  EXPECT_EQ(map.ToSource({0, 10}), (Span{0, 10}));
  EXPECT_EQ(map.ToSource({4, 4}), (Span{4, 4}));
}

TEST(OffsetMap, DeletionShiftsLaterCopies) {
  // raw "a\xC2\xADb" (soft hyphen between a and b) -> derived "ab"
  OffsetMap map;
  map.Copy(0, 1);
  map.Replace(1, 2, 0);
  map.Copy(3, 1);
  EXPECT_EQ(map.derived_size(), 2u);
  EXPECT_EQ(map.ToSource({1, 2}), (Span{3, 4}));
  EXPECT_EQ(map.ToSource({0, 2}), (Span{0, 4}));
}

TEST(OffsetMap, RangeTouchingAReplacementCoversAllOfIt) {
  // raw "o\xCC\x80a" (o + combining grave, 3 bytes) -> derived "\xC3\xB2" (ò, 2 bytes) + "a"
  OffsetMap map;
  map.Replace(0, 3, 2);
  map.Copy(3, 1);
  EXPECT_EQ(map.ToSource({0, 2}), (Span{0, 3}));
  EXPECT_EQ(map.ToSource({1, 2}), (Span{0, 3}));
  EXPECT_EQ(map.ToSource({2, 3}), (Span{3, 4}));
}

TEST(OffsetMap, ComposeFollowsBothMaps) {
  // raw "x\r\ny" -> mid "x\ny" -> derived "x y"
  OffsetMap inner;
  inner.Copy(0, 1);
  inner.Replace(1, 2, 1);
  inner.Copy(3, 1);
  OffsetMap outer;
  outer.Copy(0, 1);
  outer.Replace(1, 1, 1);
  outer.Copy(2, 1);
  OffsetMap both = OffsetMap::Compose(inner, outer);
  EXPECT_EQ(both.derived_size(), 3u);
  EXPECT_EQ(both.ToSource({2, 3}), (Span{3, 4}));
  EXPECT_EQ(both.ToSource({1, 2}), (Span{1, 3}));
  EXPECT_EQ(both.ToSource({0, 3}), (Span{0, 4}));
}

TEST(OffsetMap, RangesPastTheEndAreClamped) {
  OffsetMap map = OffsetMap::Identity(5);
  EXPECT_EQ(map.ToSource({3, 99}), (Span{3, 5}));
}

}  // namespace
}  // namespace vanban
