#include "pipeline/query/obligation_query.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>

#include "pipeline/normalize/fold.h"
#include "pipeline/store/deadline_range.h"
#include "pipeline/store/search_tokens.h"
#include "tests/pipeline/query/query_corpus.h"

namespace vanban {
namespace {

using ::vanban::testing::QueryCorpus;

class ObligationQuery : public QueryCorpus {
 protected:
  static std::vector<ObligationHit> Search(ObligationFilter f) {
    if (f.limit == 50) f.limit = 1000;
    StatusOr<std::vector<ObligationHit>> hits = SearchObligations(*store_, f);
    EXPECT_TRUE(hits.ok()) << hits.status().ToString();
    return hits.ok() ? *hits : std::vector<ObligationHit>{};
  }
  static std::vector<ObligationHit> Search(const std::string& text) {
    ObligationFilter f;
    f.text = text;
    return Search(f);
  }
  static std::set<int64_t> Ids(const std::vector<ObligationHit>& hits) {
    std::set<int64_t> ids;
    for (const ObligationHit& h : hits) ids.insert(h.obligation_id);
    return ids;
  }
  static bool HasAgency(const ObligationHit& h, const std::string& name) {
    for (const ObligationHit::Agency& a : h.agencies) {
      if (FoldKey(a.name) == FoldKey(name)) return true;
    }
    return false;
  }
  // The exact forms of the words of an obligation's action and agency names.
  static std::set<std::string> ExactWords(const ObligationHit& h) {
    SearchTokenizer tokenizer;
    std::string text = h.action;
    for (const ObligationHit::Agency& a : h.agencies) text += " " + a.name + " " + a.key;
    std::set<std::string> words;
    for (const SearchToken& t : tokenizer.Tokens(text)) words.insert(t.exact);
    return words;
  }
  static StatusCode CodeOf(const ObligationFilter& f) {
    return SearchObligations(*store_, f).status().code();
  }
};

TEST_F(ObligationQuery, DiacriticFreeQueryFindsSoNoiVuBaoCao) {
  std::vector<ObligationHit> hits = Search("so noi vu bao cao");
  const auto it = std::find_if(hits.begin(), hits.end(), [](const ObligationHit& h) {
    return h.doc_number == "0124/KH-UBND" && HasAgency(h, "Sở Nội vụ") &&
           h.action.find("báo cáo") != std::string::npos;
  });
  ASSERT_NE(it, hits.end()) << hits.size() << " hits";
  // The snippet marks the matched words as printed.
  EXPECT_NE(it->snippet.find("«báo»"), std::string::npos) << it->snippet;
  EXPECT_EQ(Ids(Search("Sở Nội vụ báo cáo")), Ids(hits));
}

TEST_F(ObligationQuery, DStrokeAndDAreOneLetter) {
  std::vector<ObligationHit> folded = Search("dai truyen hinh viet nam");
  std::vector<ObligationHit> exact = Search("Đài truyền hình Việt Nam");
  ASSERT_FALSE(exact.empty());
  EXPECT_EQ(Ids(folded), Ids(exact));
  for (const ObligationHit& h : exact) EXPECT_EQ(h.doc_number, "224/CĐ-TTg") << h.action;
}

TEST_F(ObligationQuery, ToneMarkPlacementDoesNotMatter) {
  // "Sở Văn hóa, Thể thao và Du lịch" of the Đắk Lắk plan, typed the new way.
  std::vector<ObligationHit> classic = Search("văn hóa thể thao");
  std::vector<ObligationHit> modern = Search("văn hoá thể thao");
  ASSERT_FALSE(classic.empty());
  EXPECT_EQ(Ids(classic), Ids(modern));
  // Both spellings are the exact spelling: the same order.
  ASSERT_EQ(classic.size(), modern.size());
  for (size_t i = 0; i < classic.size(); ++i) {
    EXPECT_EQ(classic[i].obligation_id, modern[i].obligation_id);
  }
}

TEST_F(ObligationQuery, FoldedQueriesFindEverythingExactOnesFind) {
  const char* queries[] = {"báo cáo",         "Bộ Xây dựng",         "Bộ Tài chính",
                           "Sở Nội vụ",       "hướng dẫn",           "chủ trì phối hợp",
                           "Ủy ban nhân dân", "thành phố",           "đôn đốc",
                           "triển khai",      "Văn phòng Chính phủ", "\"kiểm tra\" OR giám sát"};
  for (const char* q : queries) {
    std::vector<ObligationHit> exact = Search(q);
    std::string folded_query = FoldAscii(q);  // lower case: "or" would be a word
    if (const size_t at = folded_query.find(" or "); at != std::string::npos) {
      folded_query.replace(at, 4, " OR ");
    }
    std::set<int64_t> folded = Ids(Search(folded_query));
    EXPECT_FALSE(exact.empty()) << q;
    for (const ObligationHit& h : exact) {
      EXPECT_TRUE(folded.count(h.obligation_id)) << q << ": " << h.action;
    }
  }
}

TEST_F(ObligationQuery, ExactSpellingRanksAboveFoldedMatches) {
  // "báo" folds to "bao", which "bảo đảm" and "bao gồm" also fold to.
  std::vector<ObligationHit> hits = Search("báo");
  bool seen_folded_only = false;
  int exact_count = 0;
  for (const ObligationHit& h : hits) {
    const bool exact = ExactWords(h).count("báo") > 0;
    exact_count += exact;
    if (!exact) seen_folded_only = true;
    EXPECT_FALSE(exact && seen_folded_only) << "exact match after a folded one: " << h.action;
  }
  EXPECT_GT(exact_count, 0);
  EXPECT_TRUE(seen_folded_only) << "the corpus should also hold 'bảo' or 'bao'";
}

TEST_F(ObligationQuery, AgencyFilterReadsAnySpelling) {
  ObligationFilter f;
  f.agency = "Bộ Xây dựng";
  std::vector<ObligationHit> hits = Search(f);
  ASSERT_FALSE(hits.empty());
  for (const ObligationHit& h : hits) EXPECT_TRUE(HasAgency(h, "Bộ Xây dựng")) << h.action;
  f.agency = "bo xay dung";
  EXPECT_EQ(Ids(Search(f)), Ids(hits));
  f.agency = "BỘ XÂY DỰNG";
  EXPECT_EQ(Ids(Search(f)), Ids(hits));
}

TEST_F(ObligationQuery, AgencyFilterExpandsAbbreviations) {
  // tb-627 asks "Ủy ban nhân dân tỉnh Tuyên Quang" (and others) to act.
  ObligationFilter f;
  f.agency = "UBND tỉnh Tuyên Quang";
  std::vector<ObligationHit> hits = Search(f);
  ASSERT_FALSE(hits.empty());
  for (const ObligationHit& h : hits) {
    EXPECT_TRUE(HasAgency(h, "Ủy ban nhân dân tỉnh Tuyên Quang")) << h.action;
  }
}

TEST_F(ObligationQuery, RoleFilterKeepsTheAgencysRole) {
  ObligationFilter f;
  f.agency = "Bộ Xây dựng";
  f.role = "support";
  std::vector<ObligationHit> support = Search(f);
  f.role = "lead";
  std::vector<ObligationHit> lead = Search(f);
  ASSERT_FALSE(support.empty());
  ASSERT_FALSE(lead.empty());
  for (const auto& [hits, role] : {std::pair{&support, "support"}, std::pair{&lead, "lead"}}) {
    for (const ObligationHit& h : *hits) {
      bool found = false;
      for (const ObligationHit::Agency& a : h.agencies) {
        found |= FoldKey(a.name) == FoldKey("Bộ Xây dựng") && a.role == role;
      }
      EXPECT_TRUE(found) << role << ": " << h.action;
    }
  }
}

TEST_F(ObligationQuery, TypeIssuerAndIssueDateFilters) {
  ObligationFilter f;
  f.type = "cong_dien";
  std::vector<ObligationHit> dispatches = Search(f);
  ASSERT_FALSE(dispatches.empty());
  for (const ObligationHit& h : dispatches) EXPECT_EQ(h.doc_type, "cong_dien");

  f = {};
  f.issuer = "thu tuong chinh phu";
  std::vector<ObligationHit> by_issuer = Search(f);
  EXPECT_EQ(Ids(by_issuer), Ids(dispatches));  // both dispatches are the Prime Minister's

  f = {};
  f.issued_from = "2025-11-19";
  f.issued_to = "2025-11-30";
  std::vector<ObligationHit> late = Search(f);
  ASSERT_FALSE(late.empty());
  for (const ObligationHit& h : late) EXPECT_EQ(h.doc_number, "224/CĐ-TTg");
}

TEST_F(ObligationQuery, DeadlinesCompareAsDateRanges) {
  ObligationFilter f;
  f.due_before = "2025-12-10";
  std::vector<ObligationHit> before = Search(f);
  ASSERT_FALSE(before.empty());
  bool month_seen = false;
  for (const ObligationHit& h : before) {
    std::optional<DayRange> r = DeadlineRange(h.deadline_value);
    ASSERT_TRUE(r.has_value()) << h.deadline_value;
    EXPECT_LE(r->last, "2025-12-10") << h.deadline_value;
    month_seen |= h.deadline_value == "2025-11";  // 220/CĐ-TTg: "trong tháng 11"
  }
  EXPECT_TRUE(month_seen);

  f = {};
  f.due_after = "2026-01-01";
  std::vector<ObligationHit> after = Search(f);
  ASSERT_FALSE(after.empty());
  for (const ObligationHit& h : after) {
    EXPECT_GE(DeadlineRange(h.deadline_value)->first, "2026-01-01") << h.deadline_value;
  }
}

TEST_F(ObligationQuery, QuarterEndsOnItsLastDay) {
  // qd-173-2015-btp: "Thời gian hoàn thành: Quý IV/2015".
  ObligationFilter f;
  f.due_before = "2015-12-31";
  f.due_after = "2015-10-01";
  std::vector<ObligationHit> hits = Search(f);
  const bool quarter = std::any_of(hits.begin(), hits.end(), [](const ObligationHit& h) {
    return h.deadline_value == "2015-Q4";
  });
  EXPECT_TRUE(quarter);
  f.due_before = "2015-12-30";
  for (const ObligationHit& h : Search(f)) EXPECT_NE(h.deadline_value, "2015-Q4");
  f = {};
  f.overdue_on = "2016-01-01";
  hits = Search(f);
  EXPECT_TRUE(std::any_of(hits.begin(), hits.end(),
                          [](const ObligationHit& h) { return h.deadline_value == "2015-Q4"; }));
  f.overdue_on = "2015-12-31";
  for (const ObligationHit& h : Search(f)) EXPECT_NE(h.deadline_value, "2015-Q4");
}

TEST_F(ObligationQuery, OverdueMeansTheWholeDeadlineHasPassed) {
  ObligationFilter f;
  f.overdue_on = "2025-12-01";
  std::vector<ObligationHit> overdue = Search(f);
  ASSERT_FALSE(overdue.empty());
  for (const ObligationHit& h : overdue) {
    EXPECT_LT(DeadlineRange(h.deadline_value)->last, "2025-12-01") << h.deadline_value;
    EXPECT_NE(h.deadline_value, "2025");  // the year 2025 is not over on 1 December
  }
}

TEST_F(ObligationQuery, RecurrencesHaveNoDaysToCompare) {
  ObligationFilter f;
  f.due_before = "2100-01-01";
  for (const ObligationHit& h : Search(f)) {
    EXPECT_TRUE(DeadlineRange(h.deadline_value).has_value()) << h.deadline_value;
  }
}

TEST_F(ObligationQuery, TextAndFiltersTogether) {
  ObligationFilter f;
  f.text = "bao cao";
  f.type = "cong_dien";
  f.agency = "Bộ Xây dựng";
  std::vector<ObligationHit> hits = Search(f);
  for (const ObligationHit& h : hits) {
    EXPECT_EQ(h.doc_type, "cong_dien");
    EXPECT_TRUE(HasAgency(h, "Bộ Xây dựng"));
  }
}

// With text, the document filters keep exactly the matches whose document passes them (the
// corpus has fewer than 1000 obligations, so every match is ranked with or without them).
TEST_F(ObligationQuery, DocumentFiltersWithTextKeepTheMatchesOfThoseDocuments) {
  const std::vector<ObligationHit> all = Search("bao cao");
  ObligationFilter f;
  f.text = "bao cao";
  f.type = "cong_dien";
  f.issued_from = "2025-01-01";
  std::set<int64_t> expected;
  for (const ObligationHit& h : all) {
    if (h.doc_type == "cong_dien" && h.doc_issued >= "2025-01-01") expected.insert(h.obligation_id);
  }
  ASSERT_FALSE(expected.empty());
  ASSERT_LT(expected.size(), all.size());
  EXPECT_EQ(Ids(Search(f)), expected);

  f = {};
  f.text = "bao cao";
  f.issuer = "thu tuong chinh phu";
  f.issued_to = "2025-11-18";
  std::vector<ObligationHit> hits = Search(f);
  ASSERT_FALSE(hits.empty());
  for (const ObligationHit& h : hits) {
    EXPECT_LE(h.doc_issued, "2025-11-18");
    EXPECT_NE(FoldAscii(h.doc_issuer).find("thu tuong"), std::string::npos) << h.doc_issuer;
  }
}

TEST_F(ObligationQuery, LimitAndOffsetPage) {
  ObligationFilter f;
  f.text = "thuc hien";
  f.limit = 1000;
  std::vector<ObligationHit> all = Search(f);
  ASSERT_GE(all.size(), 4u);
  f.limit = 2;
  f.offset = 2;
  std::vector<ObligationHit> page = Search(f);
  ASSERT_EQ(page.size(), 2u);
  EXPECT_EQ(page[0].obligation_id, all[2].obligation_id);
  EXPECT_EQ(page[1].obligation_id, all[3].obligation_id);
}

TEST_F(ObligationQuery, MalformedQueriesAndFiltersAreInvalidArguments) {
  for (const std::string& text :
       {std::string("\"unbalanced"), std::string("*"), std::string("OR"), std::string("bao -"),
        std::string(4000, 'x'), std::string("NOT")}) {
    ObligationFilter f;
    f.text = text;
    EXPECT_EQ(CodeOf(f), StatusCode::kInvalidArgument) << text.substr(0, 40);
  }
  ObligationFilter f;
  f.due_before = "31/12/2024";
  EXPECT_EQ(CodeOf(f), StatusCode::kInvalidArgument);
  f = {};
  f.role = "boss";
  EXPECT_EQ(CodeOf(f), StatusCode::kInvalidArgument);
  f = {};
  f.limit = 0;
  EXPECT_EQ(CodeOf(f), StatusCode::kInvalidArgument);
  f = {};
  f.agency = "—";
  EXPECT_EQ(CodeOf(f), StatusCode::kInvalidArgument);
}

}  // namespace
}  // namespace vanban
