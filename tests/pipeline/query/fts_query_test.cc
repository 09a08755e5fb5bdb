#include "pipeline/query/fts_query.h"

#include <gtest/gtest.h>

namespace vanban {
namespace {

TEST(FtsQuery, FoldedWordsAreSinglePhrases) {
  StatusOr<FtsQuery> q = BuildFtsQuery("so noi vu");
  ASSERT_TRUE(q.ok()) << q.status().ToString();
  EXPECT_EQ(q->match, "(\"so\") AND (\"noi\") AND (\"vu\")");
  EXPECT_EQ(q->exact, "000");
  EXPECT_EQ(q->match_exact, q->match);
}

TEST(FtsQuery, DiacriticWordsMatchFoldedOrExact) {
  StatusOr<FtsQuery> q = BuildFtsQuery("Sở báo");
  ASSERT_TRUE(q.ok()) << q.status().ToString();
  EXPECT_EQ(q->match, "((\"so\" OR \"sở\")) AND ((\"bao\" OR \"báo\"))");
  EXPECT_EQ(q->exact, "0101");
  EXPECT_EQ(q->match_exact, "(\"sở\") AND (\"báo\")");
  EXPECT_EQ(q->words, (std::set<std::string>{"so", "bao"}));
}

TEST(FtsQuery, PhrasesOrAndExclusion) {
  StatusOr<FtsQuery> q = BuildFtsQuery("\"Nội vụ\" OR tài -tuần");
  ASSERT_TRUE(q.ok()) << q.status().ToString();
  EXPECT_EQ(q->match, "(((\"noi vu\" OR \"nội vụ\") OR (\"tai\" OR \"tài\"))) NOT \"tuan\"");
  EXPECT_EQ(q->exact, "01010");
}

TEST(FtsQuery, NumbersBecomePhrases) {
  StatusOr<FtsQuery> q = BuildFtsQuery("412/NQ-HĐND");
  ASSERT_TRUE(q.ok()) << q.status().ToString();
  EXPECT_EQ(q->match, "((\"412 nq hdnd\" OR \"412 nq hđnd\"))");
}

TEST(FtsQuery, PrefixWord) {
  StatusOr<FtsQuery> q = BuildFtsQuery("kiem*");
  ASSERT_TRUE(q.ok()) << q.status().ToString();
  EXPECT_EQ(q->match, "(\"kiem\" *)");
}

TEST(FtsQuery, FtsSyntaxInUserTextIsQuoted) {
  // Column filters, NEAR and parentheses are words to search for, never FTS5 syntax.
  StatusOr<FtsQuery> q = BuildFtsQuery("NEAR(a b) ^x");
  ASSERT_TRUE(q.ok()) << q.status().ToString();
  EXPECT_EQ(q->match, "(\"near a\") AND (\"b\") AND (\"x\")");
}

TEST(FtsQuery, MalformedQueriesAreInvalidArguments) {
  const char* malformed[] = {
      "",        "   ",     "\"báo cáo",     "báo \" cáo", "OR",
      "báo OR",  "OR cáo",  "báo OR OR cáo", "AND",        "NOT",
      "báo NOT", "-",       "báo -",         "*",          "…",
      "-báo",    "NOT báo", "báo OR -cáo",
  };
  for (const char* text : malformed) {
    StatusOr<FtsQuery> q = BuildFtsQuery(text);
    ASSERT_FALSE(q.ok()) << "accepted: [" << text << "] as " << q->match;
    EXPECT_EQ(q.status().code(), StatusCode::kInvalidArgument) << text;
    EXPECT_FALSE(q.status().message().empty()) << text;
  }
}

TEST(FtsQuery, OverlongQueriesAreRefused) {
  std::string many;
  for (int i = 0; i <= kMaxQueryTerms; ++i) many += "a" + std::to_string(i) + " ";
  EXPECT_EQ(BuildFtsQuery(many).status().code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(BuildFtsQuery(std::string(kMaxQueryBytes + 1, 'a')).status().code(),
            StatusCode::kInvalidArgument);
}

}  // namespace
}  // namespace vanban
