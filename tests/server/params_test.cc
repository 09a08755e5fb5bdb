#include "server/params.h"

#include <gtest/gtest.h>

namespace vanban::server {
namespace {

QueryParams Params(std::multimap<std::string, std::string> values) {
  return QueryParams(std::move(values));
}

TEST(QueryParams, OnlyTheseNamesTheUnknownParameterAndWhatIsTaken) {
  Status s = Params({{"q", "x"}, {"sort", "date"}}).OnlyThese({"q", "limit"});
  EXPECT_EQ(s.code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(s.message(), "unknown parameter 'sort'; this endpoint takes q, limit");
  EXPECT_TRUE(Params({{"q", "x"}}).OnlyThese({"q", "limit"}).ok());
  EXPECT_EQ(Params({{"q", "x"}}).OnlyThese({}).message(),
            "unknown parameter 'q'; this endpoint takes none");
}

TEST(QueryParams, RepeatedParameterIsRefused) {
  Status s = Params({{"q", "a"}, {"q", "b"}}).OnlyThese({"q"});
  EXPECT_EQ(s.code(), StatusCode::kInvalidArgument);
  EXPECT_NE(s.message().find("'q' is given more than once"), std::string::npos) << s.message();
}

TEST(QueryParams, TextIsTrimmedAndBounded) {
  EXPECT_EQ(*Params({{"q", "  Sở Nội vụ "}}).Text("q", 50), "Sở Nội vụ");
  EXPECT_EQ(*Params({}).Text("q", 50), "");
  EXPECT_EQ(Params({{"q", std::string(51, 'a')}}).Text("q", 50).status().message(),
            "parameter 'q' is longer than 50 bytes");
  // "Sở" is 3 characters but 4 bytes: the bound is in bytes.
  EXPECT_FALSE(Params({{"q", "Sở"}}).Text("q", 3).ok());
}

TEST(QueryParams, TextMustBeUtf8WithoutControlCharacters) {
  EXPECT_NE(Params({{"q", "ab\xC3"}}).Text("q", 50).status().message().find("not UTF-8"),
            std::string::npos);
  EXPECT_NE(Params({{"q", std::string("a\0b", 3)}})
                .Text("q", 50)
                .status()
                .message()
                .find("control character"),
            std::string::npos);
  EXPECT_TRUE(Params({{"q", "a\tb"}}).Text("q", 50).ok());
}

TEST(QueryParams, IntInRange) {
  EXPECT_EQ(*Params({}).Int("limit", 50, 1, 200), 50);
  EXPECT_EQ(*Params({{"limit", "200"}}).Int("limit", 50, 1, 200), 200);
  EXPECT_EQ(*Params({{"limit", "1"}}).Int("limit", 50, 1, 200), 1);
  for (const char* bad : {"0", "201", "", "1e2", "+5", " 5", "5 ", "0x10", "99999999999999"}) {
    StatusOr<int> n = Params({{"limit", bad}}).Int("limit", 50, 1, 200);
    ASSERT_FALSE(n.ok()) << bad;
    EXPECT_EQ(n.status().message(), "parameter 'limit' must be a whole number from 1 to 200");
  }
}

TEST(QueryParams, DateIsADayOfTheCalendar) {
  EXPECT_EQ(*Params({{"d", "2024-02-29"}}).Date("d"), "2024-02-29");
  EXPECT_EQ(*Params({}).Date("d"), "");
  for (const char* bad : {"2023-02-29", "2025-13-01", "2025-00-10", "2025-1-05", "20/11/2025",
                          "2025-11-20T00:00", "+025-11-20", "2025-11-3a"}) {
    StatusOr<std::string> d = Params({{"d", bad}}).Date("d");
    ASSERT_FALSE(d.ok()) << bad;
    EXPECT_NE(d.status().message().find("'d' must be a date YYYY-MM-DD"), std::string::npos)
        << d.status().message();
  }
}

TEST(QueryParams, OneOfTheAllowedWords) {
  EXPECT_EQ(*Params({{"role", "lead"}}).OneOf("role", {"lead", "support"}), "lead");
  EXPECT_EQ(*Params({}).OneOf("role", {"lead", "support"}), "");
  EXPECT_EQ(Params({{"role", "Lead"}}).OneOf("role", {"lead", "support"}).status().message(),
            "parameter 'role' must be one of lead, support");
}

TEST(IsIsoDate, LeapYearsFollowTheGregorianRule) {
  EXPECT_TRUE(IsIsoDate("2000-02-29"));
  EXPECT_FALSE(IsIsoDate("1900-02-29"));
  EXPECT_TRUE(IsIsoDate("2025-12-31"));
  EXPECT_FALSE(IsIsoDate("2025-04-31"));
}

}  // namespace
}  // namespace vanban::server
