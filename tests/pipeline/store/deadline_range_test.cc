#include "pipeline/store/deadline_range.h"

#include <gtest/gtest.h>

namespace vanban {
namespace {

struct Case {
  const char* value;
  const char* first;  // nullptr: no range
  const char* last;
};

TEST(DeadlineRange, EachFormIsItsDays) {
  const Case cases[] = {
      {"2024-12-15", "2024-12-15", "2024-12-15"},
      {"2024-12", "2024-12-01", "2024-12-31"},
      {"2024-02", "2024-02-01", "2024-02-29"},  // leap year
      {"2023-02", "2023-02-01", "2023-02-28"},
      {"2024-Q1", "2024-01-01", "2024-03-31"},
      {"2024-Q3", "2024-07-01", "2024-09-30"},
      {"2024-Q4", "2024-10-01", "2024-12-31"},
      {"2024-H1", "2024-01-01", "2024-06-30"},
      {"2024-H2", "2024-07-01", "2024-12-31"},
      {"2024", "2024-01-01", "2024-12-31"},
      {"+P15D", nullptr, nullptr},
      {"+P3M", nullptr, nullptr},
      {"R/P1M", nullptr, nullptr},
      {"R/P1Y", nullptr, nullptr},
      {"2023-02-29", nullptr, nullptr},
      {"2024-13", nullptr, nullptr},
      {"2024-Q5", nullptr, nullptr},
      {"", nullptr, nullptr},
  };
  for (const Case& c : cases) {
    std::optional<DayRange> range = DeadlineRange(c.value);
    if (!c.first) {
      EXPECT_FALSE(range.has_value()) << c.value;
      continue;
    }
    ASSERT_TRUE(range.has_value()) << c.value;
    EXPECT_EQ(range->first, c.first) << c.value;
    EXPECT_EQ(range->last, c.last) << c.value;
  }
}

TEST(DeadlineRange, QuarterLiesBeforeTheYearsLastDay) {
  // The comparison search makes: a quarter ends before 2024-12-31.
  EXPECT_LT(DeadlineRange("2024-Q3")->last, std::string("2024-12-31"));
  EXPECT_GT(DeadlineRange("2024-Q4")->last, std::string("2024-12-30"));
}

TEST(IsIsoDay, RealDaysOnly) {
  EXPECT_TRUE(IsIsoDay("2024-02-29"));
  EXPECT_FALSE(IsIsoDay("2023-02-29"));
  EXPECT_FALSE(IsIsoDay("31/12/2024"));
  EXPECT_FALSE(IsIsoDay("2024-1-01"));
  EXPECT_FALSE(IsIsoDay("2024-12-32"));
}

}  // namespace
}  // namespace vanban
