#include "pipeline/query/document_query.h"

#include <gtest/gtest.h>

#include "tests/pipeline/query/query_corpus.h"

namespace vanban {
namespace {

using ::vanban::testing::QueryCorpus;

// A filter with these fields set ("" leaves one open).
DocumentFilter Filter(std::string text, std::string type = "", std::string issuer = "",
                      std::string issued_from = "", std::string issued_to = "") {
  DocumentFilter f;
  f.text = std::move(text);
  f.type = std::move(type);
  f.issuer = std::move(issuer);
  f.issued_from = std::move(issued_from);
  f.issued_to = std::move(issued_to);
  return f;
}

class DocumentQuery : public QueryCorpus {
 protected:
  static std::vector<DocumentHit> Search(const DocumentFilter& f) {
    StatusOr<std::vector<DocumentHit>> hits = SearchDocuments(*store_, f);
    EXPECT_TRUE(hits.ok()) << hits.status().ToString();
    return hits.ok() ? *hits : std::vector<DocumentHit>{};
  }
};

TEST_F(DocumentQuery, FoldedPlaceNameFindsThePlan) {
  std::vector<DocumentHit> hits = Search(Filter("dak lak thi dua"));
  ASSERT_FALSE(hits.empty());
  EXPECT_EQ(hits[0].number, "0124/KH-UBND");
  EXPECT_NE(hits[0].snippet.find("«"), std::string::npos) << hits[0].snippet;
}

TEST_F(DocumentQuery, NumbersInTheTextAreFound) {
  // 224/CĐ-TTg and cv-2025-7f6efa cite 627/TB-VPCP and 220/CĐ-TTg in their text.
  std::vector<DocumentHit> hits = Search(Filter("220/CD-TTg"));
  bool letter = false;
  for (const DocumentHit& h : hits) letter |= h.type == "cong_van";
  EXPECT_TRUE(letter);
}

TEST_F(DocumentQuery, Filters) {
  std::vector<DocumentHit> dispatches = Search(Filter("", "cong_dien"));
  ASSERT_EQ(dispatches.size(), 2u);
  for (const DocumentHit& h : dispatches) EXPECT_EQ(h.issuer, "Thủ tướng Chính phủ");
  EXPECT_EQ(dispatches[0].issued, "2025-11-20");  // newest first without text
  std::vector<DocumentHit> issued = Search(Filter("", "", "", "2025-11-19", "2025-11-30"));
  ASSERT_EQ(issued.size(), 1u);
  EXPECT_EQ(issued[0].number, "224/CĐ-TTg");
  EXPECT_EQ(Search(Filter("thi dua", "", "UBND tỉnh Đắk Lắk")).size(), 1u);
}

TEST_F(DocumentQuery, MalformedQueryIsInvalidArgument) {
  EXPECT_EQ(SearchDocuments(*store_, Filter("\"open")).status().code(),
            StatusCode::kInvalidArgument);
  EXPECT_EQ(SearchDocuments(*store_, Filter("", "", "", "2025")).status().code(),
            StatusCode::kInvalidArgument);
}

}  // namespace
}  // namespace vanban
