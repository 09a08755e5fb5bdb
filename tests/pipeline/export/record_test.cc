#include "pipeline/export/record.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "tests/pipeline/sample_document.h"

namespace vanban {
namespace {

using nlohmann::json;

// The raw text a record span points to.
std::string RawAt(const Document& doc, const json& span) {
  size_t begin = span["raw"][0].get<size_t>();
  size_t end = span["raw"][1].get<size_t>();
  return doc.raw_text.substr(begin, end - begin);
}

std::string TextAt(const Document& doc, const json& span) {
  size_t begin = span["text"][0].get<size_t>();
  size_t end = span["text"][1].get<size_t>();
  return doc.text.substr(begin, end - begin);
}

// Makes `doc` look read by OCR: each white-space separated word of raw_text becomes an OCR
// word on page 1, on a grid of 100 x 50 pixel cells (word i of line l at x = 100 i,
// y = 50 l).
void AddOcrWords(Document& doc) {
  doc.pages[0].method = "ocr";
  doc.pages[0].ocr_confidence = 91.5;
  doc.pages[0].dpi = 300;
  int line = 0;
  int column = 0;
  size_t pos = 0;
  const std::string& raw = doc.raw_text;
  while (pos < raw.size()) {
    const size_t start = raw.find_first_not_of(" \r\n", pos);
    if (start == std::string::npos) break;
    for (size_t i = pos; i < start; ++i) {
      if (raw[i] == '\n') {
        ++line;
        column = 0;
      }
    }
    size_t end = raw.find_first_of(" \r\n", start);
    if (end == std::string::npos) end = raw.size();
    doc.words.push_back(OcrWord{1, Span{start, end},
                                Box{100 * column, 50 * line, 100 * column + 90, 50 * line + 40},
                                90.0f});
    ++column;
    pos = end;
  }
}

TEST(Record, DocumentFieldsAtAnnotationPaths) {
  const Document doc = sample::Directive();
  const json record = ToRecord(doc);
  const json& d = record["document"];
  EXPECT_EQ(d["type"], "chi_thi");
  EXPECT_EQ(d["number"], "02/CT-UBND");
  EXPECT_EQ(d["issuer"], "Ủy ban nhân dân tỉnh Hưng Yên");
  EXPECT_EQ(d["place"], "Hưng Yên");
  EXPECT_EQ(d["issued"], "2024-03-06");
  EXPECT_EQ(d["subject"], "Về việc tiếp tục đẩy mạnh các phong trào thi đua");
  EXPECT_EQ(d["signer"],
            (json{{"name", "Trần Quốc Văn"}, {"title", "Chủ tịch"}, {"authority", nullptr}}));
  EXPECT_TRUE(d["parent_issuer"].is_null());
  EXPECT_EQ(d["addressees"], json::array());
  EXPECT_EQ(d["recipients"], json::array());
}

TEST(Record, AbsentFieldsAreNullAndHaveNoProvenance) {
  Document doc;
  doc.source.sha256 = sample::kSha256;
  const json record = ToRecord(doc);
  for (const char* field :
       {"type", "number", "issuer", "parent_issuer", "place", "issued", "subject", "signer"}) {
    ASSERT_TRUE(record["document"].contains(field)) << field;
    EXPECT_TRUE(record["document"][field].is_null()) << field;
  }
  EXPECT_EQ(record["references"], json::array());
  EXPECT_EQ(record["obligations"], json::array());
  EXPECT_EQ(record["deadlines"], json::array());
  EXPECT_EQ(record["provenance"], json::object());
}

TEST(Record, SignerWithOnlyANameHasNullTitleAndAuthority) {
  Document doc = sample::Directive();
  doc.meta.signer.title.reset();
  const json record = ToRecord(doc);
  EXPECT_EQ(record["document"]["signer"]["name"], "Trần Quốc Văn");
  EXPECT_TRUE(record["document"]["signer"]["title"].is_null());
  EXPECT_FALSE(record["provenance"].contains("document.signer.title"));
}

TEST(Record, ProvenanceSpansPointToTextAndRaw) {
  const Document doc = sample::Directive();
  const json record = ToRecord(doc);
  const json& p = record["provenance"];
  // Normalization removed the spaces around the dash; the raw span covers them.
  EXPECT_EQ(TextAt(doc, p["document.number"]), "02/CT-UBND");
  EXPECT_EQ(RawAt(doc, p["document.number"]), "02/CT - UBND");
  EXPECT_EQ(p["document.number"]["text"],
            (json{doc.text.find("02/CT-UBND"), doc.text.find("02/CT-UBND") + 10}));
  EXPECT_EQ(p["document.number"]["raw"],
            (json{doc.raw_text.find("02/CT - UBND"), doc.raw_text.find("02/CT - UBND") + 12}));
  // Past the replaced CRLFs raw offsets run ahead of text offsets.
  EXPECT_EQ(RawAt(doc, p["document.signer.name"]), "Trần Quốc Văn");
  EXPECT_GT(p["document.signer.name"]["raw"][0], p["document.signer.name"]["text"][0]);
  EXPECT_EQ(RawAt(doc, p["document.issued"]), "ngày 06 tháng 3 năm 2024");
  EXPECT_EQ(RawAt(doc, p["document.type"]), "CHỈ THỊ");
  EXPECT_FALSE(p.contains("document.parent_issuer"));
}

TEST(Record, ReferenceCarriesItsFieldsAndSpan) {
  const Document doc = sample::Directive();
  const json record = ToRecord(doc);
  ASSERT_EQ(record["references"].size(), 1u);
  const json& r = record["references"][0];
  EXPECT_EQ(r["type"], "chi_thi");
  EXPECT_EQ(r["number"], "34-CT/TW");
  EXPECT_EQ(r["date"], "2014-04-07");
  EXPECT_EQ(r["issuer"], "Bộ Chính trị");
  EXPECT_TRUE(r["title"].is_null());
  EXPECT_TRUE(r["year"].is_null());
  EXPECT_EQ(r["relation"], "implements");
  EXPECT_EQ(RawAt(doc, r["span"]), "Chỉ thị số 34-CT/TW ngày 07/4/2014 của Bộ Chính trị");
}

TEST(Record, ObligationCarriesAgenciesDeadlineAndSpans) {
  const Document doc = sample::Directive();
  const json record = ToRecord(doc);
  ASSERT_EQ(record["obligations"].size(), 1u);
  const json& o = record["obligations"][0];
  ASSERT_EQ(o["agencies"].size(), 2u);
  EXPECT_EQ(o["agencies"][0]["name"], "Sở Nội vụ");
  EXPECT_EQ(o["agencies"][0]["key"], "sở nội vụ");
  EXPECT_EQ(o["agencies"][0]["role"], "lead");
  EXPECT_EQ(RawAt(doc, o["agencies"][0]["span"]), "Sở Nội vụ");
  EXPECT_EQ(o["agencies"][1]["name"], "Sở Tài chính");
  EXPECT_EQ(o["agencies"][1]["role"], "support");
  EXPECT_EQ(o["action"], "tổng hợp, báo cáo");
  EXPECT_EQ(o["deadline"]["text"], "trước ngày 15/12/2024");
  EXPECT_EQ(o["deadline"]["value"], "2024-12-15");
  EXPECT_EQ(RawAt(doc, o["deadline"]["span"]), "trước ngày 15/12/2024");
  EXPECT_TRUE(TextAt(doc, o["span"]).starts_with("Sở Nội vụ chủ trì"));
  EXPECT_TRUE(TextAt(doc, o["span"]).ends_with("15/12/2024."));
  ASSERT_EQ(record["deadlines"].size(), 1u);
  EXPECT_EQ(record["deadlines"][0]["value"], "2024-12-15");
}

TEST(Record, ObligationWithoutDeadlineHasNull) {
  Document doc = sample::Directive();
  doc.obligations[0].deadline.reset();
  EXPECT_TRUE(ToRecord(doc)["obligations"][0]["deadline"].is_null());
}

TEST(Record, SourcePipelinePagesAndIssues) {
  const Document doc = sample::Directive();
  const json record = ToRecord(doc);
  EXPECT_EQ(record["id"], sample::kSha256);
  EXPECT_EQ(record["source"], (json{{"path", doc.source.path},
                                    {"sha256", sample::kSha256},
                                    {"media_type", "text/plain"},
                                    {"encoding", "utf-8"},
                                    {"size_bytes", doc.raw_text.size()}}));
  EXPECT_EQ(record["pipeline"], (json{{"name", "vanban"}, {"version", VANBAN_VERSION}}));
  EXPECT_EQ(record["pages"], (json::parse(R"([{"number": 1, "method": "text",
      "ocr_confidence": null, "dpi": null, "raw": [0, )" +
                                          std::to_string(doc.raw_text.size()) + "]}]")));
  ASSERT_EQ(record["issues"].size(), 2u);
  EXPECT_EQ(record["issues"][1], (json{{"stage", "metadata"},
                                       {"code", "no_signer_authority"},
                                       {"message", "no TM/KT/TL line above the signer's title"},
                                       {"error", false}}));
}

TEST(Record, OcrValuesPointToTheirPageAndBox) {
  Document doc = sample::Directive();
  AddOcrWords(doc);
  const json record = ToRecord(doc);
  // "02/CT - UBND" is the 2nd to 4th words of line 1 (raw "Số: 02/CT - UBND").
  const json& number = record["provenance"]["document.number"];
  EXPECT_EQ(number["page"], 1);
  EXPECT_EQ(number["box"], (json{100, 50, 390, 90}));
  // The place-date line: "Hưng Yên" is the first two words of line 2.
  EXPECT_EQ(record["provenance"]["document.place"]["box"], (json{0, 100, 190, 140}));
  EXPECT_EQ(record["pages"][0]["dpi"], 300);
  EXPECT_EQ(record["pages"][0]["method"], "ocr");
}

TEST(Record, TextPagesHaveNoPageOrBox) {
  const json record = ToRecord(sample::Directive());
  const json& number = record["provenance"]["document.number"];
  EXPECT_FALSE(number.contains("page"));
  EXPECT_FALSE(number.contains("box"));
  EXPECT_TRUE(record["pages"][0]["dpi"].is_null());
}

TEST(Record, PdfTextPagesNameThePageWithoutABox) {
  Document doc = sample::Directive();
  doc.pages[0].method = "pdf-text";
  const json number = ToRecord(doc)["provenance"]["document.number"];
  EXPECT_EQ(number["page"], 1);
  EXPECT_FALSE(number.contains("box"));
}

// Writes records for the ctest `record_schema_*` tests (tests/CMakeLists.txt), which check
// them with tests/schemas/validate_records.py: two that must be valid and one that differs
// from a valid one only by its type code and must be rejected.
TEST(RecordSchemaSamples, WriteSamples) {
  const std::filesystem::path dir = VANBAN_RECORD_SAMPLES_DIR;
  std::filesystem::create_directories(dir);
  Document empty;
  empty.source = {"empty.txt", sample::kSha256, "text/plain", "utf-8", 0};
  Document ocr = sample::Directive();
  AddOcrWords(ocr);
  ocr.meta.signer.authority = Field{"TM", sample::SpanOf(ocr, "CHỦ TỊCH")};
  ocr.meta.addressees.push_back(sample::FieldAt(ocr, "Sở Nội vụ", "Sở Nội vụ"));
  Document bad = sample::Directive();
  bad.meta.type->value = "chi thi";
  const std::pair<const char*, json> files[] = {
      {"directive.json", ToRecord(sample::Directive())},
      {"directive_ocr.json", ToRecord(ocr)},
      {"empty.json", ToRecord(empty)},
      {"bad_type_code.json", ToRecord(bad)},
  };
  for (const auto& [name, record] : files) {
    std::ofstream out(dir / name);
    out << record.dump(2) << "\n";
    ASSERT_TRUE(out.good()) << (dir / name);
  }
}

}  // namespace
}  // namespace vanban
