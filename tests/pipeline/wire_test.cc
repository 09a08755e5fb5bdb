// Wire: numbers and strings at their edges come back as written; a reader stops at faults.
#include "pipeline/wire.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

namespace vanban {
namespace {

TEST(Wire, NumbersAtTheirEdgesRoundTrip) {
  const uint64_t unsigned_values[] = {0, 1, 127, 128, 16383, 16384, ~uint64_t{0}};
  const int64_t signed_values[] = {0,
                                   1,
                                   -1,
                                   63,
                                   -64,
                                   64,
                                   std::numeric_limits<int64_t>::min(),
                                   std::numeric_limits<int64_t>::max()};
  WireWriter out;
  for (uint64_t v : unsigned_values) out.U64(v);
  for (int64_t v : signed_values) out.I64(v);
  out.Double(-0.1);
  out.Double(std::numeric_limits<double>::quiet_NaN());
  out.Float(99.5f);
  out.Bytes(std::string("a\0b", 3));
  out.Bool(true);
  WireReader in(out.bytes());
  for (uint64_t v : unsigned_values) EXPECT_EQ(in.U64(), v);
  for (int64_t v : signed_values) EXPECT_EQ(in.I64(), v);
  EXPECT_EQ(in.Double(), -0.1);
  EXPECT_TRUE(std::isnan(in.Double()));
  EXPECT_EQ(in.Float(), 99.5f);
  EXPECT_EQ(in.Bytes(), std::string("a\0b", 3));
  EXPECT_TRUE(in.Bool());
  EXPECT_TRUE(in.ok()) << in.status().ToString();
  EXPECT_TRUE(in.AtEnd());
}

TEST(Wire, SmallNumbersTakeOneByte) {
  WireWriter out;
  out.U64(127);
  out.I64(-64);
  EXPECT_EQ(out.bytes().size(), 2u);
}

TEST(Wire, ReaderStopsAtTheFirstFault) {
  struct Case {
    std::string bytes;
    void (*read)(WireReader&);
    std::string message;
  };
  const Case cases[] = {
      {"\x05"
       "abc",
       [](WireReader& in) { in.Bytes(); }, "truncated string at byte 1"},
      {"\x80", [](WireReader& in) { in.U64(); }, "truncated number at byte 1"},
      {"\x02", [](WireReader& in) { in.Bool(); }, "flag neither 0 nor 1"},
      {"\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x01", [](WireReader& in) { in.U64(); },
       "number longer than 64 bits"},
      {"\x80\x80\x80\x80\x10", [](WireReader& in) { in.Int(); }, "number out of range"},
  };
  for (const Case& c : cases) {
    WireReader in(c.bytes);
    c.read(in);
    EXPECT_EQ(in.U64(), 0u) << c.bytes;  // nothing more after a fault
    ASSERT_FALSE(in.ok()) << c.message;
    EXPECT_EQ(in.status().code(), StatusCode::kDataError);
    EXPECT_NE(in.status().message().find(c.message), std::string::npos)
        << c.message << ": " << in.status().message();
  }
}

TEST(Wire, CountLargerThanTheInputFails) {
  WireWriter out;
  out.U64(1'000'000'000);
  WireReader in(out.bytes());
  EXPECT_EQ(in.Count(), 0u);
  EXPECT_FALSE(in.ok());
}

}  // namespace
}  // namespace vanban
