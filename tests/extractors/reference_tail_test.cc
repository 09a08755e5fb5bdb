#include "extractors/reference_tail.h"

#include <gtest/gtest.h>

namespace vanban {
namespace {

struct TailCase {
  const char* text;  // what follows a number
  const char* date;
  const char* issuer;
  int year;  // 0 for none
};

const TailCase kCases[] = {
    // seeds/003
    {" ngày 07/4/2014 của Bộ Chính trị, Chỉ thị", "2014-04-07", "Bộ Chính trị", 0},
    // seeds/000: a comma before the date
    {", ngày 06/12/2023 của Ban Chấp hành Đảng bộ tỉnh về", "2023-12-06",
     "Ban Chấp hành Đảng bộ tỉnh", 0},
    // qd-2031-2013-cao-bang.txt: the long form
    {" ngày 08 tháng 6 năm 2010 của Chính phủ về", "2010-06-08", "Chính phủ", 0},
    // issuer before date
    {" của Thủ tướng Chính phủ ngày 22/11/2023 phê duyệt", "2023-11-22", "Thủ tướng Chính phủ", 0},
    // "do X ban hành"
    {" do Bộ Kế hoạch và Đầu tư ban hành", "", "Bộ Kế hoạch và Đầu tư", 0},
    // a year after a title
    {" năm 2022 và các văn bản", "", "", 2022},
    // ocr-q18-ct-qn.txt: an unreadable date does not hide the issuer
    {" ngày 42/02/2018 của UBND tỉnh, tạo điều kiện", "", "Ủy ban nhân dân tỉnh", 0},
    // a parenthesis
    {" (ngày 26/6/2024) về", "2024-06-26", "", 0},
    // a new sentence on the next line
    {"\nNgày 21/11/2025, Chính phủ", "", "", 0},
};

TEST(ReferenceTail, TableOfTails) {
  for (const TailCase& c : kCases) {
    const ReferenceTail t = ReadTail(c.text, 0);
    EXPECT_EQ(t.date.value_or(""), c.date) << c.text;
    EXPECT_EQ(t.issuer.value_or(""), c.issuer) << c.text;
    EXPECT_EQ(t.year.value_or(0), c.year) << c.text;
  }
}

TEST(ReferenceTail, NumberWithItsIssuersPlace) {
  // seeds/001: "Chương trình số 322 CTr/UBND tỉnh, ngày 26/12/2023".
  const ReferenceTail t = ReadTail(" tỉnh, ngày 26/12/2023 về", 0, "322 CTr/UBND");
  EXPECT_EQ(t.issuer.value_or(""), "Ủy ban nhân dân tỉnh");
  EXPECT_EQ(t.date.value_or(""), "2023-12-26");
}

TEST(ReferenceTail, CitedTitle) {
  const std::string text = " quy định chi tiết một số điều của Luật Quản lý thuế; Căn cứ";
  EXPECT_EQ(CitedTitleEnd(text, 0), text.find(';'));
  EXPECT_EQ(CitedTitleEnd(" và Nghị định", 0), 0u);
}

}  // namespace
}  // namespace vanban
