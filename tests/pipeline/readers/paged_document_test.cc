#include "pipeline/readers/paged_document.h"

#include <gtest/gtest.h>

namespace vanban {
namespace {

OcrPage TwoWords() {
  OcrPage page;
  page.text = "Số: 02";
  page.words = {{Span{0, 5}, Box{10, 20, 60, 40}, 91.0f},
                {Span{6, 8}, Box{70, 20, 100, 40}, 89.0f}};
  page.mean_confidence = 90;
  return page;
}

TEST(PagedDocument, PagesFollowEachOtherWithWordsInRawText) {
  Document doc;
  AppendTextPage(doc, 1, "CHỈ THỊ\nVề việc\n\n", "pdf-text");
  AppendOcrPage(doc, 2, TwoWords(), 300);
  AppendTextPage(doc, 3, "Nơi nhận:", "pdf-text-legacy");
  EXPECT_EQ(doc.raw_text, "CHỈ THỊ\nVề việc\nSố: 02\nNơi nhận:\n");
  ASSERT_EQ(doc.pages.size(), 3u);
  const std::string_view raw = doc.raw_text;
  EXPECT_EQ(raw.substr(doc.pages[0].raw.begin, doc.pages[0].raw.size()), "CHỈ THỊ\nVề việc");
  EXPECT_EQ(raw.substr(doc.pages[1].raw.begin, doc.pages[1].raw.size()), "Số: 02");
  EXPECT_EQ(raw.substr(doc.pages[2].raw.begin, doc.pages[2].raw.size()), "Nơi nhận:");
  EXPECT_EQ(doc.pages[1].method, "ocr");
  EXPECT_EQ(doc.pages[1].dpi, 300);
  EXPECT_EQ(doc.pages[1].ocr_confidence, 90);
  EXPECT_EQ(doc.pages[0].dpi, 0);
  EXPECT_FALSE(doc.pages[2].ocr_confidence.has_value());
  ASSERT_EQ(doc.words.size(), 2u);
  EXPECT_EQ(raw.substr(doc.words[0].raw.begin, doc.words[0].raw.size()), "Số:");
  EXPECT_EQ(raw.substr(doc.words[1].raw.begin, doc.words[1].raw.size()), "02");
  EXPECT_EQ(doc.words[1].page, 2);
  EXPECT_EQ(doc.words[1].box, (Box{70, 20, 100, 40}));
  EXPECT_EQ(PageMethods(doc), "pdf-text+ocr+pdf-text-legacy");
}

TEST(PagedDocument, PageMethodsNameEachMethodOnce) {
  Document doc;
  AppendTextPage(doc, 1, "a", "pdf-text");
  AppendOcrPage(doc, 2, OcrPage{}, 300);
  AppendTextPage(doc, 3, "b", "pdf-text");
  AppendOcrPage(doc, 4, OcrPage{}, 300);
  EXPECT_EQ(PageMethods(doc), "pdf-text+ocr");
  EXPECT_EQ(PageMethods(Document{}), "");
}

TEST(PagedDocument, PageRanges) {
  struct Case {
    int first, last, count;
    std::string expected;  // "first-last" or the error
  };
  const Case cases[] = {
      {1, 0, 5, "1-5"},
      {2, 3, 5, "2-3"},
      {4, 9, 5, "4-5"},
      {0, 0, 2, "1-2"},
      {6, 0, 5, "invalid_argument: the PDF has 5 pages; page 6 was asked for"},
      {2, 0, 1, "invalid_argument: the PDF has 1 page; page 2 was asked for"},
      {3, 2, 5, "invalid_argument: page range 3-2 is empty"},
  };
  for (const Case& c : cases) {
    ReadOptions options;
    options.first_page = c.first;
    options.last_page = c.last;
    StatusOr<PageRange> range = ResolvePageRange(options, c.count, "the PDF");
    const std::string got = range.ok()
                                ? std::to_string(range->first) + "-" + std::to_string(range->last)
                                : range.status().ToString();
    EXPECT_EQ(got, c.expected) << c.first << "-" << c.last << " of " << c.count;
  }
}

}  // namespace
}  // namespace vanban
