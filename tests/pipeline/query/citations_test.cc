#include "pipeline/query/citations.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "tests/pipeline/query/query_corpus.h"

namespace vanban {
namespace {

using ::vanban::testing::QueryCorpus;

class Citations : public QueryCorpus {
 protected:
  static std::vector<Citation> Must(StatusOr<std::vector<Citation>> c) {
    EXPECT_TRUE(c.ok()) << c.status().ToString();
    return c.ok() ? *c : std::vector<Citation>{};
  }
  static const Citation* WithNumber(const std::vector<Citation>& cs, const std::string& number) {
    auto it =
        std::find_if(cs.begin(), cs.end(), [&](const Citation& c) { return c.number == number; });
    return it == cs.end() ? nullptr : &*it;
  }
};

TEST_F(Citations, WhatADocumentCitesResolvesToStoredDocuments) {
  const std::string dispatch = IdOf("224/CĐ-TTg");
  const std::string notice = IdOf("627/TB-VPCP");
  std::vector<Citation> cites = Must(CitationsFrom(*store_, dispatch));
  const Citation* c = WithNumber(cites, "627/TB-VPCP");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->from_doc_id, dispatch);
  EXPECT_EQ(c->to_doc_id, notice);
  EXPECT_EQ(c->to_number, "627/TB-VPCP");
  EXPECT_EQ(c->date, "2025-11-18");
  // 158/CĐ-TTg is cited but not stored.
  const Citation* missing = WithNumber(cites, "158/CĐ-TTg");
  ASSERT_NE(missing, nullptr);
  EXPECT_TRUE(missing->to_doc_id.empty());
}

TEST_F(Citations, WhoCitesADocument) {
  std::vector<Citation> cited_by = Must(CitationsTo(*store_, IdOf("220/CĐ-TTg")));
  // The ministry letter cv-2025-7f6efa cites the dispatch.
  ASSERT_EQ(cited_by.size(), 1u);
  EXPECT_EQ(cited_by[0].from_doc_id, IdOfFile("cv-2025-7f6efa.txt"));
  EXPECT_EQ(cited_by[0].number, "220/CĐ-TTg");
  EXPECT_EQ(cited_by[0].to_doc_id, IdOf("220/CĐ-TTg"));
  EXPECT_TRUE(Must(CitationsTo(*store_, IdOf("0124/KH-UBND"))).empty());
}

TEST_F(Citations, WhoCitesANumberStoredOrNot) {
  // Both the dispatch and the notice cite 158/CĐ-TTg, which is not stored; "D" for "Đ".
  std::vector<Citation> citing = Must(CitingNumber(*store_, "158/CD-TTg"));
  std::vector<std::string> from;
  for (const Citation& c : citing) {
    from.push_back(c.from_number);
    EXPECT_TRUE(c.to_doc_id.empty());
  }
  EXPECT_NE(std::find(from.begin(), from.end(), "224/CĐ-TTg"), from.end());
  EXPECT_NE(std::find(from.begin(), from.end(), "627/TB-VPCP"), from.end());
  EXPECT_TRUE(Must(CitingNumber(*store_, "9999/XX-YY")).empty());
}

TEST_F(Citations, UnknownDocumentAndEmptyNumber) {
  EXPECT_EQ(CitationsFrom(*store_, std::string(64, 'a')).status().code(), StatusCode::kNotFound);
  EXPECT_EQ(CitationsTo(*store_, std::string(64, 'a')).status().code(), StatusCode::kNotFound);
  EXPECT_EQ(CitingNumber(*store_, "  ").status().code(), StatusCode::kInvalidArgument);
}

}  // namespace
}  // namespace vanban
