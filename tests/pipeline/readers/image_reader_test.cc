// The image reader end to end: real Leptonica, real Tesseract, small page crops.
#include "pipeline/readers/image_reader.h"

#include <gtest/gtest.h>

#include <string>

#include "pipeline/eval/cer.h"
#include "pipeline/readers/reader.h"
#include "tests/test_paths.h"

namespace vanban {
namespace {

using ::vanban::testing::ReadBytes;
using ::vanban::testing::ScanFixture;

double Cer(const std::string& ground_truth_file, std::string_view text) {
  return CharacterErrorRate(CollapseWhitespace(ReadBytes(ScanFixture(ground_truth_file))),
                            CollapseWhitespace(text));
}

TEST(ImageReader, PngIsReadByOcr) {
  StatusOr<Document> doc = ReadDocument(ScanFixture("cv-5649-top.png"));
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  EXPECT_EQ(doc->source.media_type, "image/png");
  EXPECT_EQ(doc->source.encoding, "ocr");
  ASSERT_EQ(doc->pages.size(), 1u);
  EXPECT_EQ(doc->pages[0].method, "ocr");
  EXPECT_EQ(doc->pages[0].dpi, 300);
  EXPECT_LE(Cer("cv-5649-top.gt.txt", doc->raw_text), 0.02) << doc->raw_text;
  ASSERT_EQ(doc->issues.size(), 1u);
  EXPECT_EQ(doc->issues[0].message, "page 1 needed OCR (image)");
}

TEST(ImageReader, RotatedPageIsTurnedUpright) {
  StatusOr<Document> doc = ReadDocument(ScanFixture("cv-5649-top.rot90.png"));
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  EXPECT_LE(Cer("cv-5649-top.gt.txt", doc->raw_text), 0.02) << doc->raw_text;
  // Boxes are in the upright page: 2010 wide, 335 high.
  ASSERT_FALSE(doc->words.empty());
  for (const OcrWord& w : doc->words) {
    EXPECT_LE(w.box.x1, 2010);
    EXPECT_LE(w.box.y1, 335);
  }
}

TEST(ImageReader, SkewedJpegIsRead) {
  StatusOr<Document> doc = ReadDocument(ScanFixture("cv-5649-top.skewed.jpg"));
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  EXPECT_EQ(doc->source.media_type, "image/jpeg");
  EXPECT_LE(Cer("cv-5649-top.gt.txt", doc->raw_text), 0.02) << doc->raw_text;
}

TEST(ImageReader, MultiPageTiffKeepsPageNumbersAndRanges) {
  ReadOptions second_only;
  second_only.first_page = 2;
  StatusOr<Document> doc = ReadDocument(ScanFixture("cv-5649-two-pages.tif"), second_only);
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  EXPECT_EQ(doc->source.media_type, "image/tiff");
  ASSERT_EQ(doc->pages.size(), 1u);
  EXPECT_EQ(doc->pages[0].number, 2);
  EXPECT_LE(Cer("cv-5649-next.gt.txt", doc->raw_text), 0.02) << doc->raw_text;
  ASSERT_FALSE(doc->words.empty());
  for (const OcrWord& w : doc->words) EXPECT_EQ(w.page, 2);
  EXPECT_EQ(doc->issues[0].message, "page 2 needed OCR (image)");
}

}  // namespace
}  // namespace vanban
