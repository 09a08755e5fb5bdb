#include "extractors/deadlines.h"

#include <gtest/gtest.h>

#include <string>

namespace vanban {
namespace {

// A document whose whole text is body, issued on `issued`.
Document Body(std::string text, std::string issued = "2025-11-20", std::string type = "chi_thi") {
  Document doc;
  doc.text = std::move(text);
  doc.zones = {{ZoneKind::kBody, {0, doc.text.size()}}};
  if (!issued.empty()) doc.meta.issued = Field{issued, {}};
  doc.meta.type = Field{type, {}};
  return doc;
}

// The values found, space separated, in text order.
std::string Values(const Document& doc) {
  std::string out;
  for (const Deadline& d : ExtractDeadlines(doc)) out += (out.empty() ? "" : " ") + d.value;
  return out;
}

struct DeadlineCase {
  const char* text;
  const char* values;  // "" when the text sets no deadline
};

// ANNOTATION.md's forms and exclusions, in sentences like those of corpus/real.
const DeadlineCase kCases[] = {
    {"Sở Nội vụ tổng hợp, báo cáo Ủy ban nhân dân tỉnh trước ngày 15/12/2025.", "2025-12-15"},
    {"Các sở hoàn thành trước 31/12.", "2025-12-31"},
    {"Báo cáo kết quả về Bộ Xây dựng chậm nhất ngày 10 tháng 12 năm 2025.", "2025-12-10"},
    {"Yêu cầu hoàn thành trong tháng 12/2025.", "2025-12"},
    {"Tổ chức xong trong tuần cuối tháng 12/2025.", "2025-12"},
    {"Trình Chính phủ trong quý I/2026.", "2026-Q1"},
    {"Bộ Tài chính báo cáo trong 6 tháng đầu năm 2026.", "2026-H1"},
    {"Đảm bảo hoàn thành thực thi trong năm 2026.", "2026"},
    {"Thời gian hoàn thành: kết thúc năm 2026.", "2026"},
    {"Ban hành quy chế trong thời hạn 15 ngày kể từ ngày ký.", "+P15D"},
    {"Báo cáo định kỳ hằng tháng về Sở Nội vụ.", "R/P1M"},
    {"Báo cáo Thủ tướng Chính phủ trước ngày 20 hằng tháng.", "R/P1M"},
    {"Định kỳ 6 tháng, hàng năm báo cáo Ủy ban nhân dân tỉnh.", "R/P6M R/P1Y"},
    {"Các sở báo cáo hằng quý.", "R/P3M"},
    {"b) Định kỳ hằng năm (trước ngày 15 tháng 12) báo cáo kết quả.", "R/P1Y R/P1Y"},
    // Not deadlines.
    {"Thực hiện Nghị quyết số 412/NQ-HĐND ngày 07/12/2023 của Hội đồng nhân dân tỉnh.", ""},
    {"Kế hoạch phát triển giai đoạn 2021 - 2025.", ""},
    {"Tập trung thực hiện các nhiệm vụ trong năm 2026.", ""},
    {"Chỉ thị này có hiệu lực từ ngày 01/01/2026.", ""},
    {"Quyết định này có hiệu lực thi hành sau 15 ngày kể từ ngày ký.", ""},
    {"Các doanh nghiệp chưa tăng giá trong Quý I/2026.", ""},
    {"Các đơn vị báo cáo định kỳ theo quy định.", ""},
    {"Trình Quốc hội tại Kỳ họp thứ 10 (tháng 10/2026).", ""},
    {"Kịp thời báo cáo trước mùa mưa bão.", ""},
    {"Hoàn thành trong năm 2026 và các năm tiếp theo.", ""},
    {"Thủ tướng Chính phủ đã chỉ đạo các Bộ hoàn thành trước ngày 30/12/2025.", ""},
    {"Các dự án đã hoàn thành trước ngày 01/7/2024 được quyết toán.", ""},
    {"Kinh phí được bố trí trong dự toán ngân sách hằng năm.", ""},
};

TEST(Deadlines, TableOfSentences) {
  for (const DeadlineCase& c : kCases) {
    EXPECT_EQ(Values(Body(c.text)), c.values) << c.text;
  }
}

TEST(Deadlines, SpanSitsOnTheExpression) {
  const Document doc = Body("Sở Nội vụ báo cáo trước ngày\n15/12/2025 để tổng hợp.");
  const auto deadlines = ExtractDeadlines(doc);
  ASSERT_EQ(deadlines.size(), 1u);
  EXPECT_EQ(doc.Slice(deadlines[0].span), "trước ngày\n15/12/2025");
  EXPECT_EQ(deadlines[0].text, "trước ngày 15/12/2025");
}

TEST(Deadlines, OnlyTheBody) {
  Document doc =
      Body("Hưng Yên, ngày 06 tháng 3 năm 2024\nBáo cáo trước ngày 15/12/2024.", "2024-03-06");
  const size_t body = doc.text.find("Báo cáo");
  doc.zones = {{ZoneKind::kPlaceDate, {0, body - 1}}, {ZoneKind::kBody, {body, doc.text.size()}}};
  EXPECT_EQ(Values(doc), "2024-12-15");
}

TEST(Deadlines, NotInsideAReference) {
  Document doc = Body("Thực hiện Kế hoạch số 12/KH-UBND về hoàn thành trước ngày 30/12/2025.");
  doc.references.push_back({});
  doc.references.back().span = {0, doc.text.size()};
  EXPECT_EQ(Values(doc), "");
}

TEST(Deadlines, PressArticleSetsNone) {
  EXPECT_EQ(Values(Body("Bộ yêu cầu hoàn thành trước ngày 15/12/2025.", "", "bai_bao")), "");
}

TEST(Deadlines, YearFromTheNumberWithoutIssueDate) {
  // nd-158-2025-cp: "trước ngày 01 tháng 01 năm 1995" is a condition of the past.
  Document doc = Body("thời gian làm việc trước ngày 01 tháng 01 năm 1995 được tính.", "");
  doc.meta.number = Field{"158/2025/NĐ-CP", {}};
  EXPECT_EQ(Values(doc), "");
}

TEST(Deadlines, CutoffOfANewRegimeIsNoDeadline) {
  // nd-158-2025-cp
  EXPECT_EQ(Values(Body("người lao động đã tham gia bảo hiểm xã hội trước ngày 01 tháng 7 năm "
                        "2026 mà từ ngày 01 tháng 7 năm 2026 trở đi thì được tính.")),
            "");
}

TEST(Deadlines, ScheduleColumn) {
  // kh-980-2025-nghe-an, nq-000032: bare values under "Thời gian hoàn thành".
  const Document doc = Body(
      "TT\nNội dung\nCơ quan chủ trì\nThời gian hoàn thành\n1\nBan hành quy chế\nSở Tài chính\n"
      "2026\n2\nRà soát danh mục\nSở Xây dựng Tháng 03/2026\n3\nTổng hợp\nSở Nội vụ\nThường "
      "xuyên\n");
  EXPECT_EQ(Values(doc), "2026 2026-03");
}

TEST(Deadlines, NoScheduleColumnNoBareValues) {
  EXPECT_EQ(Values(Body("Nội dung\nBan hành quy chế\n2026\nSở Xây dựng Tháng 03/2026\n")), "");
}

}  // namespace
}  // namespace vanban
