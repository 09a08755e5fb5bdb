#include "extractors/segment_header.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

namespace vanban {
namespace {

struct HeaderCase {
  const char* text;  // a header as printed
  ZoneKind kind;     // the zone the pattern must find
  const char* zone;  // its text
};

// Each header pattern with real forms from corpus/real (file in the comment).
const HeaderCase kCases[] = {
    // quốc hiệu, hard-wrapped (cv-5348-2025-cs.txt) and with "HOÀ" (ct-1980-tvpl.txt)
    {"BỘ TÀI CHÍNH\nCỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n",
     ZoneKind::kMotto, "CỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM"},
    {"PHỦ THỦ TƯỚNG ----- CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập – Tự do – Hạnh phúc\n",
     ZoneKind::kMotto, "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM"},
    // Party motto (kl-212-2025.txt)
    {"BAN\nCHẤP HÀNH TRUNG ƯƠNG\nĐẢNG\nCỘNG SẢN VIỆT NAM\n---------------\nSố 212-KL/TW\n",
     ZoneKind::kMotto, "ĐẢNG\nCỘNG SẢN VIỆT NAM"},
    // tiêu ngữ missing its first dash (qd-47-2025-ttg.txt)
    {"THỦ TƯỚNG CHÍNH PHỦ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập Tự do - Hạnh phúc\n",
     ZoneKind::kMotto, "Độc lập Tự do - Hạnh phúc"},
    // "Số" without a colon (hd-37-8bfc54.txt), "Luật số:" (luat-2025-000002.txt), the number
    // on the next line (cv-2025-3eb6b0.txt), two columns (qd-2280-2026-hanoi.txt)
    {"BAN CHẤP HÀNH\nTRUNG ƯƠNG\nĐẢNG CỘNG SẢN\nVIỆT NAM\nSố 37-HD/BTGDVTW\n", ZoneKind::kNumber,
     "Số 37-HD/BTGDVTW"},
    {"QUỐC HỘI\nCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
     "Luật số: 121/2025/QH15\n",
     ZoneKind::kNumber, "Luật số: 121/2025/QH15"},
    {"CỤC THUẾ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố:\n5664/CT-CS\nV/v chính sách thuế\n",
     ZoneKind::kNumber, "Số:\n5664/CT-CS"},
    {"  ỦY BAN NHÂN DÂN              CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
     "   Số: 2280         /QĐ-UBND                Hà Nội, ngày 29 tháng 4 năm 2026\n",
     ZoneKind::kNumber, "Số: 2280         /QĐ-UBND"},
    // place-date: wrapped place (qd-2025-ho-chi-minh.txt), flattened after the number
    // (qd-435-2020-kon-tum.txt), OCR-garbled day (ocr-q05-ct-44-ubnd.txt)
    {"UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố:\n2820/QĐ-UBND\nThành phố Hồ\n"
     "Chí Minh, ngày 19 tháng 11 năm 2025\n",
     ZoneKind::kPlaceDate, "Thành phố Hồ\nChí Minh, ngày 19 tháng 11 năm 2025"},
    {"ỦY BAN NHÂN DÂN TỈNH KON TUM -------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
     "Số: 435/QĐ-UBND Kon Tum, ngày 04 tháng 5 năm 2020 QUYẾT ĐỊNH V/V BAN HÀNH\n",
     ZoneKind::kPlaceDate, "Kon Tum, ngày 04 tháng 5 năm 2020"},
    {"ỦY BAN NHÂN DÂN CỌNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
     "Số: 44 /CT-UBND Quảng Ngãi, ngày/1} tháng 9 năm 2024\nCHỈ THỊ\n",
     ZoneKind::kPlaceDate, "Quảng Ngãi, ngày/1} tháng 9 năm 2024"},
    // a scanned two-column header read by rows, its date line higher than the number
    {"ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
     "Độc lập - Tự do - Hạnh phúc\nQuảng Ngãi, ngày 04 tháng 02 năm 2025\n\n"
     "Số: 574/UBND-KTTH\nV/v đăng ký bổ sung nội dung\n",
     ZoneKind::kPlaceDate, "Quảng Ngãi, ngày 04 tháng 02 năm 2025"},
    // the numeric form after "ngày"
    {"BỘ TÀI CHÍNH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 12/BC-BTC\nHà Nội, ngày 06/3/2024\n",
     ZoneKind::kPlaceDate, "Hà Nội, ngày 06/3/2024"},
    // a draft with the date left blank (ocr-q32-ttr-0-ubnd.txt, appendix)
    {"HỘI ĐÔNG NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
     "Số: /2025/NQ-HĐND\nQuảng Ngãi, ngày tháng năm 2025\n",
     ZoneKind::kPlaceDate, "Quảng Ngãi, ngày tháng năm 2025"},
    // a stamp's garbled line joined onto the issuer's (nq_115_ba_vi, a real scan)
    {"Sỹ tim (PMAINMIUNG im — [T#rtz CHÍNH PHỦ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
     "Độc lập - Tự do - Hạnh phúc\nSố: 115/NQ-CP\n",
     ZoneKind::kIssuer, "CHÍNH PHỦ"},
    // "V/v:" (cv-11298-2025-ktth.txt), "Về ..." under the number (cv-5155-...-so-giao-.txt)
    {"VĂN PHÒNG CHÍNH PHỦ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 11298/VPCP-KTTH\n"
     "V/v: động lực tăng\ntrưởng kinh tế trong những tháng cuối năm 2025\n"
     "Hà Nội, ngày 17 tháng 11 năm 2025\n",
     ZoneKind::kTitle, "V/v: động lực tăng"},
    {"SỞ GIÁO DỤC VÀ ĐÀO TẠO\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
     "Số: 5155/SGDĐT-GDTXNNĐH\nVề hướng dẫn đánh giá, xếp loại trung tâm\n"
     "Thành phố Hồ Chí Minh, ngày 28 tháng 11 năm 2025\n",
     ZoneKind::kTitle, "Về hướng dẫn đánh giá, xếp loại trung tâm"},
    // "Kính\ngửi:" wrapped (cv-3799-2025-gsql.txt)
    {"CỤC HẢI QUAN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 3799/CHQ-GSQL\nV/v khai bổ sung\n"
     "Hà Nội, ngày 25 tháng 11 năm 2025\nKính gửi: Tổng Công ty Phân bón.\n",
     ZoneKind::kAddressees, "Kính gửi: Tổng Công ty Phân bón."},
};

TEST(SegmentHeader, EachPatternWithItsExample) {
  for (const HeaderCase& c : kCases) {
    std::string_view text = c.text;
    HeaderLayout layout = FindHeader(text);
    EXPECT_TRUE(layout.found) << c.text;
    std::vector<std::string_view> zones;
    for (const Zone& z : layout.zones) {
      if (z.kind == c.kind) zones.push_back(text.substr(z.span.begin, z.span.size()));
    }
    EXPECT_NE(std::find(zones.begin(), zones.end(), c.zone), zones.end())
        << ZoneKindName(c.kind) << " [" << c.zone << "] not found in:\n"
        << c.text;
  }
}

TEST(SegmentHeader, NoHeaderInAPressArticle) {
  EXPECT_FALSE(FindHeader("(Chinhphu.vn) - Chính phủ mới đây đã ban hành Nghị quyết số "
                          "07/2025/NQ-CP về chính sách.\n")
                   .found);
}

TEST(SegmentHeader, IssuerLinesBesideTheMotto) {
  // ocr-q28-cv-507-2025-kgvx.txt: two columns side by side.
  std::string_view text =
      "    ỦY BAN NHÂN DÂN                         CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
      "    TỈNH QUẢNG NGÃI                               Độc lập - Tự do - Hạnh phúc\n"
      "   Số: 507 /UBND-KGVX                           Quảng Ngãi, ngày 24 tháng 01 năm 2025\n";
  std::vector<std::string_view> issuer;
  for (const Zone& z : FindHeader(text).zones) {
    if (z.kind == ZoneKind::kIssuer) issuer.push_back(text.substr(z.span.begin, z.span.size()));
  }
  EXPECT_EQ(issuer, (std::vector<std::string_view>{"ỦY BAN NHÂN DÂN", "TỈNH QUẢNG NGÃI"}));
}

TEST(SegmentHeader, AHeaderReadColumnByColumn) {
  // qn-cv-575-2025, page 1 as OCR reads it by columns: the left column (issuer, a number
  // written by hand and misread, the "V/v" lines), then the right one.
  std::string_view text =
      "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI\n\nSố:9'†E /UBND-KTTH\nV/v tham gia ý kiến\n"
      "các dự thảo Nghị định của\nChính phủ\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
      "Độc lập - Tự do - Hạnh phúc\n\nQuảng Ngãi, ngày 04tháng 02 năm 2025\n\n"
      "Kính gửi: Sở Tài chính\n";
  std::vector<std::string_view> issuer;
  std::vector<std::string_view> number;
  std::vector<std::string_view> place_date;
  std::vector<std::string_view> title;
  for (const Zone& z : FindHeader(text).zones) {
    std::string_view zone = text.substr(z.span.begin, z.span.size());
    if (z.kind == ZoneKind::kIssuer) issuer.push_back(zone);
    if (z.kind == ZoneKind::kNumber) number.push_back(zone);
    if (z.kind == ZoneKind::kPlaceDate) place_date.push_back(zone);
    if (z.kind == ZoneKind::kTitle) title.push_back(zone);
  }
  EXPECT_EQ(issuer, (std::vector<std::string_view>{"ỦY BAN NHÂN DÂN", "TỈNH QUẢNG NGÃI"}));
  EXPECT_EQ(number, (std::vector<std::string_view>{"Số:"}));
  EXPECT_EQ(place_date, (std::vector<std::string_view>{"Quảng Ngãi, ngày 04tháng 02 năm 2025"}));
  ASSERT_FALSE(title.empty());
  EXPECT_EQ(title.front(), "V/v tham gia ý kiến");
}

}  // namespace
}  // namespace vanban
