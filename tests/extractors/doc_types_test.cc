#include "extractors/doc_types.h"

#include <gtest/gtest.h>

namespace vanban {
namespace {

TEST(DocTypes, CodesNamesAndAbbreviations) {
  ASSERT_NE(DocTypeByCode("quyet_dinh"), nullptr);
  EXPECT_EQ(DocTypeByCode("quyet_dinh")->name, "Quyết định");
  EXPECT_EQ(DocTypeByAbbreviation("QĐ")->code, "quyet_dinh");
  EXPECT_EQ(DocTypeByAbbreviation("CTr")->code, "chuong_trinh");
  EXPECT_EQ(DocTypeByAbbreviation("TTr")->code, "to_trinh");
  EXPECT_EQ(DocTypeByAbbreviation("QD")->code, "quyet_dinh");  // Đ lost
  EXPECT_EQ(DocTypeByAbbreviation("HD")->code, "huong_dan");   // not hop_dong
  EXPECT_EQ(DocTypeByAbbreviation("TTg"), nullptr);
  EXPECT_EQ(DocTypeByCode("cong_van")->abbreviation, "");
}

struct TypeLineCase {
  const char* text;
  const char* code;  // "" when the text does not start with a type line
};

const TypeLineCase kTypeLines[] = {
    {"QUYẾT ĐỊNH", "quyet_dinh"},                            // qd-471-2025-bac-ninh.txt
    {"QUYẾT ĐỊNH V/V BAN HÀNH CHƯƠNG TRÌNH", "quyet_dinh"},  // qd-435-2020-kon-tum.txt
    {"CHỈ THỊ\nVề việc", "chi_thi"},
    {"CHÍ THỊ", "chi_thi"},        // ocr-q25-ct-2018-qn.txt
    {"NGHỊ QUYÉT", "nghi_quyet"},  // ocr-q32: OCR tone swap
    {"THÔNG TƯ LIÊN TỊCH", "thong_tu_lien_tich"},
    {"THÔNG TƯ", "thong_tu"},
    {"CÔNG ĐIỆN", "cong_dien"},
    {"QUY ĐỊNH", "quy_dinh"},  // qdinh-383-056a11.txt
    {"KẾT LUẬN", "ket_luan"},
    {"HƯỚNG DẪN", "huong_dan"},
    {"TỜ TRÌNH", "to_trinh"},
    {"Quyết định", ""},   // not in capitals
    {"QUYẾT ĐỊNHX", ""},  // a longer word
    {"QUYẾT NGHỊ:", ""},
};

TEST(DocTypes, TypeLines) {
  for (const TypeLineCase& c : kTypeLines) {
    auto m = MatchTypeLine(c.text);
    if (*c.code == '\0') {
      EXPECT_FALSE(m.has_value()) << c.text;
      continue;
    }
    ASSERT_TRUE(m.has_value()) << c.text;
    EXPECT_EQ(m->type->code, c.code) << c.text;
  }
}

TEST(DocTypes, TypeNameInAnyCase) {
  auto m = MatchTypeName("Quyết định số 12/QĐ-UBND");
  ASSERT_TRUE(m.has_value());
  EXPECT_EQ(m->type->code, "quyet_dinh");
  EXPECT_EQ(m->length, std::string_view("Quyết định").size());
}

}  // namespace
}  // namespace vanban
