// Real Tesseract with the vie and osd models on a small crop of a 300 dpi scan.
#include "pipeline/ocr/ocr_engine.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <string>

#include "pipeline/eval/cer.h"
#include "pipeline/readers/image_file.h"
#include "tests/test_paths.h"

namespace vanban {
namespace {

using ::vanban::testing::ReadBytes;
using ::vanban::testing::ScanFixture;

GrayImage LoadCrop() {
  GrayImage out;
  Status s =
      ForEachImagePage(ReadBytes(ScanFixture("cv-5649-top.png")), 1, 1, [&](int, GrayImage image) {
        out = std::move(image);
        return Status::Ok();
      });
  EXPECT_TRUE(s.ok()) << s.ToString();
  return out;
}

std::string GroundTruth() {
  return CollapseWhitespace(ReadBytes(ScanFixture("cv-5649-top.gt.txt")));
}

// Forgetting OMP_THREAD_LIMIT=1 makes OCR silently 9x slower on two cores (PEERS.md); the
// test environment sets it (tests/CMakeLists.txt) as the CLI's launcher does.
TEST(OcrEngine, RunsWithOneOpenMpThread) {
  const char* limit = std::getenv("OMP_THREAD_LIMIT");
  ASSERT_NE(limit, nullptr) << "OMP_THREAD_LIMIT must be set before the process starts";
  EXPECT_STREQ(limit, "1");
}

TEST(OcrEngine, ReadsWordsWithBoxesSpansAndConfidences) {
  const GrayImage image = LoadCrop();
  ASSERT_FALSE(image.empty());
  StatusOr<OcrEngine*> engine = ProcessOcrEngine("vie");
  ASSERT_TRUE(engine.ok()) << engine.status().ToString();
  StatusOr<OcrPage> page = (*engine)->Read(image);
  ASSERT_TRUE(page.ok()) << page.status().ToString();
  EXPECT_EQ(page->rotation, 0);
  EXPECT_LE(CharacterErrorRate(GroundTruth(), CollapseWhitespace(page->text)), 0.02) << page->text;
  // Lines and paragraphs: 4 printed lines in 2 paragraphs.
  EXPECT_EQ(std::count(page->text.begin(), page->text.end(), '\n'), 4) << page->text;
  EXPECT_NE(page->text.find("như sau:\n\nCăn cứ Điều 2"), std::string::npos) << page->text;
  ASSERT_GT(page->words.size(), 40u);
  double sum = 0;
  size_t previous_end = 0;
  for (const OcrPageWord& w : page->words) {
    ASSERT_LE(previous_end, w.span.begin);
    ASSERT_LE(w.span.end, page->text.size());
    const std::string word = page->text.substr(w.span.begin, w.span.size());
    EXPECT_EQ(word.find_first_of(" \n"), std::string::npos) << word;
    EXPECT_FALSE(word.empty());
    EXPECT_TRUE(0 <= w.box.x0 && w.box.x0 < w.box.x1 && w.box.x1 <= image.width) << word;
    EXPECT_TRUE(0 <= w.box.y0 && w.box.y0 < w.box.y1 && w.box.y1 <= image.height) << word;
    EXPECT_TRUE(0 <= w.confidence && w.confidence <= 100) << word;
    sum += w.confidence;
    previous_end = w.span.end;
  }
  EXPECT_DOUBLE_EQ(page->mean_confidence, sum / page->words.size());
  EXPECT_GT(page->mean_confidence, 80);
  // The first word is at the left of the first line, the last one at the bottom.
  EXPECT_EQ(page->text.substr(0, page->words[0].span.end), "Cục");
  EXPECT_LT(page->words[0].box.x0, 300);
  EXPECT_LT(page->words[0].box.y0, 80);
  EXPECT_GT(page->words.back().box.y0, 250);
}

TEST(OcrEngine, UpsideDownPageIsTurned) {
  GrayImage image = LoadCrop();
  std::reverse(image.pixels.begin(), image.pixels.end());  // a half turn
  StatusOr<OcrEngine*> engine = ProcessOcrEngine("vie");
  ASSERT_TRUE(engine.ok()) << engine.status().ToString();
  StatusOr<OcrPage> page = (*engine)->Read(image);
  ASSERT_TRUE(page.ok()) << page.status().ToString();
  EXPECT_EQ(page->rotation, 180);
  EXPECT_LE(CharacterErrorRate(GroundTruth(), CollapseWhitespace(page->text)), 0.02) << page->text;
}

// Tesseract reads a page turned by a quarter itself, but with its boxes in the turned
// page: the engine must still find the turn and read the page upright.
TEST(OcrEngine, QuarterTurnedPageIsTurnedUpright) {
  const GrayImage upright = LoadCrop();
  ASSERT_FALSE(upright.empty());
  GrayImage turned{upright.height, upright.width, upright.dpi, {}};
  turned.pixels.resize(upright.pixels.size());
  // A quarter turn counter-clockwise: the first line now runs up the left edge.
  for (int y = 0; y < turned.height; ++y) {
    for (int x = 0; x < turned.width; ++x) {
      turned.pixels[static_cast<size_t>(y) * turned.width + x] =
          upright.pixels[static_cast<size_t>(x) * upright.width + (upright.width - 1 - y)];
    }
  }
  StatusOr<OcrEngine*> engine = ProcessOcrEngine("vie");
  ASSERT_TRUE(engine.ok()) << engine.status().ToString();
  StatusOr<OcrPage> page = (*engine)->Read(turned);
  ASSERT_TRUE(page.ok()) << page.status().ToString();
  EXPECT_EQ(page->rotation, 90);
  EXPECT_LE(CharacterErrorRate(GroundTruth(), CollapseWhitespace(page->text)), 0.02) << page->text;
  ASSERT_FALSE(page->words.empty());
  for (const OcrPageWord& w : page->words) {
    EXPECT_LE(w.box.x1, upright.width);
    EXPECT_LE(w.box.y1, upright.height);
  }
}

TEST(OcrEngine, BlankPageHasNoWords) {
  GrayImage blank{600, 400, 300, std::vector<uint8_t>(600 * 400, 255)};
  StatusOr<OcrEngine*> engine = ProcessOcrEngine("vie");
  ASSERT_TRUE(engine.ok());
  StatusOr<OcrPage> page = (*engine)->Read(blank);
  ASSERT_TRUE(page.ok()) << page.status().ToString();
  EXPECT_EQ(page->text, "");
  EXPECT_TRUE(page->words.empty());
  EXPECT_EQ(page->mean_confidence, 0);
}

TEST(OcrEngine, Refusals) {
  StatusOr<OcrEngine*> engine = ProcessOcrEngine("vie");
  ASSERT_TRUE(engine.ok());
  EXPECT_EQ((*engine)->Read(GrayImage{}).status().code(), StatusCode::kInvalidArgument);
  GrayImage short_pixels{100, 100, 300, std::vector<uint8_t>(10, 255)};
  EXPECT_EQ((*engine)->Read(short_pixels).status().code(), StatusCode::kInvalidArgument);
  StatusOr<std::unique_ptr<OcrEngine>> klingon = OcrEngine::Create("tlh");
  ASSERT_FALSE(klingon.ok());
  EXPECT_EQ(klingon.status().ToString(),
            "internal: cannot load Tesseract language 'tlh' (is tesseract-ocr-tlh installed?)");
}

}  // namespace
}  // namespace vanban
