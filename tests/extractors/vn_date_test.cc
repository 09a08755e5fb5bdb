#include "extractors/vn_date.h"

#include <gtest/gtest.h>

namespace vanban {
namespace {

struct DateCase {
  const char* text;
  const char* iso;      // "" when no date is found
  const char* printed;  // the span's text
};

// Real forms from corpus/real (file in the comment).
const DateCase kCases[] = {
    // seeds/003: the long form
    {"Hưng Yên, ngày 06 tháng 3 năm 2024", "2024-03-06", "ngày 06 tháng 3 năm 2024"},
    // cv-5348-2025-cs.txt: wrapped over two lines
    {"Hà Nội, ngày 20\ntháng 11 năm 2025", "2025-11-20", "ngày 20\ntháng 11 năm 2025"},
    // cv-10989-2025-tcbc.txt: "tháng" at the end of the line
    {"Hà Nội, ngày 21 tháng\n11 năm 2025", "2025-11-21", "ngày 21 tháng\n11 năm 2025"},
    // cv-5348-2025-cs.txt: numeric with slashes
    {"công văn số 324/QTR-KTr2 ngày 22/7/2025 của", "2025-07-22", "22/7/2025"},
    // ocr-q28: a signature stamp with dots
    {"24.01.2025 20:01:14", "2025-01-24", "24.01.2025"},
    {"06-03-2024", "2024-03-06", "06-03-2024"},
    // OCR stray spaces inside the numbers
    {"ngày 0 6 tháng 3 năm 2 024", "2024-03-06", "ngày 0 6 tháng 3 năm 2 024"},
    // ocr-q18-ct-qn.txt: OCR's slashed zero in the day
    {"Quảng Ngãi, ngày Ø3 tháng 4 năm 2018", "2018-04-03", "ngày Ø3 tháng 4 năm 2018"},
    // ocr-q25: an impossible day is no date
    {"Quảng Ngãi, ngày 80 tháng 3 năm 2018", "", ""},
    // a number is not a date
    {"Nghị định số 01/2024/NĐ-CP", "", ""},
    {"giai đoạn 2021-2025", "", ""},
};

TEST(VnDate, TableOfPrintedForms) {
  for (const DateCase& c : kCases) {
    auto m = FindDate(c.text);
    if (*c.iso == '\0') {
      EXPECT_FALSE(m.has_value()) << c.text;
      continue;
    }
    ASSERT_TRUE(m.has_value()) << c.text;
    EXPECT_EQ(m->date.Iso(), c.iso) << c.text;
    std::string_view text(c.text);
    EXPECT_EQ(text.substr(m->span.begin, m->span.size()), c.printed) << c.text;
  }
}

TEST(VnDate, ImpossibleDayReportedWhenAsked) {
  auto m = FindDate("Quảng Ngãi, ngày 80 tháng 3 năm 2018", 0, DateValidity::kAny);
  ASSERT_TRUE(m.has_value());
  EXPECT_FALSE(m->date.IsValid());
  EXPECT_EQ(m->date.Iso(), "");
}

TEST(VnDate, FindsEveryDateInOrder) {
  auto dates = FindDates("số 412/NQ-HĐND ngày 07/12/2023 và ngày 15 tháng 12 năm 2024");
  ASSERT_EQ(dates.size(), 2u);
  EXPECT_EQ(dates[0].date.Iso(), "2023-12-07");
  EXPECT_EQ(dates[1].date.Iso(), "2024-12-15");
}

TEST(VnDate, UpperCaseLongForm) {
  auto m = FindDate("NGÀY 02 THÁNG 01 NĂM 2025");
  ASSERT_TRUE(m.has_value());
  EXPECT_EQ(m->date.Iso(), "2025-01-02");
}

TEST(VnDate, LeapDay) {
  EXPECT_TRUE((Date{2024, 2, 29}).IsValid());
  EXPECT_FALSE((Date{2025, 2, 29}).IsValid());
}

}  // namespace
}  // namespace vanban
