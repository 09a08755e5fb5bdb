#include "extractors/segment.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace vanban {
namespace {

struct ZoneText {
  std::string kind;
  std::string text;
  bool operator==(const ZoneText&) const = default;
};

std::ostream& operator<<(std::ostream& os, const ZoneText& z) {
  return os << z.kind << " [" << z.text << "]";
}

std::vector<ZoneText> Zones(std::string text) {
  Document doc;
  doc.raw_text = text;
  doc.text = std::move(text);
  std::vector<ZoneText> out;
  for (const Zone& z : Segment(doc)) {
    out.push_back({std::string(ZoneKindName(z.kind)), std::string(doc.Slice(z.span))});
  }
  return out;
}

TEST(Segment, CongVanHeaderAndEndMatter) {
  // cv-5348-2025-cs.txt (shortened body), with the source's title line after it.
  std::vector<ZoneText> zones = Zones(
      "BỘ TÀI CHÍNH\nCỤC THUẾ\n-------\nCỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM\n"
      "Độc lập - Tự do - Hạnh phúc\n---------------\nSố: 5348/CT-CS\n"
      "V/v hướng dẫn góp vốn điều lệ\nHà Nội, ngày 20\ntháng 11 năm 2025\n"
      "Kính gửi: Thuế tỉnh Quảng Trị.\nCục Thuế có ý kiến để Thuế tỉnh Quảng Trị biết./.\n"
      "Nơi nhận:\n- Như trên;\n- Lưu: VT, CS.\nTL. CỤC TRƯỞNG\nKT. TRƯỞNG BAN CHÍNH SÁCH, "
      "THUẾ QUỐC TẾ\nPHÓ TRƯỞNG BAN\nPhạm Thị Minh Hiền\n"
      "Công văn 5348/CT-CS năm 2025 hướng dẫn góp vốn điều lệ do Cục Thuế ban hành\n");
  std::vector<ZoneText> expected = {
      {"issuer", "BỘ TÀI CHÍNH"},
      {"issuer", "CỤC THUẾ"},
      {"motto", "CỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM"},
      {"motto", "Độc lập - Tự do - Hạnh phúc"},
      {"number", "Số: 5348/CT-CS"},
      {"title", "V/v hướng dẫn góp vốn điều lệ"},
      {"place_date", "Hà Nội, ngày 20\ntháng 11 năm 2025"},
      {"addressees", "Kính gửi: Thuế tỉnh Quảng Trị."},
      {"body", "Cục Thuế có ý kiến để Thuế tỉnh Quảng Trị biết./."},
      {"recipients", "Nơi nhận:"},
      {"recipients", "- Như trên;"},
      {"recipients", "- Lưu: VT, CS."},
      {"signature", "TL. CỤC TRƯỞNG"},
      {"signature", "KT. TRƯỞNG BAN CHÍNH SÁCH, THUẾ QUỐC TẾ"},
      {"signature", "PHÓ TRƯỞNG BAN"},
      {"signature", "Phạm Thị Minh Hiền"},
      {"chrome", "Công văn 5348/CT-CS năm 2025 hướng dẫn góp vốn điều lệ do Cục Thuế ban hành"},
  };
  EXPECT_EQ(zones, expected);
}

TEST(Segment, WebPageFurnitureBeforeTheHeader) {
  // cv-11554-2025-v-i.txt: a news summary above the document.
  std::vector<ZoneText> zones = Zones(
      "## Nâng cao hiệu quả công tác chống buôn lậu\n"
      "Xem thêm chi tiết tại Công văn 11554/VPCP-V.I ngày 25/11/2025.\n"
      "VĂN PHÒNG CHÍNH\nPHỦ\n-------\nCỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM\n"
      "Độc lập - Tự do - Hạnh phúc\n---------------\nSố: 11554/VPCP-V.I\n");
  ASSERT_GE(zones.size(), 3u);
  EXPECT_EQ(zones[0].kind, "chrome");
  EXPECT_EQ(zones[1], (ZoneText{"issuer", "VĂN PHÒNG CHÍNH"}));
  EXPECT_EQ(zones[2], (ZoneText{"issuer", "PHỦ"}));
}

TEST(Segment, PressArticleIsOneBody) {
  std::vector<ZoneText> zones = Zones(
      "(Chinhphu.vn) - Chính phủ mới đây đã ban hành Nghị quyết số 07/2025/NQ-CP.\n\n"
      "Phó Thủ tướng Chính phủ Hồ Đức Phớc vừa ký Chỉ thị số 27/CT-TTg.\n");
  ASSERT_EQ(zones.size(), 1u);
  EXPECT_EQ(zones[0].kind, "body");
}

TEST(Segment, SignatureColumnBesideRecipients) {
  // qd-2280-2026-hanoi.txt (pdftotext -layout): the two columns interleave.
  std::vector<ZoneText> zones = Zones(
      "Điều 3. Chánh Văn phòng chịu trách nhiệm thi hành Quyết định này./.\n"
      "Nơi nhận:                                                 TM. ỦY BAN NHÂN DÂN\n"
      "- Đ/c Bí thư Thành ủy;                                         KT. CHỦ TỊCH\n"
      "- Thường trực Thành ủy;           (để b/c)\n"
      "                                                               PHÓ CHỦ TỊCH\n"
      "- Các đơn vị duy trì thoát nước và XLNT;                       Trương Việt Dũng\n"
      "- Lưu: VT, ĐTDG\n");
  std::vector<ZoneText> signature;
  for (const ZoneText& z : zones) {
    if (z.kind == "signature") signature.push_back(z);
  }
  std::vector<ZoneText> expected = {{"signature", "TM. ỦY BAN NHÂN DÂN"},
                                    {"signature", "KT. CHỦ TỊCH"},
                                    {"signature", "PHÓ CHỦ TỊCH"},
                                    {"signature", "Trương Việt Dũng"}};
  EXPECT_EQ(signature, expected);
}

}  // namespace
}  // namespace vanban
