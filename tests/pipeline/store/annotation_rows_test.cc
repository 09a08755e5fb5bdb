#include "pipeline/store/annotation_rows.h"

#include <gtest/gtest.h>

#include "pipeline/export/record.h"
#include "tests/pipeline/sample_document.h"

namespace vanban {
namespace {

using nlohmann::json;

TEST(NumberKey, FoldsSpacesCaseAndD) {
  const struct {
    const char* number;
    const char* key;
  } kCases[] = {
      {"02/CT-UBND", "02/ct-ubnd"},
      {"02/CT - UBND", "02/ct-ubnd"},
      {"02 / CT-UBND\t", "02/ct-ubnd"},
      {"41/QĐ-TCT", "41/qd-tct"},
      {"412/NQ-HĐND", "412/nq-hdnd"},
      {"01/2024/NĐ-CP", "01/2024/nd-cp"},
      {"TCVN 14423:2025", "tcvn14423:2025"},
      {"322\u00a0CTr/UBND", "322ctr/ubnd"},
      {"", ""},
  };
  for (const auto& c : kCases) EXPECT_EQ(NumberKey(c.number), c.key) << c.number;
}

TEST(AnnotationRows, OneRowPerValueWithSpans) {
  const Document doc = sample::Directive();
  StatusOr<std::vector<AnnotationRow>> rows = AnnotationRows(ToRecord(doc));
  ASSERT_TRUE(rows.ok()) << rows.status().ToString();
  std::vector<std::string> kinds;
  for (const AnnotationRow& r : *rows) kinds.push_back(r.kind);
  // Document fields in path order, then references, deadlines, obligations and their parts.
  EXPECT_EQ(kinds, (std::vector<std::string>{
                       "document.issued", "document.issuer", "document.number", "document.place",
                       "document.signer.name", "document.signer.title", "document.subject",
                       "document.type", "reference", "deadline", "obligation", "agency", "agency",
                       "deadline"}));

  const AnnotationRow& number = (*rows)[2];
  EXPECT_EQ(number.value, "02/CT-UBND");
  EXPECT_EQ(number.key, "02/ct-ubnd");
  EXPECT_EQ(doc.raw_text.substr(number.raw.begin, number.raw.size()), "02/CT - UBND");
  EXPECT_EQ(doc.Slice(number.text), "02/CT-UBND");

  const AnnotationRow& reference = (*rows)[8];
  EXPECT_EQ(reference.key, "34-ct/tw");
  EXPECT_FALSE(reference.value.contains("span"));
  EXPECT_EQ(reference.value["issuer"], "Bộ Chính trị");

  const AnnotationRow& obligation = (*rows)[10];
  EXPECT_EQ(obligation.value, (json{{"action", "tổng hợp, báo cáo"}}));
  EXPECT_EQ(obligation.parent, -1);
  for (size_t i : {11u, 12u, 13u}) EXPECT_EQ((*rows)[i].parent, 10) << i;
  EXPECT_EQ((*rows)[12].seq, 1);
  EXPECT_EQ((*rows)[12].key, "sở tài chính");
  EXPECT_EQ((*rows)[12].value,
            (json{{"name", "Sở Tài chính"}, {"key", "sở tài chính"}, {"role", "support"}}));
  EXPECT_EQ((*rows)[13].key, "2024-12-15");
  EXPECT_EQ((*rows)[9].parent, -1);  // the document-level deadline
}

TEST(AnnotationRows, ListFieldsGiveOneRowPerEntry) {
  Document doc = sample::Directive();
  doc.meta.recipients = {sample::FieldAt(doc, "Sở Nội vụ", "Sở Nội vụ"),
                         sample::FieldAt(doc, "Sở Tài chính", "Sở Tài chính")};
  StatusOr<std::vector<AnnotationRow>> rows = AnnotationRows(ToRecord(doc));
  ASSERT_TRUE(rows.ok()) << rows.status().ToString();
  std::vector<const AnnotationRow*> recipients;
  for (const AnnotationRow& r : *rows) {
    if (r.kind == "document.recipients") recipients.push_back(&r);
  }
  ASSERT_EQ(recipients.size(), 2u);
  EXPECT_EQ(recipients[1]->seq, 1);
  EXPECT_EQ(recipients[1]->value, "Sở Tài chính");
}

TEST(AnnotationRows, EmptyRecordGivesNoRows) {
  Document doc;
  StatusOr<std::vector<AnnotationRow>> rows = AnnotationRows(ToRecord(doc));
  ASSERT_TRUE(rows.ok());
  EXPECT_TRUE(rows->empty());
}

TEST(AnnotationRows, MalformedSpanIsADataError) {
  json record = ToRecord(sample::Directive());
  record["obligations"][0]["agencies"][1]["span"]["text"] = json::array({-1, 4});
  StatusOr<std::vector<AnnotationRow>> rows = AnnotationRows(record);
  ASSERT_FALSE(rows.ok());
  EXPECT_EQ(rows.status().code(), StatusCode::kDataError);
  EXPECT_NE(rows.status().message().find("obligations/0/agencies/1"), std::string::npos)
      << rows.status().message();
  EXPECT_EQ(AnnotationRows(json::array()).status().code(), StatusCode::kDataError);
  record = ToRecord(sample::Directive());
  record["references"][0].erase("span");
  EXPECT_EQ(AnnotationRows(record).status().code(), StatusCode::kDataError);
}

}  // namespace
}  // namespace vanban
