// Reading order of two-column bands, on synthetic word boxes laid out as a page of 2480 x
// 3508 pixels (A4 at 300 dpi) with 40-pixel-high words, read row by row as Tesseract's
// page segmentation often does; the bands come out column by column.
#include "pipeline/ocr/column_order.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

namespace vanban {
namespace {

struct Placed {
  std::string text;
  int x0;
  int y0;
  float confidence = 90;
};

// A page whose text is the words in the given order, each `separator` apart; words are
// 25 pixels wide per character and 40 high.
OcrPage MakePage(const std::vector<Placed>& placed, std::string_view separator = " ") {
  OcrPage page;
  for (const Placed& p : placed) {
    if (!page.text.empty()) page.text += separator;
    OcrPageWord& w = page.words.emplace_back();
    w.span.begin = page.text.size();
    page.text += p.text;
    w.span.end = page.text.size();
    w.box = Box{p.x0, p.y0, p.x0 + 25 * static_cast<int>(p.text.size()), p.y0 + 40};
    w.confidence = p.confidence;
  }
  page.mean_confidence = 88;
  return page;
}

std::string WordText(const OcrPage& page, const OcrPageWord& w) {
  return page.text.substr(w.span.begin, w.span.end - w.span.begin);
}

// Every word's span holds its own text, and words are in text order.
void ExpectSpansExact(const OcrPage& before, const OcrPage& after) {
  ASSERT_EQ(before.words.size(), after.words.size());
  size_t last_end = 0;
  for (const OcrPageWord& w : after.words) {
    EXPECT_GE(w.span.begin, last_end);
    last_end = w.span.end;
    bool found = false;
    for (const OcrPageWord& b : before.words) {
      if (b.box == w.box) {
        EXPECT_EQ(WordText(before, b), WordText(after, w));
        found = true;
      }
    }
    EXPECT_TRUE(found);
  }
}

// A full-width body line at `y`: words "loi" from x 200 to 2300.
std::vector<Placed> BodyLine(int y) {
  std::vector<Placed> out;
  for (int x = 200; x + 75 <= 2300; x += 100) out.push_back({"loi", x, y});
  return out;
}

void Append(std::vector<Placed>& to, const std::vector<Placed>& more) {
  to.insert(to.end(), more.begin(), more.end());
}

// Left column x 200..1000, right column x 1250..2300; the header rows are read across.
std::vector<Placed> HeaderRows() {
  return {
      {"UBND", 300, 200},  {"TINH", 450, 200},  {"CONG", 1250, 200},      {"HOA", 1400, 200},
      {"NAM", 2200, 200},  {"QUANG", 300, 260}, {"NGAI", 470, 260},       {"Doc", 1300, 260},
      {"lap", 1400, 260},  {"So:", 300, 400},   {"23/BC-UBND", 400, 400}, {"Ha", 1300, 400},
      {"Noi,", 1370, 400}, {"ngay", 1480, 400},
  };
}

TEST(OrderColumnBands, ReadsTheHeaderColumnByColumn) {
  std::vector<Placed> placed = HeaderRows();
  Append(placed, {{"BAO", 1100, 600}, {"CAO", 1200, 600}});  // the centred type line
  Append(placed, BodyLine(700));
  const OcrPage page = MakePage(placed);
  const OcrPage out = OrderColumnBands(page, /*first_page=*/true);
  // The issuer and its number, then the quốc hiệu, tiêu ngữ and place-date line, as
  // make-scans.sh transcriptions give a header.
  EXPECT_EQ(out.text.substr(0, out.text.find(" loi")),
            "UBND TINH\nQUANG NGAI\n\nSo: 23/BC-UBND\n\n"
            "CONG HOA NAM\nDoc lap\n\nHa Noi, ngay\n\n"
            "BAO CAO");
  ExpectSpansExact(page, out);
  EXPECT_EQ(out.mean_confidence, 88);
}

TEST(OrderColumnBands, StampsAboveTheHeaderStayBeforeIt) {
  std::vector<Placed> placed = {{"CONG", 1300, 60}, {"BAO", 1450, 60}};  // a gazette's stamp
  Append(placed, HeaderRows());
  Append(placed, {{"BAO", 1100, 600}, {"CAO", 1200, 600}});
  Append(placed, BodyLine(700));
  const OcrPage page = MakePage(placed);
  const OcrPage out = OrderColumnBands(page, /*first_page=*/true);
  EXPECT_EQ(out.text.substr(0, out.text.find(" loi")),
            "CONG BAO\n\nUBND TINH\nQUANG NGAI\n\nSo: 23/BC-UBND\n\n"
            "CONG HOA NAM\nDoc lap\n\nHa Noi, ngay\n\nBAO CAO");
  ExpectSpansExact(page, out);
}

TEST(OrderColumnBands, LeavesTheHeaderOfALaterPage) {
  std::vector<Placed> placed = HeaderRows();
  Append(placed, BodyLine(700));
  const OcrPage page = MakePage(placed);
  const OcrPage out = OrderColumnBands(page, /*first_page=*/false);
  EXPECT_EQ(out.text, page.text);
}

TEST(OrderColumnBands, LeavesAPageWithoutColumns) {
  std::vector<Placed> placed = BodyLine(200);
  Append(placed, BodyLine(260));
  Append(placed, {{"het.", 200, 320}});
  const OcrPage page = MakePage(placed, "\n");
  EXPECT_EQ(OrderColumnBands(page, true).text, page.text);
}

std::vector<Placed> Closing() {
  return {
      {"Noi", 200, 2200}, {"nhan:", 300, 2200}, {"TM.", 1400, 2200},    {"UBND", 1500, 2200},
      {"-", 200, 2260},   {"Nhu", 240, 2260},   {"CHU", 1500, 2260},    {"TICH", 1600, 2260},
      {"-", 200, 2320},   {"Luu", 240, 2320},   {"Nguyen", 1450, 2600}, {"Van", 1620, 2600},
  };
}

TEST(OrderColumnBands, ReadsTheClosingBandColumnByColumn) {
  std::vector<Placed> placed = BodyLine(2000);
  placed.push_back({"thuc.", 200, 2060});  // a short last body line stays before the band
  Append(placed, Closing());
  const OcrPage page = MakePage(placed);
  const OcrPage out = OrderColumnBands(page, /*first_page=*/false);
  const size_t band = out.text.find("thuc.");
  ASSERT_NE(band, std::string::npos);
  EXPECT_EQ(out.text.substr(band),
            "thuc.\n\nNoi nhan:\n- Nhu\n- Luu\n\nTM. UBND\nCHU TICH\n\nNguyen Van");
  ExpectSpansExact(page, out);
}

TEST(OrderColumnBands, ASealDoesNotCloseTheStrip) {
  // A low-confidence word across the middle (a seal read as text) does not block it.
  std::vector<Placed> placed = BodyLine(2000);
  Append(placed, Closing());
  placed.push_back({"@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@", 1200, 2420, 12});
  const OcrPage page = MakePage(placed);
  const OcrPage out = OrderColumnBands(page, false);
  const size_t band = out.text.find("Noi nhan:");
  ASSERT_NE(band, std::string::npos) << out.text;
  // The seal comes after the signature block, not inside it.
  EXPECT_EQ(out.text.substr(band),
            "Noi nhan:\n- Nhu\n- Luu\n\nTM. UBND\nCHU TICH\n\nNguyen Van\n\n"
            "@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@");
  ExpectSpansExact(page, out);
}

TEST(OrderColumnBands, TheSignatureBlockStaysWholeBesideAGapInTheRecipients) {
  // A blank line splits the recipients list; the title and the name of the signature block
  // still follow each other, after the whole list.
  std::vector<Placed> placed = BodyLine(2000);
  Append(placed, {{"Noi", 200, 2200},
                  {"nhan:", 300, 2200},
                  {"CHU", 1500, 2200},
                  {"TICH", 1600, 2200},
                  {"-", 200, 2260},
                  {"Nhu", 240, 2260},
                  {"-", 200, 2420},
                  {"Luu", 240, 2420},
                  {"Tran", 1450, 2460},
                  {"Ngoc", 1580, 2460},
                  {"Cang", 1710, 2460}});
  const OcrPage page = MakePage(placed);
  const OcrPage out = OrderColumnBands(page, false);
  const size_t band = out.text.find("Noi nhan:");
  ASSERT_NE(band, std::string::npos) << out.text;
  EXPECT_EQ(out.text.substr(band), "Noi nhan:\n- Nhu\n\n- Luu\n\nCHU TICH\n\nTran Ngoc Cang");
  ExpectSpansExact(page, out);
}

TEST(OrderColumnBands, FlecksOfASealInTheNameLineComeAfterTheBand) {
  // "Trần À Hoàng Tuấn": a fleck of the seal, half the height of the print, read as a letter.
  std::vector<Placed> placed = BodyLine(2000);
  Append(placed, Closing());
  OcrPage page = MakePage(placed);
  OcrPageWord fleck;
  fleck.span = {page.text.size() + 1, page.text.size() + 3};
  page.text += " \xC3\x80";  // "À"
  fleck.box = Box{1560, 2610, 1580, 2630};
  fleck.confidence = 61;
  page.words.push_back(fleck);
  const OcrPage out = OrderColumnBands(page, false);
  const size_t band = out.text.find("Noi nhan:");
  ASSERT_NE(band, std::string::npos) << out.text;
  EXPECT_EQ(out.text.substr(band),
            "Noi nhan:\n- Nhu\n- Luu\n\nTM. UBND\nCHU TICH\n\nNguyen Van\n\n\xC3\x80");
  ExpectSpansExact(page, out);
}

TEST(OrderColumnBands, KeepsTesseractsSeparatorsOutsideTheBands) {
  std::vector<Placed> placed = HeaderRows();
  Append(placed, {{"QUYET", 1100, 600}, {"DINH", 1300, 600}});
  Append(placed, BodyLine(700));
  OcrPage page = MakePage(placed);
  // Tesseract put a paragraph break between the two words of the type line.
  const size_t quyet = HeaderRows().size();
  page.text.replace(page.words[quyet].span.end, 1, "\n\n");
  for (size_t i = quyet + 1; i < page.words.size(); ++i) {
    page.words[i].span.begin += 1;
    page.words[i].span.end += 1;
  }
  const OcrPage out = OrderColumnBands(page, true);
  EXPECT_NE(out.text.find("ngay\n\nQUYET\n\nDINH loi"), std::string::npos) << out.text;
  ExpectSpansExact(page, out);
}

TEST(OrderColumnBands, EmptyPage) {
  const OcrPage out = OrderColumnBands(OcrPage{}, true);
  EXPECT_TRUE(out.text.empty());
  EXPECT_TRUE(out.words.empty());
}

}  // namespace
}  // namespace vanban
