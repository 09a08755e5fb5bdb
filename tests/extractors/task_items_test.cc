#include "extractors/task_items.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

namespace vanban {
namespace {

std::vector<TaskItem> Cut(std::string_view text) { return CutTaskItems(text, {0, text.size()}); }

std::string TextOf(std::string_view text, Span span) {
  return std::string(text.substr(span.begin, span.size()));
}

// Each marker pattern with a line of the corpus it must read.
TEST(TaskItems, Markers) {
  struct Case {
    const char* line;
    ItemMarker marker;
    const char* text;
  };
  const Case cases[] = {
      {"Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh", ItemMarker::kArticle,
       "Chánh Văn phòng Ủy ban nhân dân tỉnh"},
      {"II. VỀ CUNG CẤP DỊCH VỤ CÔNG TRỰC TUYẾN", ItemMarker::kRoman,
       "VỀ CUNG CẤP DỊCH VỤ CÔNG TRỰC TUYẾN"},
      {"1. Bộ trưởng các Bộ, Thủ trưởng cơ quan ngang bộ", ItemMarker::kNumber,
       "Bộ trưởng các Bộ, Thủ trưởng cơ quan ngang bộ"},
      {"1.2. Sở Tài chính - Cơ quan thường trực Ban Chỉ đạo", ItemMarker::kNumber,
       "Sở Tài chính - Cơ quan thường trực Ban Chỉ đạo"},
      {"1.1 Trưởng Ban Chỉ đạo", ItemMarker::kNumber, "Trưởng Ban Chỉ đạo"},
      {"a) Tập trung triển khai các nhiệm vụ", ItemMarker::kLetter,
       "Tập trung triển khai các nhiệm vụ"},
      {"đ) Hàng năm, phối hợp với Cơ quan công tác dân tộc tỉnh", ItemMarker::kLetter,
       "Hàng năm, phối hợp với Cơ quan công tác dân tộc tỉnh"},
      {"(1) Bộ Tài chính giải quyết 03 vấn đề tồn đọng", ItemMarker::kParen,
       "Bộ Tài chính giải quyết 03 vấn đề tồn đọng"},
      {"- Đơn vị chủ trì: Vụ Pháp luật quốc tế.", ItemMarker::kDash,
       "Đơn vị chủ trì: Vụ Pháp luật quốc tế."},
      {"+ Sở Xây dựng: hướng dẫn các cơ quan", ItemMarker::kPlus,
       "Sở Xây dựng: hướng dẫn các cơ quan"},
      {"Thời gian hoàn thành: Quý IV/2015.", ItemMarker::kNone,
       "Thời gian hoàn thành: Quý IV/2015."},
      {"-5% so với cùng kỳ", ItemMarker::kNone, "-5% so với cùng kỳ"},
      {"2025 là năm cuối của kế hoạch", ItemMarker::kNone, "2025 là năm cuối của kế hoạch"},
  };
  for (const Case& c : cases) {
    const std::vector<TaskItem> items = Cut(c.line);
    ASSERT_EQ(items.size(), 1u) << c.line;
    EXPECT_EQ(items[0].marker, c.marker) << c.line;
    EXPECT_EQ(TextOf(c.line, items[0].text), c.text) << c.line;
  }
}

TEST(TaskItems, NestingFollowsMarkerLevels) {
  const std::string text =
      "I. TỔ CHỨC THỰC HIỆN\n"
      "1. Sở Công Thương\n"
      "a) Chủ trì, phối hợp với Sở Tài chính.\n"
      "Đoạn tiếp theo của điểm a.\n"
      "- Thời gian hoàn thành: Quý IV/2025.\n"
      "b) Theo dõi thị trường\n"
      "2. Sở Y tế\n"
      "II. KINH PHÍ";
  const std::vector<TaskItem> items = Cut(text);
  ASSERT_EQ(items.size(), 8u);
  const int parents[] = {-1, 0, 1, 2, 2, 1, 0, -1};
  for (size_t i = 0; i < items.size(); ++i) EXPECT_EQ(items[i].parent, parents[i]) << i;
  EXPECT_EQ(items[1].number_depth, 1);
}

// A "(2)" line in the preamble does not swallow the numbered items that follow.
TEST(TaskItems, LowerMarkerDoesNotEncloseHigherOne) {
  const std::string text =
      "(2) Cắt giảm 2.269/6.974 ĐKKD\n"
      "I. VỀ HOÀN THIỆN THỂ CHẾ\n"
      "1. Bộ trưởng các Bộ\n"
      "- Chủ tịch Ủy ban nhân dân các tỉnh;\n"
      "1. Bộ Công Thương hoàn thành";
  const std::vector<TaskItem> items = Cut(text);
  ASSERT_EQ(items.size(), 5u);
  EXPECT_EQ(items[1].parent, -1);
  EXPECT_EQ(items[2].parent, 1);
  EXPECT_EQ(items[3].parent, 2);
  EXPECT_EQ(items[4].parent, 1);
}

// OCR and PDF text keep the printed lines: a line that goes on with the sentence above it
// joins that item; a heading does not take the paragraph below it.
TEST(TaskItems, BrokenLinesJoin) {
  const std::string text =
      "1. Đề nghị Giám đốc Công an tỉnh, Viện trưởng Viện kiểm sát nhân\n"
      "dân tỉnh, Chánh án Tòa án nhân dân tỉnh chỉ đạo thực hiện.\n"
      "b) Khẩn trương thực hiện ý kiến chỉ đạo của Thủ tướng\n"
      "Chính phủ, Trưởng Ban chỉ đạo Nhà nước các công trình.\n"
      "2. Sở Y tế\n"
      "Tăng cường kiểm tra an toàn thực phẩm.";
  const std::vector<TaskItem> items = Cut(text);
  ASSERT_EQ(items.size(), 4u);
  EXPECT_EQ(TextOf(text, items[0].text),
            "Đề nghị Giám đốc Công an tỉnh, Viện trưởng Viện kiểm sát nhân\ndân tỉnh, Chánh án Tòa "
            "án nhân dân tỉnh chỉ đạo thực hiện.");
  EXPECT_EQ(TextOf(text, items[1].text),
            "Khẩn trương thực hiện ý kiến chỉ đạo của Thủ tướng\nChính phủ, Trưởng Ban chỉ đạo "
            "Nhà nước các công trình.");
  EXPECT_EQ(items[3].marker, ItemMarker::kNone);
  EXPECT_EQ(items[3].parent, 2);
  EXPECT_EQ(SplitSentences(text, items[1].text, false).size(), 1u);
}

// The names listed after a shared head go on across a line break: "các Sở: Tài chính;
// Xây dựng;" / "Công Thương phối hợp ..." is one item.
TEST(TaskItems, SharedHeadListGoesOnAcrossLines) {
  const std::string text =
      "a) Về giá vật liệu xây dựng, yêu cầu các Sở: Tài chính; Xây dựng;\n"
      "Công Thương theo dõi diễn biến giá, báo cáo trước ngày 15/12/2025.\n"
      "- Sở Y tế;\n"
      "Sở Nội vụ tổng hợp.";
  const std::vector<TaskItem> items = Cut(text);
  ASSERT_EQ(items.size(), 3u);
  EXPECT_EQ(TextOf(text, items[0].text),
            "Về giá vật liệu xây dựng, yêu cầu các Sở: Tài chính; Xây dựng;\nCông Thương theo "
            "dõi diễn biến giá, báo cáo trước ngày 15/12/2025.");
  EXPECT_EQ(TextOf(text, items[2].text), "Sở Nội vụ tổng hợp.");  // a list line ends with ";"
}

TEST(TaskItems, TableRows) {
  const std::string text =
      "TT\n"
      "Nội dung thực hiện\n"
      "Cơ quan chủ trì\n"
      "Cơ quan phối hợp\n"
      "Thời gian hoàn thành\n"
      "1\n"
      "Tổ chức lại Ban Chỉ huy Phòng thủ dân sự cấp tỉnh\n"
      "Bộ CHQS tỉnh\n"
      "Trước ngày 30/11/2025\n"
      "2\n"
      "Triển khai thực hiện\n"
      "Sở Tài chính\n"
      "II. KINH PHÍ";
  const std::vector<TaskItem> items = Cut(text);
  ASSERT_EQ(items.size(), 3u);
  EXPECT_EQ(items[0].marker, ItemMarker::kTableRow);
  EXPECT_TRUE(items[0].task_row);
  EXPECT_EQ(
      TextOf(text, items[0].text),
      "Tổ chức lại Ban Chỉ huy Phòng thủ dân sự cấp tỉnh\nBộ CHQS tỉnh\nTrước ngày 30/11/2025");
  EXPECT_EQ(TextOf(text, items[1].text), "Triển khai thực hiện\nSở Tài chính");
  EXPECT_EQ(items[2].marker, ItemMarker::kRoman);
}

// A Roman line in sentence case inside a table groups the rows below it and the table goes
// on; one in capitals is the document's next heading and ends the table.
TEST(TaskItems, TableSectionRowKeepsTheTable) {
  const std::string text =
      "STT\nTên dự án\nCơ quan trình\nThời gian trình\n"
      "I. Trình tại Kỳ họp thứ nhất\n"
      "1. Luật Hộ tịch (sửa đổi)\nChính phủ\nTháng 3/2026\n"
      "II. Trình tại Kỳ họp thứ hai\n"
      "1. Luật Địa chất và khoáng sản (sửa đổi)\nChính phủ\nTháng 8/2026\n"
      "III. TỔ CHỨC THỰC HIỆN\n"
      "Sở Tư pháp theo dõi.";
  const std::vector<TaskItem> items = Cut(text);
  ASSERT_EQ(items.size(), 6u);
  for (size_t i = 0; i < 4; ++i) EXPECT_EQ(items[i].marker, ItemMarker::kTableRow) << i;
  EXPECT_EQ(TextOf(text, items[3].text),
            "Luật Địa chất và khoáng sản (sửa đổi)\nChính phủ\nTháng 8/2026");
  EXPECT_EQ(items[4].marker, ItemMarker::kRoman);
  EXPECT_EQ(items[5].marker, ItemMarker::kNone);
}

// A table of figures ("Bộ, cơ quan", "Tổng số") names no one who does anything.
TEST(TaskItems, TableOfFiguresIsNoTaskTable) {
  const std::string text = "STT\nBộ, cơ quan\nTổng số\n1\nBộ Công an\n19\n";
  for (const TaskItem& item : Cut(text)) EXPECT_FALSE(item.task_row);
}

TEST(TaskItems, Sentences) {
  const std::string text =
      "Văn phòng Chính phủ theo dõi, đôn đốc. Báo cáo Thủ tướng Chính phủ trước ngày 20 hằng "
      "tháng. Thuế TP. Hà Nội thực hiện.\nDòng sau";
  std::vector<std::string> got;
  for (Span s : SplitSentences(text, {0, text.size()}, true)) got.push_back(TextOf(text, s));
  const std::vector<std::string> want = {
      "Văn phòng Chính phủ theo dõi, đôn đốc.",
      "Báo cáo Thủ tướng Chính phủ trước ngày 20 hằng tháng.",
      "Thuế TP. Hà Nội thực hiện.",
      "Dòng sau",
  };
  EXPECT_EQ(got, want);
}

}  // namespace
}  // namespace vanban
