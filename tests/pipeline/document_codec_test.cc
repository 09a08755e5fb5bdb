// The Document codec: every field survives a round trip exactly; broken bytes are refused.
#include "pipeline/document_codec.h"

#include <gtest/gtest.h>

#include "pipeline/runner.h"
#include "tests/pipeline/sample_document.h"
#include "tests/test_paths.h"

namespace vanban {
namespace {

using ::vanban::testing::SourceDir;

// The hand-made Chỉ thị with every field that it leaves empty filled as an OCR reader and
// the extractors would fill them.
Document EveryField() {
  Document doc = sample::Directive();
  doc.source.encoding = "tcvn3";
  doc.pages = {{1, {0, 60}, "ocr", 91.25, 300}, {2, {60, doc.raw_text.size()}, "pdf-text", {}, 0}};
  doc.words = {{1, {0, 3}, {120, 88, 171, 131}, 96.5f}, {1, {4, 7}, {-2, 0, 0, 2147483647}, 0.f}};
  doc.meta.parent_issuer = Field{"Bộ Tài chính", {1, 2}};
  doc.meta.signer.authority = Field{"TM", {3, 3}};
  doc.meta.addressees = {{"Các sở, ban, ngành", {5, 9}}, {"UBND các huyện", {10, 12}}};
  doc.meta.recipients = {{"Như trên", {20, 21}}};
  Reference untitled;
  untitled.type = "luat";
  untitled.title = "Luật Thi đua, khen thưởng";
  untitled.year = 2022;
  untitled.relation = "can_cu";
  untitled.span = {30, 40};
  doc.references.push_back(untitled);
  doc.obligations.push_back(Obligation{{}, "", std::nullopt, {0, 0}});
  doc.issues.push_back({"read", "page_needed_ocr", "page 1 needed OCR", true});
  return doc;
}

TEST(DocumentCodec, EveryFieldRoundTrips) {
  const Document doc = EveryField();
  ASSERT_FALSE(doc.offsets.pieces().empty());
  ASSERT_TRUE(doc.meta.signer.name && doc.deadlines.size() == 1 && doc.zones.size() == 6);
  StatusOr<Document> back = DecodeDocument(EncodeDocument(doc));
  ASSERT_TRUE(back.ok()) << back.status().ToString();
  EXPECT_EQ(back->source, doc.source);
  EXPECT_EQ(back->raw_text, doc.raw_text);
  EXPECT_EQ(back->pages, doc.pages);
  EXPECT_EQ(back->words, doc.words);
  EXPECT_EQ(back->text, doc.text);
  EXPECT_EQ(back->offsets, doc.offsets);
  EXPECT_EQ(back->zones, doc.zones);
  EXPECT_EQ(back->meta, doc.meta);
  EXPECT_EQ(back->references, doc.references);
  EXPECT_EQ(back->deadlines, doc.deadlines);
  EXPECT_EQ(back->obligations, doc.obligations);
  EXPECT_EQ(back->issues, doc.issues);
  EXPECT_TRUE(*back == doc);
  // The offset map still maps: "02/CT-UBND" in text came from "02/CT - UBND" in raw_text.
  const Span number = sample::SpanOf(doc, "02/CT-UBND");
  const Span raw = back->offsets.ToSource(number);
  EXPECT_EQ(back->raw_text.substr(raw.begin, raw.size()), "02/CT - UBND");
}

TEST(DocumentCodec, EmptyDocumentRoundTrips) {
  StatusOr<Document> back = DecodeDocument(EncodeDocument(Document{}));
  ASSERT_TRUE(back.ok()) << back.status().ToString();
  EXPECT_TRUE(*back == Document{});
}

TEST(DocumentCodec, CorpusDocumentThroughEveryStageRoundTrips) {
  ProcessResult result = ProcessFile(SourceDir() / "corpus/seeds/003_67c30c4e6fc6373d.txt");
  ASSERT_TRUE(result.doc) << result.failure->status.ToString();
  const std::string bytes = EncodeDocument(*result.doc);
  StatusOr<Document> back = DecodeDocument(bytes);
  ASSERT_TRUE(back.ok()) << back.status().ToString();
  EXPECT_TRUE(*back == *result.doc);
  // Compact: the two texts dominate; everything else (zones, fields, references, deadlines,
  // obligations with their spans: about 4.5 KB here) costs little.
  EXPECT_LT(bytes.size(), result.doc->raw_text.size() + result.doc->text.size() + 8192);
}

TEST(DocumentCodec, EveryCutShortEncodingIsRefused) {
  const std::string bytes = EncodeDocument(EveryField());
  for (size_t size = 0; size < bytes.size(); ++size) {
    StatusOr<Document> back = DecodeDocument(std::string_view(bytes).substr(0, size));
    ASSERT_FALSE(back.ok()) << "cut at " << size;
    EXPECT_EQ(back.status().code(), StatusCode::kDataError);
  }
}

TEST(DocumentCodec, RefusesOtherBytes) {
  const std::string bytes = EncodeDocument(EveryField());
  struct Case {
    std::string name;
    std::string bytes;
    std::string message;
  };
  std::string next_version = bytes;
  next_version[5] = 2;  // the version follows the five-byte magic
  const Case cases[] = {
      {"not a document", "hello", "not an encoded Document"},
      {"next version", next_version, "version 2 unknown"},
      {"trailing bytes", bytes + "x", "bytes after the Document"},
  };
  for (const Case& c : cases) {
    StatusOr<Document> back = DecodeDocument(c.bytes);
    ASSERT_FALSE(back.ok()) << c.name;
    EXPECT_NE(back.status().message().find(c.message), std::string::npos)
        << c.name << ": " << back.status().message();
  }
}

TEST(DocumentCodec, StageFailureRoundTrips) {
  for (const StageFailure& failure :
       {StageFailure{"read", DataError("empty file")}, StageFailure{"read", Timeout("after 600 s")},
        StageFailure{"metadata", Crash("SIGSEGV")}, StageFailure{"", OutOfMemory("")}}) {
    WireWriter out;
    EncodeStageFailureTo(out, failure);
    WireReader in(out.bytes());
    StageFailure back = DecodeStageFailureFrom(in);
    ASSERT_TRUE(in.ok() && in.AtEnd()) << in.status().ToString();
    EXPECT_EQ(back.stage, failure.stage);
    EXPECT_EQ(back.status.code(), failure.status.code());
    EXPECT_EQ(back.status.message(), failure.status.message());
  }
}

}  // namespace
}  // namespace vanban
