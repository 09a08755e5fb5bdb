#include "pipeline/eval/eval.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace vanban {
namespace {

using nlohmann::json;

const CategoryResult& Of(const DocumentResult& doc, Category category) {
  return doc.categories[static_cast<size_t>(category)];
}

// The outcome of `field`, or a test failure when the gold did not have it.
FieldOutcome FieldOf(const DocumentResult& doc, const std::string& field) {
  for (const FieldOutcome& outcome : doc.fields) {
    if (outcome.field == field) return outcome;
  }
  ADD_FAILURE() << field << " not scored";
  return {};
}

std::vector<std::string> FieldNames(const DocumentResult& doc) {
  std::vector<std::string> names;
  for (const FieldOutcome& outcome : doc.fields) names.push_back(outcome.field);
  return names;
}

TEST(Eval, LeftOutKeysAreSkipped) {
  const json gold = json::parse(R"({"document": {"type": "chi_thi",
                                                 "signer": {"name": "Trần Quốc Văn"}}})");
  const json record = json::parse(R"({
    "document": {"type": "chi_thi", "number": "02/CT-UBND", "place": "Hưng Yên",
                 "signer": {"name": "Trần Quốc Văn", "title": "Chủ tịch", "authority": "TM"}},
    "references": [{"type": "luat", "title": "Luật Đất đai"}],
    "deadlines": [{"value": "2024"}]})");
  const DocumentResult doc = EvaluateDocument(gold, &record);
  EXPECT_EQ(FieldNames(doc), (std::vector<std::string>{"document.type", "document.signer.name"}));
  EXPECT_TRUE(FieldOf(doc, "document.type").right);
  EXPECT_TRUE(FieldOf(doc, "document.signer.name").right);
  for (Category category : kCategories) EXPECT_FALSE(Of(doc, category).scored);
}

TEST(Eval, NullInGoldIsAValue) {
  const json gold = json::parse(R"({"document": {"place": null, "issued": null,
                                                 "signer": {"title": "Chủ tịch", "authority": null}}})");
  const json record = json::parse(R"({"document": {"issued": "2024-03-06",
                                                   "signer": {"title": "Chủ tịch", "authority": "KT"},
                                                   "place": null}})");
  const DocumentResult doc = EvaluateDocument(gold, &record);
  EXPECT_TRUE(FieldOf(doc, "document.place").right);    // null against null
  EXPECT_FALSE(FieldOf(doc, "document.issued").right);  // null against a value
  EXPECT_TRUE(FieldOf(doc, "document.signer.title").right);
  EXPECT_FALSE(FieldOf(doc, "document.signer.authority").right);
  EXPECT_EQ(FieldOf(doc, "document.signer.authority").got, "KT");
}

TEST(Eval, AbsentInRecordIsNull) {
  const json gold = json::parse(R"({"document": {"place": null, "type": "chi_thi"}})");
  const json record = json::object();
  const DocumentResult doc = EvaluateDocument(gold, &record);
  EXPECT_TRUE(FieldOf(doc, "document.place").right);
  EXPECT_FALSE(FieldOf(doc, "document.type").right);
  EXPECT_TRUE(FieldOf(doc, "document.type").got.is_null());
}

TEST(Eval, NullSignerMakesEachSubFieldNull) {
  const json gold = json::parse(R"({"document": {"signer": null}})");
  const json record = json::parse(R"({"document": {"signer": {"name": "Trần Quốc Văn"}}})");
  const DocumentResult doc = EvaluateDocument(gold, &record);
  EXPECT_EQ(doc.fields.size(), 3u);
  EXPECT_FALSE(FieldOf(doc, "document.signer.name").right);
  EXPECT_TRUE(FieldOf(doc, "document.signer.title").right);
  EXPECT_TRUE(FieldOf(doc, "document.signer.authority").right);
}

TEST(Eval, DocumentFieldsCompareAsText) {
  const json gold = json::parse(R"({"document": {
      "subject": "V/v tổ chức Tết", "issuer": "Ủy ban nhân dân tỉnh Hòa Bình",
      "number": "02/CT-UBND", "place": "Đà Nẵng"}})");
  const json record = json::parse(R"({"document": {
      "subject": "Về việc tổ chức Tết.", "issuer": "UỶ BAN NHÂN DÂN TỈNH HOÀ BÌNH",
      "number": "02/CT - UBND", "place": "Da Nang"}})");
  const DocumentResult doc = EvaluateDocument(gold, &record);
  EXPECT_TRUE(FieldOf(doc, "document.subject").right);
  EXPECT_TRUE(FieldOf(doc, "document.issuer").right);
  // document.number is text: the record must print it as the guide does (spaces removed).
  EXPECT_FALSE(FieldOf(doc, "document.number").right);
  EXPECT_FALSE(FieldOf(doc, "document.place").right);  // đ is not d
}

TEST(Eval, ReferencesWithDateAndIssuerOverMatchedPairs) {
  const json gold = json::parse(R"({"references": [
      {"type": "chi_thi", "number": "34-CT/TW", "date": "2014-04-07", "issuer": "Bộ Chính trị"},
      {"type": "nghi_quyet", "number": "412/NQ-HĐND", "date": "2023-12-07",
       "issuer": "Hội đồng nhân dân tỉnh"},
      {"type": "luat", "title": "Luật Thi đua, khen thưởng", "year": 2022}]})");
  const json record = json::parse(R"({"references": [
      {"type": "chi_thi", "number": "34 - CT/TW", "date": "2014-04-07", "issuer": "Bộ Chính Trị"},
      {"type": "nghi_quyet", "number": "412/NQ-HDND", "date": null, "issuer": "HĐND tỉnh"},
      {"type": "quyet_dinh", "number": "5/QĐ-UBND"}]})");
  const DocumentResult doc = EvaluateDocument(gold, &record);
  const CategoryResult& refs = Of(doc, Category::kReferences);
  EXPECT_TRUE(refs.scored);
  EXPECT_EQ(refs.counts.tp, 2);
  EXPECT_EQ(refs.counts.fp, 1);
  EXPECT_EQ(refs.counts.fn, 1);
  EXPECT_EQ(refs.missed, (std::vector<std::string>{"luat “Luật Thi đua, khen thưởng”"}));
  EXPECT_EQ(refs.extra, (std::vector<std::string>{"quyet_dinh 5/QĐ-UBND"}));
  // Two matched pairs: dates 1 of 2 right (null is not 2023-12-07), issuers 1 of 2 right
  // ("HĐND tỉnh" is not expanded).
  const SetResult set = Summarize({doc});
  EXPECT_EQ(set.reference_date.right, 1);
  EXPECT_EQ(set.reference_date.n, 2);
  EXPECT_EQ(set.reference_issuer.right, 1);
  EXPECT_EQ(set.reference_issuer.n, 2);
}

TEST(Eval, CategoryLeftOutIsSkippedButEmptyIsScored) {
  const json record = json::parse(R"({"references": [{"type": "luat", "title": "Luật Đất đai"},
                                                     {"type": "luat", "title": "Luật Đầu tư"}]})");
  const DocumentResult left_out = EvaluateDocument(json::object(), &record);
  EXPECT_FALSE(Of(left_out, Category::kReferences).scored);
  for (const char* gold_text : {R"({"references": []})", R"({"references": null})"}) {
    const DocumentResult doc = EvaluateDocument(json::parse(gold_text), &record);
    EXPECT_TRUE(Of(doc, Category::kReferences).scored) << gold_text;
    EXPECT_EQ(Of(doc, Category::kReferences).counts.fp, 2) << gold_text;
    EXPECT_EQ(Of(doc, Category::kReferences).counts.fn, 0) << gold_text;
  }
}

TEST(Eval, TwoGoldAgenciesCannotShareOnePrediction) {
  const json gold = json::parse(R"({"obligations": [{"agencies": [
      {"name": "Sở Y tế", "role": "lead"}, {"name": "Sở Y tế tỉnh Sơn La", "role": "lead"}]}]})");
  const json record = json::parse(R"({"obligations": [{"agencies": [
      {"name": "Sở Y tế tỉnh", "role": "lead"}]}]})");
  const DocumentResult doc = EvaluateDocument(gold, &record);
  const CategoryResult& agencies = Of(doc, Category::kAgencies);
  EXPECT_EQ(agencies.counts.tp, 1);
  EXPECT_EQ(agencies.counts.fp, 0);
  EXPECT_EQ(agencies.counts.fn, 1);
}

TEST(Eval, AgenciesAreASetOfNameAndRole) {
  // Gold set: (Sở Nội vụ, lead) once although in two obligations; (các Bộ, ngành, support).
  const json gold = json::parse(R"({"obligations": [
      {"agencies": [{"name": "Sở Nội vụ", "role": "lead"},
                    {"name": "các Bộ, ngành", "role": "support"}]},
      {"agencies": [{"name": "Sở Nội vụ", "role": "lead"}], "deadline": null}]})");
  // (Bộ, ngành, support) matches; (Sở Nội vụ, support) has the wrong role.
  const json record = json::parse(R"({"obligations": [{"agencies": [
      {"name": "Bộ, ngành", "role": "support"}, {"name": "Sở Nội vụ", "role": "support"}]}]})");
  const DocumentResult doc = EvaluateDocument(gold, &record);
  const CategoryResult& agencies = Of(doc, Category::kAgencies);
  EXPECT_EQ(agencies.counts.tp, 1);
  EXPECT_EQ(agencies.counts.fp, 1);
  EXPECT_EQ(agencies.counts.fn, 1);
  EXPECT_EQ(agencies.missed, (std::vector<std::string>{"lead: Sở Nội vụ"}));
  EXPECT_EQ(agencies.extra, (std::vector<std::string>{"support: Sở Nội vụ"}));
}

TEST(Eval, DeadlinesAreASetOfValues) {
  const json gold = json::parse(R"({"deadlines": [
      {"text": "trước ngày 15/12/2024", "value": "2024-12-15"},
      {"text": "trước 15/12", "value": "2024-12-15"},
      {"text": "hằng tháng", "value": "R/P1M"}]})");
  const json record = json::parse(R"({"deadlines": [
      {"text": "ngày 15/12/2024", "value": "2024-12-15"}, {"text": "quý III", "value": "2024-Q3"}]})");
  const DocumentResult doc = EvaluateDocument(gold, &record);
  const CategoryResult& deadlines = Of(doc, Category::kDeadlines);
  EXPECT_EQ(deadlines.counts.tp, 1);
  EXPECT_EQ(deadlines.counts.fp, 1);
  EXPECT_EQ(deadlines.counts.fn, 1);
  EXPECT_EQ(deadlines.missed, (std::vector<std::string>{"R/P1M"}));
}

TEST(Eval, AssignmentsAreLeadsOfObligationsWithADeadline) {
  // Gold pairs: (Sở Nội vụ, 2024-12-15), (các sở, ngành, R/P1M), (Sở Nội vụ, R/P1M). The
  // support body and the obligation without a deadline give none.
  const json gold = json::parse(R"({"obligations": [
      {"agencies": [{"name": "Sở Nội vụ", "role": "lead"}, {"name": "Sở Tài chính", "role": "support"}],
       "deadline": {"text": "trước ngày 15/12/2024", "value": "2024-12-15"}},
      {"agencies": [{"name": "Sở Y tế", "role": "lead"}], "deadline": null},
      {"agencies": [{"name": "các sở, ngành", "role": "lead"}, {"name": "Sở Nội vụ", "role": "lead"}],
       "deadline": {"text": "hằng tháng", "value": "R/P1M"}}]})");
  const json record = json::parse(R"({"obligations": [
      {"agencies": [{"name": "Sở Nội vụ", "role": "lead"}], "deadline": {"value": "2024-12-15"}},
      {"agencies": [{"name": "sở, ngành", "role": "lead"}], "deadline": {"value": "R/P1M"}},
      {"agencies": [{"name": "Sở Y tế", "role": "lead"}], "deadline": {"value": "2025"}}]})");
  const DocumentResult doc = EvaluateDocument(gold, &record);
  const CategoryResult& assignments = Of(doc, Category::kAssignments);
  EXPECT_EQ(assignments.counts.tp, 2);
  EXPECT_EQ(assignments.counts.fp, 1);
  EXPECT_EQ(assignments.counts.fn, 1);
  EXPECT_EQ(assignments.missed, (std::vector<std::string>{"Sở Nội vụ → R/P1M"}));
  EXPECT_EQ(assignments.extra, (std::vector<std::string>{"Sở Y tế → 2025"}));
}

TEST(Eval, FailedDocumentIsAllWrongAndAllMissed) {
  const json gold = json::parse(R"({"document": {"type": "chi_thi", "place": null},
      "references": [{"type": "chi_thi", "number": "34-CT/TW"}], "deadlines": []})");
  const DocumentResult doc = EvaluateDocument(gold, nullptr);
  EXPECT_FALSE(FieldOf(doc, "document.type").right);
  EXPECT_FALSE(FieldOf(doc, "document.place").right);  // even a gold null
  EXPECT_EQ(Of(doc, Category::kReferences).counts.fn, 1);
  EXPECT_EQ(Of(doc, Category::kReferences).counts.fp, 0);
  EXPECT_TRUE(Of(doc, Category::kDeadlines).scored);
  EXPECT_EQ(Of(doc, Category::kDeadlines).counts.fn, 0);
  EXPECT_FALSE(Of(doc, Category::kAgencies).scored);
}

TEST(Eval, MicroAveragedOverDocuments) {
  // Document A: gold references r1 r2 r3, record r1 rX: tp 1, fp 1, fn 2.
  // Document B: gold r4, record r4: tp 1, fp 0, fn 0.
  // Document C: gold leaves references out: skipped although its record has one.
  // Micro: tp 2, fp 1, fn 2; P = 2/3, R = 2/4 = 1/2, F1 = 2*2 / (2*2 + 1 + 2) = 4/7.
  // (Averaging per document would give F1 (0.4 + 1) / 2 = 0.7 instead.)
  // document.type: A right, B wrong, C left out: 1 of 2.
  const json gold_a = json::parse(R"({"document": {"type": "chi_thi"}, "references": [
      {"type": "luat", "number": "1/2020/QH14"}, {"type": "luat", "number": "2/2020/QH14"},
      {"type": "luat", "number": "3/2020/QH14"}]})");
  const json record_a = json::parse(R"({"document": {"type": "chi_thi"}, "references": [
      {"type": "luat", "number": "01/2020/QH14"}, {"type": "luat", "number": "9/2020/QH14"}]})");
  const json gold_b = json::parse(R"({"document": {"type": "cong_van"},
      "references": [{"type": "nghi_dinh", "number": "4/2021/NĐ-CP"}]})");
  const json record_b = json::parse(R"({"document": {"type": "chi_thi"},
      "references": [{"type": "nghi_dinh", "number": "04/2021/ND-CP"}]})");
  const json gold_c = json::parse(R"({})");
  const json record_c = json::parse(R"({"document": {"type": "chi_thi"},
      "references": [{"type": "luat", "number": "5/2020/QH14"}]})");
  const SetResult set =
      Summarize({EvaluateDocument(gold_a, &record_a), EvaluateDocument(gold_b, &record_b),
                 EvaluateDocument(gold_c, &record_c)});
  const Counts& refs = set.categories[static_cast<size_t>(Category::kReferences)];
  EXPECT_EQ(refs.tp, 2);
  EXPECT_EQ(refs.fp, 1);
  EXPECT_EQ(refs.fn, 2);
  EXPECT_DOUBLE_EQ(refs.Precision().value(), 2.0 / 3.0);
  EXPECT_DOUBLE_EQ(refs.Recall().value(), 0.5);
  EXPECT_DOUBLE_EQ(refs.F1().value(), 4.0 / 7.0);
  EXPECT_EQ(set.documents_scored[static_cast<size_t>(Category::kReferences)], 2);
  EXPECT_EQ(set.fields[0].first, "document.type");
  EXPECT_EQ(set.fields[0].second.right, 1);
  EXPECT_EQ(set.fields[0].second.n, 2);
  EXPECT_EQ(set.fields[1].second.n, 0);  // no gold has document.number
  EXPECT_FALSE(set.fields[1].second.Accuracy().has_value());
}

TEST(Eval, ScoresWithNothingToCountAreUndefined) {
  EXPECT_FALSE(Counts{}.F1().has_value());
  EXPECT_FALSE(Counts{}.Precision().has_value());
  const Counts all_missed{0, 0, 2};
  EXPECT_FALSE(all_missed.Precision().has_value());
  EXPECT_DOUBLE_EQ(all_missed.Recall().value(), 0.0);
  EXPECT_DOUBLE_EQ(all_missed.F1().value(), 0.0);
  EXPECT_FALSE(Tally{}.Accuracy().has_value());
  EXPECT_DOUBLE_EQ((Tally{3, 4}.Accuracy().value()), 0.75);
}

TEST(Eval, MalformedRecordDoesNotThrow) {
  const json gold = json::parse(R"({"document": {"type": "chi_thi"}, "references": [],
      "obligations": [], "deadlines": []})");
  const json record = json::parse(R"({"document": "x", "references": {"a": 1},
      "obligations": [1, {"agencies": "x"}, {"agencies": [{"name": 5}]}], "deadlines": [null]})");
  const DocumentResult doc = EvaluateDocument(gold, &record);
  EXPECT_FALSE(FieldOf(doc, "document.type").right);
  EXPECT_EQ(Of(doc, Category::kReferences).counts.fp, 0);
}

}  // namespace
}  // namespace vanban
