#include "pipeline/normalize/line_kind.h"

#include <gtest/gtest.h>

namespace vanban {
namespace {

struct NumberingCase {
  const char* line;
  size_t length;  // in bytes; 0: no numbering marker
  bool heading;
};

TEST(LineKind, NumberingAt) {
  constexpr NumberingCase kCases[] = {
      {"1. Mục đích", 2, false},
      {"2.1. Chỉ tiêu", 4, false},
      {"2.1 Chỉ tiêu", 3, false},
      {"1) Thường trực", 2, false},
      {"(1) Phối hợp", 3, false},
      {"(iv) Bộ Tài chính", 4, false},
      {"a) Phát huy sức mạnh", 2, false},
      {"đ) Có từ 2 tiêu chí", 3, false},
      {"IV. TỔ CHỨC THỰC HIỆN", 3, false},
      {"II - NHIỆM VỤ", 2, false},
      {"Điều 3. Trách nhiệm thi hành", 10, false},
      {"Điều 11a. Sửa đổi", 12, false},
      {"Điều 15.", 11, false},
      {"Chương II", 11, true},
      {"Chương II. QUY ĐỊNH CHUNG", 12, true},
      {"Mục 1", 7, true},
      {"Phần thứ nhất", 19, true},
      // Not markers: numbers, citations, words.
      {"3.000 cây có chứa chất ma túy", 0, false},
      {"12 tháng", 0, false},
      {"2025. Đề nghị", 0, false},
      {"Điều 5 Luật Thuế GTGT số 48/2024/QH15", 0, false},
      {"Chương II của Luật", 0, false},
      {"XIV CỦA ĐẢNG", 0, false},
      {"Mục tiêu", 0, false},
      {"", 0, false},
  };
  for (const NumberingCase& c : kCases) {
    const Numbering n = NumberingAt(c.line);
    EXPECT_EQ(n.length, c.length) << c.line;
    EXPECT_EQ(n.heading, c.heading) << c.line;
  }
}

TEST(LineKind, ListStartsAndBareMarkers) {
  for (const char* line :
       {"- Như trên;", "+ Lưu: VT.", "Căn cứ Luật Tổ chức chính", "Xét đề nghị",
        "Theo đề nghị của Giám đốc", "Nơi nhận:", "Kính gửi: Thuế tỉnh", "Số: 5348/CT-CS",
        "V/v hướng dẫn", "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "TL. CỤC TRƯỞNG", "TUQ. BỘ TRƯỞNG",
        "Q. CHÁNH VĂN PHÒNG", "a) Nội dung"}) {
    EXPECT_TRUE(IsListStart(line)) << line;
  }
  for (const char* line : {"Trị về việc hướng dẫn", "quyền địa phương", "59/2020/QH14",
                           "Công Thương có trách nhiệm", "TRIỂN LÃM THƯƠNG MẠI"}) {
    EXPECT_FALSE(IsListStart(line)) << line;
  }
  for (const char* line : {"-", "1.", "a)", "Điều 5.", "V/v", "Kính gửi:"}) {
    EXPECT_TRUE(IsBareMarker(line)) << line;
  }
  for (const char* line : {"Chương I", "1. Mục đích", "Số:"}) {
    EXPECT_FALSE(IsBareMarker(line)) << line;
  }
}

TEST(LineKind, LineShapes) {
  EXPECT_TRUE(IsCapsLine("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"));
  EXPECT_TRUE(IsCapsLine("I. MỤC ĐÍCH,"));
  EXPECT_FALSE(IsCapsLine("V/v hướng dẫn"));
  EXPECT_FALSE(IsCapsLine("2025"));
  EXPECT_TRUE(EndsSentence("biết./."));
  EXPECT_TRUE(EndsSentence("Nơi nhận:"));
  EXPECT_TRUE(EndsSentence("\"rõ người, rõ việc\".*"));
  EXPECT_FALSE(EndsSentence("của Thuế tỉnh Quảng"));
  EXPECT_FALSE(EndsSentence("TỔ CHỨC HỘI CHỢ,"));
  EXPECT_TRUE(IsParenthetical("(Chi tiết tại Phụ lục kèm theo)"));
  EXPECT_TRUE(StartsLowerCase("quyền địa phương"));
  EXPECT_TRUE(StartsLowerCase("(có hiệu lực từ ngày 01/7/2025)"));
  EXPECT_FALSE(StartsLowerCase("Đảng, Nhà nước."));
  EXPECT_TRUE(StartsWithDocumentNumber("59/2020/QH14 quy định"));
  EXPECT_FALSE(StartsWithDocumentNumber("15 di chuyển"));
  EXPECT_TRUE(StartsWithRomanNumeral("XIII của Đảng"));
  EXPECT_FALSE(StartsWithRomanNumeral("Xét đề nghị"));
  EXPECT_FALSE(HasLetterOrDigit("---------------"));
}

TEST(LineKind, Words) {
  EXPECT_EQ(FirstWord("Trị về việc"), "Trị");
  EXPECT_EQ(LastWord("của Thuế tỉnh Quảng"), "Quảng");
  EXPECT_EQ(WordCount("Hà Nội, ngày 20"), 4u);
  EXPECT_TRUE(IsTitleWord("Quảng"));
  EXPECT_TRUE(IsTitleWord("Nam;"));
  EXPECT_TRUE(IsTitleWord("A"));
  EXPECT_FALSE(IsTitleWord("UBND"));
  EXPECT_FALSE(IsTitleWord("Phòng)"));
  EXPECT_FALSE(IsTitleWord("đốc"));
  EXPECT_TRUE(IsNumberWord("số"));
  EXPECT_TRUE(IsNumberWord("Số:"));
  EXPECT_TRUE(IsNumberWord("SỐ"));
  EXPECT_TRUE(IsNumberWord("ngày"));
  EXPECT_FALSE(IsNumberWord("Quảng"));
  EXPECT_TRUE(NumberFollows("ngày", "20 tháng 11"));
  EXPECT_TRUE(NumberFollows("năm", "2025"));
  EXPECT_TRUE(NumberFollows("số", "59/2020/QH14"));
  EXPECT_FALSE(NumberFollows("ngày", "200.000 đồng/người"));
  EXPECT_FALSE(NumberFollows("năm", "15 di chuyển"));
  EXPECT_TRUE(IsAgencyHead("Sở"));
  EXPECT_TRUE(IsAgencyHead("Bộ"));
  EXPECT_FALSE(IsAgencyHead("Mía"));
  EXPECT_FALSE(IsAgencyHead("Đạt"));
  EXPECT_TRUE(IsFunctionWord("của"));
  EXPECT_TRUE(IsFunctionWord("CỦA"));
  EXPECT_TRUE(IsFunctionWord("và"));
  EXPECT_FALSE(IsFunctionWord("số"));
  EXPECT_FALSE(IsFunctionWord("Trị"));
}

}  // namespace
}  // namespace vanban
