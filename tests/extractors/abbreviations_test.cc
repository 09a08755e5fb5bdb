#include "extractors/abbreviations.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace vanban {
namespace {

TEST(Abbreviations, HoldsTheListedExpansions) {
  const std::vector<ListedAbbreviation>& list = ListedAbbreviations();
  auto expansion_of = [&](std::string_view printed) -> std::string {
    for (const ListedAbbreviation& a : list) {
      if (a.printed == printed) return a.expansion;
    }
    return "";
  };
  EXPECT_EQ(expansion_of("UBND"), "Ủy ban nhân dân");
  EXPECT_EQ(expansion_of("HĐND"), "Hội đồng nhân dân");
  EXPECT_EQ(expansion_of("Sở"), "");  // not an abbreviation
}

TEST(Abbreviations, LongestFirst) {
  const std::vector<ListedAbbreviation>& list = ListedAbbreviations();
  ASSERT_FALSE(list.empty());
  EXPECT_TRUE(std::is_sorted(list.begin(), list.end(),
                             [](const ListedAbbreviation& x, const ListedAbbreviation& y) {
                               return x.printed.size() > y.printed.size();
                             }));
}

TEST(Abbreviations, LoadedOnce) { EXPECT_EQ(&ListedAbbreviations(), &ListedAbbreviations()); }

}  // namespace
}  // namespace vanban
