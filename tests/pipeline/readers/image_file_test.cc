// Real Leptonica on the image fixtures of tests/data/scans.
#include "pipeline/readers/image_file.h"

#include <gtest/gtest.h>
#include <leptonica/allheaders.h>

#include <string>
#include <vector>

#include "tests/test_paths.h"

namespace vanban {
namespace {

using ::vanban::testing::ReadBytes;
using ::vanban::testing::ScanFixture;

struct Seen {
  int number;
  int width;
  int height;
  int dpi;
};

StatusOr<std::vector<Seen>> Pages(const std::string& bytes, int first = 1, int last = 0) {
  std::vector<Seen> seen;
  Status s = ForEachImagePage(bytes, first, last, [&](int number, GrayImage image) {
    EXPECT_EQ(image.pixels.size(), static_cast<size_t>(image.width) * image.height);
    seen.push_back({number, image.width, image.height, image.dpi});
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return seen;
}

TEST(ImageFile, DecodesPngJpegAndEveryTiffPage) {
  struct Case {
    std::string file;
    std::vector<int> sizes;  // width, height of each page
  };
  const Case cases[] = {
      {"cv-5649-top.png", {2010, 335}},
      {"cv-5649-top.rot90.png", {335, 2010}},
      {"cv-5649-top.skewed.jpg", {2010, 335}},
      {"cv-5649-two-pages.tif", {2010, 335, 2010, 320}},
  };
  for (const Case& c : cases) {
    StatusOr<std::vector<Seen>> pages = Pages(ReadBytes(ScanFixture(c.file)));
    ASSERT_TRUE(pages.ok()) << c.file << ": " << pages.status().ToString();
    ASSERT_EQ(pages->size() * 2, c.sizes.size()) << c.file;
    for (size_t i = 0; i < pages->size(); ++i) {
      EXPECT_EQ((*pages)[i].number, static_cast<int>(i) + 1) << c.file;
      EXPECT_EQ((*pages)[i].width, c.sizes[2 * i]) << c.file;
      EXPECT_EQ((*pages)[i].height, c.sizes[2 * i + 1]) << c.file;
    }
  }
}

TEST(ImageFile, KeepsTheStatedResolution) {
  StatusOr<std::vector<Seen>> pages = Pages(ReadBytes(ScanFixture("cv-5649-top.png")));
  ASSERT_TRUE(pages.ok());
  EXPECT_EQ((*pages)[0].dpi, 300);
}

TEST(ImageFile, TiffPageRangeKeepsRealPageNumbers) {
  const std::string tiff = ReadBytes(ScanFixture("cv-5649-two-pages.tif"));
  StatusOr<std::vector<Seen>> second = Pages(tiff, 2, 0);
  ASSERT_TRUE(second.ok()) << second.status().ToString();
  ASSERT_EQ(second->size(), 1u);
  EXPECT_EQ((*second)[0].number, 2);
  EXPECT_EQ((*second)[0].height, 320);
  StatusOr<std::vector<Seen>> first = Pages(tiff, 1, 1);
  ASSERT_TRUE(first.ok());
  ASSERT_EQ(first->size(), 1u);
  EXPECT_EQ((*first)[0].number, 1);
  StatusOr<std::vector<Seen>> beyond = Pages(tiff, 3, 0);
  ASSERT_FALSE(beyond.ok());
  EXPECT_EQ(beyond.status().ToString(),
            "invalid_argument: the image has 2 pages; page 3 was asked for");
}

TEST(ImageFile, StopsAtTheFirstFailureOfTheVisitor) {
  int calls = 0;
  Status s =
      ForEachImagePage(ReadBytes(ScanFixture("cv-5649-two-pages.tif")), 1, 0, [&](int, GrayImage) {
        ++calls;
        return DataError("stop");
      });
  EXPECT_EQ(s.ToString(), "data_error: stop");
  EXPECT_EQ(calls, 1);
}

TEST(ImageFile, Refusals) {
  const std::string png = ReadBytes(ScanFixture("cv-5649-top.png"));
  struct Case {
    std::string name;
    std::string bytes;
    std::string status;
  };
  const Case cases[] = {
      {"not an image", "hello", "unsupported: not a PNG, JPEG or TIFF image"},
      {"truncated png", png.substr(0, png.size() / 3), "data_error: cannot decode the PNG image"},
      {"png header only", png.substr(0, 16), "data_error: cannot decode the PNG image"},
      {"jpeg header only", "\xFF\xD8\xFF\xE0\x00\x10JFIF",
       "data_error: cannot decode the JPEG image"},
      {"tiff header only", std::string("II*\0\x08\0\0\0", 8),
       "data_error: cannot decode page 1 of the TIFF image"},
  };
  for (const Case& c : cases) {
    Status s = ForEachImagePage(c.bytes, 1, 0, [](int, GrayImage) { return Status::Ok(); });
    EXPECT_EQ(s.ToString(), c.status) << c.name;
  }
}

TEST(ImageFile, RedInkFadesBlackAndBlueInkStay) {
  // A colour PNG of four pixels: a red seal's red, black text, blue ink, white paper.
  Pix* pix = pixCreate(4, 1, 32);
  ASSERT_NE(pix, nullptr);
  const l_int32 colours[4][3] = {{220, 30, 40}, {0, 0, 0}, {20, 40, 160}, {255, 255, 255}};
  for (int x = 0; x < 4; ++x) {
    l_uint32 value = 0;
    composeRGBPixel(colours[x][0], colours[x][1], colours[x][2], &value);
    pixSetPixel(pix, x, 0, value);
  }
  l_uint8* data = nullptr;
  size_t size = 0;
  ASSERT_EQ(pixWriteMem(&data, &size, pix, IFF_PNG), 0);
  pixDestroy(&pix);
  const std::string png(reinterpret_cast<const char*>(data), size);
  lept_free(data);
  std::vector<uint8_t> gray;
  Status s = ForEachImagePage(png, 1, 0, [&](int, GrayImage image) {
    gray = image.pixels;
    return Status::Ok();
  });
  ASSERT_TRUE(s.ok()) << s.ToString();
  ASSERT_EQ(gray.size(), 4u);
  EXPECT_GE(gray[0], 200) << "red seal";
  EXPECT_EQ(gray[1], 0) << "black text";
  EXPECT_LE(gray[2], 40) << "blue ink";
  EXPECT_EQ(gray[3], 255) << "paper";
}

}  // namespace
}  // namespace vanban
