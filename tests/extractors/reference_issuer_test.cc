#include "extractors/reference_issuer.h"

#include <gtest/gtest.h>

namespace vanban {
namespace {

struct IssuerCase {
  const char* text;  // the words after "của"
  const char* name;  // "" when no issuer is read
};

const IssuerCase kCases[] = {
    // seeds/003
    {"Bộ Chính trị, Chỉ thị số 31-CT/TU", "Bộ Chính trị"},
    // qd-2031-2013-cao-bang.txt: a position dropped, a body with a comma and "và"
    {"Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch công bố", "Bộ Văn hóa, Thể thao và Du lịch"},
    // the positions that issue in their own name
    {"Thủ tướng Chính phủ phê duyệt", "Thủ tướng Chính phủ"},
    {"Chủ tịch Ủy ban nhân dân tỉnh Cao Bằng về việc", "Chủ tịch Ủy ban nhân dân tỉnh Cao Bằng"},
    // ocr-q05-ct-44-ubnd.txt: abbreviations expanded
    {"Chủ tịch UBND tỉnh tại", "Chủ tịch Ủy ban nhân dân tỉnh"},
    {"HĐND tỉnh: số 412/NQ-HĐND", "Hội đồng nhân dân tỉnh"},
    // qd-2031-2013-cao-bang.txt: two positions before the body
    {"Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ hướng dẫn", "Văn phòng Chính phủ"},
    // cv-2025-f846e8.txt: "TP." inside the name
    {"Thuế TP. Hà Nội, văn bản số 14", "Thuế TP. Hà Nội"},
    // kh-159-2022-can-tho.txt: a known place ends the name
    {"Ủy ban nhân dân thành phố Cần Thơ Thực hiện Chương trình",
     "Ủy ban nhân dân thành phố Cần Thơ"},
    // seeds/003: session words stay out
    {"Ban Chấp hành Trung ương khóa XII về", "Ban Chấp hành Trung ương"},
    // qdinh-2019-df3cb0.txt: a type name inside a company's name
    {"Công ty Luật Anh Sĩ về các vướng mắc", "Công ty Luật Anh Sĩ"},
    // nq-000032.txt: a standing body; a heading in capitals after the comma
    {"Thường trực Ủy ban Pháp luật và Tư pháp, QUYẾT NGHỊ:",
     "Thường trực Ủy ban Pháp luật và Tư pháp"},
    // news-182ca850.txt: a deputy's name is no issuer
    {"Phó Thủ tướng Chính phủ Hồ Đức Phớc vừa ký", ""},
    // the "Xã hội" of a ministry is no commune
    {"Thanh tra Bộ Lao động - Thương binh và Xã hội; kịp thời",
     "Thanh tra Bộ Lao động - Thương binh và Xã hội"},
    // not a body
    {"Đảng, chính sách, pháp luật của Nhà nước", ""},
};

TEST(ReferenceIssuer, TableOfPrintedIssuers) {
  for (const IssuerCase& c : kCases) {
    auto issuer = ReadIssuer(c.text, 0);
    EXPECT_EQ(issuer ? issuer->name : "", c.name) << c.text;
  }
}

TEST(ReferenceIssuer, PrintedSpanEndsWithTheName) {
  const std::string text = "Bộ trưởng Bộ Tài chính hướng dẫn";
  auto issuer = ReadIssuer(text, 0);
  ASSERT_TRUE(issuer);
  EXPECT_EQ(text.substr(issuer->printed.begin, issuer->printed.size()), "Bộ trưởng Bộ Tài chính");
}

TEST(ReferenceIssuer, BodyOnTheNextLine) {
  // tb-2025-f6ed93.txt: "của Bộ trưởng\nBộ Tài chính".
  auto issuer = ReadIssuer("Bộ trưởng\nBộ Tài chính hướng dẫn", 0);
  ASSERT_TRUE(issuer);
  EXPECT_EQ(issuer->name, "Bộ Tài chính");
}

}  // namespace
}  // namespace vanban
