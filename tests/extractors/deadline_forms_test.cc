#include "extractors/deadline_forms.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace vanban {
namespace {

struct FormCase {
  const char* text;
  const char* printed;  // the expression's span; "" when none is found
  const char* values;   // space separated
  Marker marker;
};

std::string Join(const std::vector<std::string>& values) {
  std::string out;
  for (const std::string& v : values) out += (out.empty() ? "" : " ") + v;
  return out;
}

// Real forms from corpus/real (file in the comment); the default year is 2025.
const FormCase kCases[] = {
    // cd-224-2025-ttg: a day, the long form wrapped over two lines
    {"gửi báo cáo chậm nhất ngày 10 tháng 12 năm\n2025, trong đó",
     "chậm nhất ngày 10 tháng 12 năm\n2025", "2025-12-10", Marker::kStrong},
    // cd-230-2025-ttg
    {"Thời hạn hoàn thành: trước ngày 30/11/2025.", "trước ngày 30/11/2025", "2025-11-30",
     Marker::kStrong},
    // cv-2025-e42103: a weekday before the day
    {"(qua Bộ Nội vụ) trước Thứ Tư ngày 03/12/2025 và", "trước Thứ Tư ngày 03/12/2025",
     "2025-12-03", Marker::kStrong},
    // ocr-q27-ct-qn: an hour before the day
    {"gửi trước 10 giờ 00 ngày 03/02/2022 (nhằm", "trước 10 giờ 00 ngày 03/02/2022", "2022-02-03",
     Marker::kStrong},
    // a day without a year takes the default year
    {"hoàn thành trước 31/12.", "trước 31/12", "2025-12-31", Marker::kStrong},
    // cv-2025-7f6efa: a month
    {"đảm bảo hoàn thành\ntrong tháng 12/2025.", "hoàn thành\ntrong tháng 12/2025", "2025-12",
     Marker::kStrong},
    // tb-627-2025-vpcp: a month, the long form, weak marker
    {"theo quy định trong tháng 11 năm 2025.", "trong tháng 11 năm 2025", "2025-11", Marker::kWeak},
    // qd-1627-2025-quang-ngai: a range of months after a label
    {"Thời gian hoàn thành: Tháng 11 - 12/2025.", "hoàn thành: Tháng 11 - 12/2025", "2025-12",
     Marker::kStrong},
    // ANNOTATION.md: a week of a month
    {"tuần cuối tháng 11/2022", "tuần cuối tháng 11/2022", "2022-11", Marker::kWeak},
    // cv-2025-7f6efa: a quarter
    {"Đảm bảo hoàn thành trong quý I/2026.", "hoàn thành trong quý I/2026", "2026-Q1",
     Marker::kStrong},
    // qd-173-2015-btp
    {"- Thời gian hoàn thành: Quý IV/2015.", "hoàn thành: Quý IV/2015", "2015-Q4", Marker::kStrong},
    // ANNOTATION.md: a half-year
    {"báo cáo trong 6 tháng đầu năm 2024", "trong 6 tháng đầu năm 2024", "2024-H1", Marker::kWeak},
    // cv-11414-2025-cn: a year
    {"thông xe tuyến chính trong năm 2025, thi công", "trong năm 2025", "2025", Marker::kWeak},
    // ct-1980-tvpl: the end of a year
    {"Cửu Long:\ncuối năm 1982;", "cuối năm 1982", "1982", Marker::kWeak},
    // qd-173-2015-btp: the end of the document's year
    {"Cuối năm, báo cáo kết quả", "Cuối năm", "2025", Marker::kWeak},
    // qd-1520-2025-bac-ninh: a span in working days
    {"Thời hạn chậm nhất 05 ngày\nlàm việc kể từ ngày ban hành Quyết định.",
     "chậm nhất 05 ngày\nlàm việc kể từ ngày", "+P5D", Marker::kStrong},
    // qd-2031-2013-cao-bang
    {"giải quyết trong không quá 01 ngày làm việc kể từ khi tiếp nhận hồ sơ",
     "trong không quá 01 ngày làm việc kể từ khi", "+P1D", Marker::kStrong},
    // ANNOTATION.md: a span without a marker word
    {"15 ngày kể từ ngày ký", "15 ngày kể từ ngày", "+P15D", Marker::kWeak},
    // cd-220-2025-ttg: a recurrence on a day
    {"nhiệm vụ của các bộ, ngành trước ngày 20 hằng tháng.", "trước ngày 20 hằng tháng", "R/P1M",
     Marker::kStrong},
    // hd-37-8bfc54
    {"sinh hoạt đúng ngày mồng 3 hằng tháng theo quy định", "ngày mồng 3 hằng tháng", "R/P1M",
     Marker::kNone},
    // nd-249-2025-cp
    {"trước ngày 15 tháng 11 hàng năm, đồng thời", "trước ngày 15 tháng 11 hàng năm", "R/P1Y",
     Marker::kStrong},
    // ANNOTATION.md
    {"trước ngày 01/6 và 15/11 hằng năm", "trước ngày 01/6 và 15/11 hằng năm", "R/P1Y",
     Marker::kStrong},
    {"trước 13 giờ hằng ngày", "trước 13 giờ hằng ngày", "R/P1D", Marker::kStrong},
    // cd-229-2025-ttg
    {"mẫu báo cáo trước 15:00 ngày thứ Sáu hàng tuần", "trước 15:00 ngày thứ Sáu hàng tuần",
     "R/P1W", Marker::kStrong},
    // kh-980-2025-nghe-an: a table cell
    {"Cơ quan có liên quan\nTháng 12 hằng năm\n", "Tháng 12 hằng năm", "R/P1Y", Marker::kNone},
    // ocr-q25-ct-2018-qn: a list of periods
    {"e) Định kỳ 6 tháng, hàng năm hoặc đột xuất, báo cáo", "Định kỳ 6 tháng, hàng năm",
     "R/P6M R/P1Y", Marker::kStrong},
    // cv-2025-e42103
    {"tại các báo cáo định kỳ hằng tuần để", "định kỳ hằng tuần", "R/P1W", Marker::kStrong},
    // ocr-q18-ct-qn: OCR noise in the list
    {"báo cáo kịp thời cho UBND tỉnh hằng tháng, quý, 6ó tháng, năm (Sở",
     "hằng tháng, quý, 6ó tháng, năm", "R/P1M R/P3M R/P6M R/P1Y", Marker::kNone},
    // cd-231-2025-ttg
    {"báo cáo các cấp hàng ngày theo quy định", "hàng ngày", "R/P1D", Marker::kNone},
    // qd-2280-2026-hanoi: "định kỳ ngày" is no period, the day recurrence is
    {"Định kỳ ngày 20 hàng tháng có báo cáo", "ngày 20 hàng tháng", "R/P1M", Marker::kNone},
    // no value: no expression
    {"kịp thời báo cáo trước mùa mưa bão", "", "", Marker::kNone},
    {"bare định kỳ: báo cáo định kỳ theo quy định", "", "", Marker::kNone},
    {"Quyết định số 01/2024/NĐ-CP ngày 07/12/2023", "", "", Marker::kNone},
    {"hàng hóa nhập khẩu", "", "", Marker::kNone},
};

TEST(DeadlineForms, TableOfPrintedForms) {
  for (const FormCase& c : kCases) {
    std::vector<TimeExpression> found = FindTimeExpressions(c.text, 2025);
    if (*c.printed == '\0') {
      EXPECT_TRUE(found.empty()) << c.text;
      continue;
    }
    ASSERT_EQ(found.size(), 1u) << c.text;
    const std::string_view text(c.text);
    EXPECT_EQ(text.substr(found[0].span.begin, found[0].span.size()), c.printed) << c.text;
    EXPECT_EQ(Join(found[0].values), c.values) << c.text;
    EXPECT_EQ(found[0].marker, c.marker) << c.text;
  }
}

TEST(DeadlineForms, EveryFormMatchesItsExample) {
  for (const std::string& example : TimeFormExamples()) {
    EXPECT_FALSE(FindTimeExpressions(example, 2025).empty()) << example;
  }
}

TEST(DeadlineForms, YearlessDayNeedsADefaultYear) {
  EXPECT_TRUE(FindTimeExpressions("hoàn thành trước 31/12.", 0).empty());
  auto found = FindTimeExpressions("hoàn thành trước 31/12.", 2024);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_FALSE(found[0].year_printed);
  EXPECT_EQ(found[0].year, 2024);
}

TEST(DeadlineForms, ImpossibleDayIsNoValue) {
  EXPECT_TRUE(FindTimeExpressions("trước ngày 31/02/2025", 2025).empty());
}

TEST(DeadlineForms, NotInsideWordsOrNumbers) {
  EXPECT_TRUE(FindTimeExpressions("trước 15/12/20255", 2025).empty());
  EXPECT_TRUE(FindTimeExpressions("Xtrước ngày 15/12/2025", 2025).empty());
}

TEST(DeadlineForms, CellsNeedNoMarker) {
  // nq-000032: a cell glued to the line before.
  const std::string text = "Hội đồng Dân tộc, các Ủy ban khác của Quốc hội Tháng 03/2026\n";
  EXPECT_TRUE(FindTimeExpressions(text, 2025).empty());
  auto found = FindCellExpressions(text, {0, text.size()}, 2025);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].marker, Marker::kNone);
  EXPECT_EQ(Join(found[0].values), "2026-03");
}

}  // namespace
}  // namespace vanban
