#include "pipeline/offset_map.h"

#include <gtest/gtest.h>

#include <random>

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

// Regression: an insertion inside a range the inner map replaced used to come out as a
// piece with an empty raw range after a piece covering the replaced range, so a span
// holding both mapped to nothing.
TEST(OffsetMap, ComposeKeepsRawRangesInOrder) {
  // raw "o\xCC\x80" -> mid "\xC3\xB2" (ò) -> derived "\xC3!\xB2" (an insertion between)
  OffsetMap inner;
  inner.Replace(0, 3, 2);
  OffsetMap outer;
  outer.Copy(0, 1);
  outer.Replace(1, 0, 1);
  outer.Copy(1, 1);
  OffsetMap both = OffsetMap::Compose(inner, outer);
  EXPECT_EQ(both.derived_size(), 3u);
  EXPECT_EQ(both.ToSource({0, 2}), (Span{0, 3}));
  EXPECT_EQ(both.ToSource({1, 2}), (Span{0, 3}));
  EXPECT_EQ(both.ToSource({0, 3}), (Span{0, 3}));
}

// Regression: raw bytes the inner map deleted at the very end were lost by Compose.
TEST(OffsetMap, ComposeKeepsTheRawEnd) {
  // raw "ab\xE2\x80\x8B" (a zero-width space at the end) -> mid "ab" -> derived "ab"
  OffsetMap inner;
  inner.Copy(0, 2);
  inner.Replace(2, 3, 0);
  OffsetMap both = OffsetMap::Compose(inner, OffsetMap::Identity(2));
  EXPECT_EQ(both.ToSource({2, 2}), (Span{5, 5}));
  EXPECT_EQ(both.ToSource({0, 2}), (Span{0, 2}));
}

// A random map over a text of `size` bytes: copies, replacements, deletions, insertions.
OffsetMap RandomMap(std::mt19937& rng, size_t size) {
  OffsetMap map;
  size_t pos = 0;
  while (pos < size) {
    const size_t len = std::min<size_t>(1 + rng() % 3, size - pos);
    switch (rng() % 4) {
      case 0:
      case 1:
        map.Copy(pos, len);
        break;
      case 2:
        map.Replace(pos, len, rng() % 3);
        break;
      default:
        map.Replace(pos, 0, 1 + rng() % 2);
        continue;
    }
    pos += len;
  }
  return map;
}

TEST(OffsetMap, ComposeCoversTheNestedMappingInOrder) {
  std::mt19937 rng(7);
  for (int round = 0; round < 3000; ++round) {
    const OffsetMap inner = RandomMap(rng, rng() % 12);
    const OffsetMap outer = RandomMap(rng, inner.derived_size());
    const OffsetMap both = OffsetMap::Compose(inner, outer);
    ASSERT_EQ(both.derived_size(), outer.derived_size());
    for (size_t b = 0; b < both.derived_size(); ++b) {
      for (size_t e = b + 1; e <= both.derived_size(); ++e) {
        const Span got = both.ToSource({b, e});
        const Span nested = inner.ToSource(outer.ToSource({b, e}));
        ASSERT_TRUE(got.begin <= nested.begin && nested.end <= got.end)
            << "round " << round << " span [" << b << ", " << e << ")";
        // Monotonic: a longer span never maps to less.
        ASSERT_LE(both.ToSource({b, e - 1}).end, got.end);
        if (b > 0) {
          ASSERT_LE(both.ToSource({b - 1, e}).begin, got.begin);
        }
      }
    }
  }
}

TEST(OffsetMap, RangesPastTheEndAreClamped) {
  OffsetMap map = OffsetMap::Identity(5);
  EXPECT_EQ(map.ToSource({3, 99}), (Span{3, 5}));
}

}  // namespace
}  // namespace vanban
