#include "extractors/signature_lines.h"

#include <gtest/gtest.h>

namespace vanban {
namespace {

struct PrefixCase {
  const char* line;
  const char* code;  // "" when the line has no authority prefix
};

const PrefixCase kPrefixes[] = {
    {"TM. ỦY BAN NHÂN DÂN", "TM"},  // qd-471-2025-bac-ninh.txt
    {"KT. CHỦ TỊCH", "KT"},         // qd-471-2025-bac-ninh.txt
    {"TL. CỤC TRƯỞNG", "TL"},       // cv-5348-2025-cs.txt
    {"T/M BỘ CHÍNH", "TM"},         // kl-212-2025.txt
    {"K/T TRƯỞNG BAN", "KT"},       // hd-37-8bfc54.txt
    {"KT GIÁM ĐỐC", "KT"},          // cv-5155-2025-ho-chi-minh-so-giao-.txt
    {"KT.", "KT"},                  // cv-3257-2025-tay-ninh-cong.txt (alone)
    {"TUQ. BỘ TRƯỞNG", "TUQ"},
    {"Q. CHỦ TỊCH", "Q"},
    {"KTTH;", ""},           // a recipients abbreviation
    {"TL. Ông Nguyễn", ""},  // not followed by capitals
    {"Q CHỦ TỊCH", ""},      // "Q" needs its dot
};

TEST(SignatureLines, AuthorityPrefixes) {
  for (const PrefixCase& c : kPrefixes) {
    auto m = MatchAuthorityPrefix(c.line);
    if (*c.code == '\0') {
      EXPECT_FALSE(m.has_value()) << c.line;
      continue;
    }
    ASSERT_TRUE(m.has_value()) << c.line;
    EXPECT_EQ(m->code, c.code) << c.line;
  }
}

TEST(SignatureLines, PositionsAndTitles) {
  EXPECT_TRUE(MatchPosition("PHÓ CHỦ TỊCH"));
  EXPECT_EQ(*MatchPosition("PHÓ THỦ TƯỚNG")->name, "Phó Thủ tướng");
  EXPECT_FALSE(MatchPosition("Phó Chủ tịch UBND tỉnh"));  // not in capitals
  EXPECT_EQ(WrittenTitle("PHÓ CHỦ TỊCH"), "Phó Chủ tịch");
  EXPECT_EQ(WrittenTitle("PHÓ TRƯỞNG BAN"), "Phó Trưởng ban");
  EXPECT_EQ(WrittenTitle("VỤ TRƯỞNG VỤ PHÁP CHẾ"), "Vụ trưởng Vụ Pháp chế");
  EXPECT_EQ(WrittenTitle("PHÓ TRƯỞNG THUẾ TỈNH"), "Phó Trưởng Thuế tỉnh");
  EXPECT_EQ(WrittenTitle("BỘ TRƯỞNG, CHỦ NHIỆM"), "Bộ trưởng, Chủ nhiệm");  // cv-2739
  // cv-2739-2019-dmdn.txt: a position inside a flattened recipients line
  std::string_view line = "- Lưu: VT, ĐMDN (2b). Trung Anh BỘ TRƯỞNG, CHỦ NHIỆM";
  EXPECT_EQ(line.substr(FindInnerPosition(line)), "BỘ TRƯỞNG, CHỦ NHIỆM");
}

TEST(SignatureLines, LongPositionsReadWithoutDiacritics) {
  // qn-cv-299-2025's scan: the bold title line under the seal, its diacritics lost.
  EXPECT_EQ(WrittenTitle("CHANH VAN PHONG"), "Chánh Văn phòng");
  EXPECT_EQ(WrittenTitle("PHO CHANH VAN PHONG"), "Phó Chánh Văn phòng");
  // Two words are too few to tell one position from other capitals.
  EXPECT_FALSE(MatchPosition("CHU TICH"));
}

TEST(SignatureLines, Names) {
  EXPECT_TRUE(IsPersonName("Phạm Văn Thịnh", NameCheck::kLayout));
  EXPECT_TRUE(IsPersonName("Tố Hữu", NameCheck::kLayout));          // ct-1980-tvpl.txt
  EXPECT_TRUE(IsPersonName("PHẠM VĂN THỊNH", NameCheck::kLayout));  // capitals: family name
  EXPECT_TRUE(IsPersonName("Thượng tướng Võ Minh Lương", NameCheck::kLayout));  // vbhn-92
  EXPECT_TRUE(IsPersonName("Vũ Thu Hà", NameCheck::kLayout));                   // not "Vụ ..."
  EXPECT_TRUE(IsPersonName("Trương Cảnh Tuyên", NameCheck::kLayout));  // not "Trường ..."
  EXPECT_FALSE(IsPersonName("Hà Nội", NameCheck::kLayout));
  EXPECT_FALSE(IsPersonName("Như Điều 3", NameCheck::kLayout));
  EXPECT_FALSE(IsPersonName("Căn cứ Luật Tổ chức", NameCheck::kLayout));
  EXPECT_FALSE(IsPersonName("Trung Anh", NameCheck::kSurname));  // no family name
  EXPECT_EQ(NamePrefixLength("Thượng tướng Võ Minh Lương"), std::string("Thượng tướng ").size());
}

TEST(SignatureLines, TrailingNameOfAnOcrRecipientsLine) {
  // ocr-q29-tb-qn.txt
  std::string_view line = "- Lưu: VT, NC(Tr212). Trần Phước Hiền";
  EXPECT_EQ(line.substr(FindTrailingName(line)), "Trần Phước Hiền");
  EXPECT_EQ(FindTrailingName("- Sở Tài nguyên và Môi trường;"), std::string_view::npos);
}

TEST(SignatureLines, Noise) {
  EXPECT_TRUE(IsSignatureNoise("(Đã ký)"));
  EXPECT_TRUE(IsSignatureNoise("Thời gian ký: 11/09/2024 19:14:21"));
  EXPECT_TRUE(IsSignatureNoise("ttcbth@quangngai.gov.vn"));
  EXPECT_TRUE(IsSignatureNoise("2"));
  EXPECT_FALSE(IsSignatureNoise("PHÓ CHỦ TỊCH"));
}

}  // namespace
}  // namespace vanban
