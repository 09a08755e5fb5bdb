// The PDF reader end to end on real fixtures: real Poppler, real Tesseract.
#include "pipeline/readers/pdf_reader.h"

#include <gtest/gtest.h>

#include <string>

#include "pipeline/eval/cer.h"
#include "pipeline/readers/reader.h"
#include "tests/test_paths.h"

namespace vanban {
namespace {

using ::vanban::testing::ReadBytes;
using ::vanban::testing::ScanFixture;

bool HasIssue(const Document& doc, const std::string& code) {
  for (const Issue& issue : doc.issues) {
    if (issue.code == code) return true;
  }
  return false;
}

TEST(PdfReader, DigitalPdfUsesItsTextLayerWithoutOcr) {
  StatusOr<Document> doc = ReadDocument(ScanFixture("qd-47-2025-ttg.digital.pdf"));
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  EXPECT_EQ(doc->source.media_type, "application/pdf");
  EXPECT_EQ(doc->source.encoding, "pdf-text");
  EXPECT_EQ(CollapseWhitespace(doc->raw_text),
            CollapseWhitespace(ReadBytes(ScanFixture("qd-47-2025-ttg.gt.txt"))));
  ASSERT_EQ(doc->pages.size(), 1u);
  EXPECT_EQ(doc->pages[0].method, "pdf-text");
  EXPECT_FALSE(doc->pages[0].ocr_confidence.has_value());
  EXPECT_EQ(doc->pages[0].dpi, 0);
  EXPECT_TRUE(doc->words.empty());
  EXPECT_FALSE(HasIssue(*doc, "page_ocr"));
}

TEST(PdfReader, ScannedPageIsReadByOcrWithinOnePercentCer) {
  StatusOr<Document> doc = ReadDocument(ScanFixture("cv-5649-body.scan-300dpi.pdf"));
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  EXPECT_EQ(doc->source.encoding, "ocr");
  ASSERT_EQ(doc->pages.size(), 1u);
  const Page& page = doc->pages[0];
  EXPECT_EQ(page.method, "ocr");
  EXPECT_EQ(page.dpi, 300);
  ASSERT_TRUE(page.ocr_confidence.has_value());
  EXPECT_GT(*page.ocr_confidence, 80);
  const double cer =
      CharacterErrorRate(CollapseWhitespace(ReadBytes(ScanFixture("cv-5649-body.gt.txt"))),
                         CollapseWhitespace(doc->raw_text));
  EXPECT_LE(cer, 0.01) << doc->raw_text;
  ASSERT_EQ(doc->issues.size(), 1u);
  EXPECT_EQ(doc->issues[0].code, "page_ocr");
  EXPECT_EQ(doc->issues[0].message, "page 1 needed OCR (too little text)");
  EXPECT_FALSE(doc->issues[0].error);
  // Every word: inside the A4 page at 300 dpi, and its span slices to a word of the text.
  ASSERT_GT(doc->words.size(), 200u);
  for (const OcrWord& w : doc->words) {
    EXPECT_EQ(w.page, 1);
    EXPECT_LE(0, w.box.x0);
    EXPECT_LT(w.box.x0, w.box.x1);
    EXPECT_LE(w.box.x1, 2481);
    EXPECT_LE(0, w.box.y0);
    EXPECT_LT(w.box.y0, w.box.y1);
    EXPECT_LE(w.box.y1, 3508);
    ASSERT_LE(w.raw.end, doc->raw_text.size());
    const std::string word = doc->raw_text.substr(w.raw.begin, w.raw.size());
    EXPECT_FALSE(word.empty());
    EXPECT_EQ(word.find_first_of(" \n"), std::string::npos) << word;
  }
  EXPECT_EQ(doc->raw_text.substr(doc->words[0].raw.begin, doc->words[0].raw.size()), "Cục");
}

TEST(PdfReader, EncryptedPdf) {
  const auto path = ScanFixture("qd-47-2025-ttg.encrypted.pdf");
  StatusOr<Document> locked = ReadDocument(path);
  ASSERT_FALSE(locked.ok());
  EXPECT_EQ(locked.status().ToString(), "unsupported: encrypted PDF: give --password");
  ReadOptions options;
  options.password = "mat-khau-2025";
  StatusOr<Document> opened = ReadDocument(path, options);
  ASSERT_TRUE(opened.ok()) << opened.status().ToString();
  EXPECT_EQ(opened->pages[0].method, "pdf-text");
  EXPECT_TRUE(opened->raw_text.starts_with("THỦ TƯỚNG CHÍNH PHỦ\n"));
}

TEST(PdfReader, TruncatedPdfIsADataError) {
  const std::string bytes = ReadBytes(ScanFixture("qd-47-2025-ttg.digital.pdf"));
  StatusOr<Document> doc = ReadDocumentBytes(bytes.substr(0, 200), "cut.pdf");
  ASSERT_FALSE(doc.ok());
  EXPECT_EQ(doc.status().code(), StatusCode::kDataError);
  EXPECT_TRUE(doc.status().message().starts_with("not a readable PDF")) << doc.status().message();
}

TEST(PdfReader, PageRangeOutsideThePdf) {
  ReadOptions options;
  options.first_page = 3;
  StatusOr<Document> doc = ReadDocument(ScanFixture("qd-47-2025-ttg.digital.pdf"), options);
  ASSERT_FALSE(doc.ok());
  EXPECT_EQ(doc.status().ToString(), "invalid_argument: the PDF has 1 page; page 3 was asked for");
}

}  // namespace
}  // namespace vanban
