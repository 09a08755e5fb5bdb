// Real Poppler on the PDF fixtures of tests/data/scans.
#include "pipeline/readers/pdf_file.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <string>
#include <vector>

#include "pipeline/eval/cer.h"
#include "tests/test_paths.h"

namespace vanban {
namespace {

using ::vanban::testing::ReadBytes;
using ::vanban::testing::ScanFixture;

TEST(PdfFile, TextLayerIsInReadingOrder) {
  const std::string bytes = ReadBytes(ScanFixture("qd-47-2025-ttg.digital.pdf"));
  StatusOr<PdfFile> pdf = PdfFile::Open(bytes, "");
  ASSERT_TRUE(pdf.ok()) << pdf.status().ToString();
  EXPECT_EQ(pdf->page_count(), 1);
  StatusOr<std::string> text = pdf->PageText(1);
  ASSERT_TRUE(text.ok()) << text.status().ToString();
  // The same text as the ground truth, line for line, as `pdftotext -raw` gives it.
  EXPECT_EQ(CollapseWhitespace(*text),
            CollapseWhitespace(ReadBytes(ScanFixture("qd-47-2025-ttg.gt.txt"))));
  EXPECT_TRUE(text->starts_with("THỦ TƯỚNG CHÍNH PHỦ\nSố: 47/2025/QĐ-TTg\n")) << *text;
}

TEST(PdfFile, ScannedPageHasNoTextLayer) {
  const std::string bytes = ReadBytes(ScanFixture("cv-5649-body.scan-300dpi.pdf"));
  StatusOr<PdfFile> pdf = PdfFile::Open(bytes, "");
  ASSERT_TRUE(pdf.ok()) << pdf.status().ToString();
  StatusOr<std::string> text = pdf->PageText(1);
  ASSERT_TRUE(text.ok());
  EXPECT_EQ(CollapseWhitespace(*text), "");
}

TEST(PdfFile, RendersGrayA4AtTheAskedDpi) {
  const std::string bytes = ReadBytes(ScanFixture("qd-47-2025-ttg.digital.pdf"));
  StatusOr<PdfFile> pdf = PdfFile::Open(bytes, "");
  ASSERT_TRUE(pdf.ok());
  StatusOr<GrayImage> image = pdf->RenderPage(1, 100);
  ASSERT_TRUE(image.ok()) << image.status().ToString();
  // A4 is 8.27 x 11.69 inches.
  EXPECT_NEAR(image->width, 827, 2);
  EXPECT_NEAR(image->height, 1169, 2);
  EXPECT_EQ(image->dpi, 100);
  ASSERT_EQ(image->pixels.size(), static_cast<size_t>(image->width) * image->height);
  // White paper with black text: the corner is white, some pixels are dark.
  EXPECT_EQ(image->pixels[0], 255);
  size_t dark = 0;
  for (uint8_t p : image->pixels) dark += p < 128;
  EXPECT_GT(dark, 1000u);
}

// A one-page PDF, 100 x 100 pt, with a red square on the left and a black one on the right,
// both 30 pt wide, 30 pt above the bottom edge.
std::string RedAndBlackSquaresPdf() {
  const std::string content = "1 0 0 rg 10 30 30 30 re f 0 0 0 rg 60 30 30 30 re f";
  const std::vector<std::string> objects = {
      "<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
      "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 100 100] /Contents 4 0 R >>",
      "<< /Length " + std::to_string(content.size()) + " >>\nstream\n" + content + "\nendstream"};
  std::string pdf = "%PDF-1.4\n";
  std::vector<size_t> offsets;
  for (size_t i = 0; i < objects.size(); ++i) {
    offsets.push_back(pdf.size());
    pdf += std::to_string(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
  }
  const size_t xref = pdf.size();
  pdf += "xref\n0 " + std::to_string(objects.size() + 1) + "\n0000000000 65535 f \n";
  for (size_t offset : offsets) {
    char line[32];
    std::snprintf(line, sizeof line, "%010zu 00000 n \n", offset);
    pdf += line;
  }
  pdf += "trailer\n<< /Size " + std::to_string(objects.size() + 1) +
         " /Root 1 0 R >>\nstartxref\n" + std::to_string(xref) + "\n%%EOF\n";
  return pdf;
}

TEST(PdfFile, RedInkDropsOutBlackStays) {
  const std::string bytes = RedAndBlackSquaresPdf();  // PdfFile reads from it until the end
  StatusOr<PdfFile> pdf = PdfFile::Open(bytes, "");
  ASSERT_TRUE(pdf.ok()) << pdf.status().ToString();
  StatusOr<GrayImage> image = pdf->RenderPage(1, 72);  // one pixel per point
  ASSERT_TRUE(image.ok()) << image.status().ToString();
  ASSERT_EQ(image->width, 100);
  ASSERT_EQ(image->height, 100);
  auto at = [&](int x, int y) { return image->pixels[static_cast<size_t>(y) * 100 + x]; };
  EXPECT_GE(at(25, 55), 240);  // inside the red square: as light as the paper
  EXPECT_LE(at(75, 55), 15);   // inside the black square
  EXPECT_EQ(at(50, 10), 255);  // paper
}

TEST(PdfFile, PageAndDpiOutOfRange) {
  const std::string bytes = ReadBytes(ScanFixture("qd-47-2025-ttg.digital.pdf"));
  StatusOr<PdfFile> pdf = PdfFile::Open(bytes, "");
  ASSERT_TRUE(pdf.ok());
  EXPECT_EQ(pdf->PageText(2).status().code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(pdf->PageText(0).status().code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(pdf->RenderPage(1, 5000).status().code(), StatusCode::kInvalidArgument);
}

TEST(PdfFile, EncryptedNeedsItsPassword) {
  const std::string bytes = ReadBytes(ScanFixture("qd-47-2025-ttg.encrypted.pdf"));
  StatusOr<PdfFile> none = PdfFile::Open(bytes, "");
  ASSERT_FALSE(none.ok());
  EXPECT_EQ(none.status().code(), StatusCode::kUnsupported);
  EXPECT_EQ(none.status().message(), "encrypted PDF: give --password");

  StatusOr<PdfFile> wrong = PdfFile::Open(bytes, "sai-mat-khau");
  ASSERT_FALSE(wrong.ok());
  EXPECT_EQ(wrong.status().code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(wrong.status().message(), "encrypted PDF: the password given does not open it");

  for (const char* password : {"mat-khau-2025", "chu-so-huu-2025"}) {  // user, owner
    StatusOr<PdfFile> right = PdfFile::Open(bytes, password);
    ASSERT_TRUE(right.ok()) << password << ": " << right.status().ToString();
    StatusOr<std::string> text = right->PageText(1);
    ASSERT_TRUE(text.ok());
    EXPECT_TRUE(text->starts_with("THỦ TƯỚNG CHÍNH PHỦ\n")) << password;
  }
}

TEST(PdfFile, TruncatedOrCorruptIsADataError) {
  const std::string bytes = ReadBytes(ScanFixture("qd-47-2025-ttg.digital.pdf"));
  const std::string cases[] = {
      bytes.substr(0, bytes.size() / 2),
      bytes.substr(0, 200),
      "%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj",
      "%PDF-1.4\n" + std::string(5000, 'x'),
  };
  for (const std::string& broken : cases) {
    StatusOr<PdfFile> pdf = PdfFile::Open(broken, "");
    if (pdf.ok()) {
      // Poppler may rebuild a damaged cross-reference table; what it gives is then readable
      // and any page it cannot read is a data_error, never a crash.
      for (int page = 1; page <= pdf->page_count(); ++page) (void)pdf->PageText(page);
      continue;
    }
    EXPECT_EQ(pdf.status().code(), StatusCode::kDataError) << broken.size();
    EXPECT_TRUE(pdf.status().message().starts_with("not a readable PDF: ") ||
                pdf.status().message() == "PDF has no pages")
        << pdf.status().message();
  }
}

}  // namespace
}  // namespace vanban
