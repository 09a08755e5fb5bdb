#include "extractors/deadline_context.h"

#include <gtest/gtest.h>

#include <string>

namespace vanban {
namespace {

// The span of `expr` in `text` (its first occurrence).
Span Find(std::string_view text, std::string_view expr) {
  const size_t at = text.find(expr);
  EXPECT_NE(at, std::string_view::npos) << expr;
  return {at, at + expr.size()};
}

struct ContextCase {
  const char* text;
  const char* expr;
  bool expected;
};

TEST(DeadlineContext, ClauseStopsAtSentenceEnds) {
  const std::string text = "Nội dung 1. Báo cáo trước ngày 15/12/2025; gửi Sở Nội vụ.";
  const Span clause = ClauseAround(text, Find(text, "trước ngày 15/12/2025"));
  EXPECT_EQ(text.substr(clause.begin, clause.size()), "Báo cáo trước ngày 15/12/2025");
  // "66.7/2025" is no sentence end.
  const std::string number = "Nghị quyết số 66.7/2025/NQ-CP, hoàn thành trong năm 2025";
  EXPECT_EQ(ClauseAround(number, Find(number, "trong năm 2025")).begin, 0u);
}

TEST(DeadlineContext, CompletingAction) {
  const ContextCase cases[] = {
      // tb-627-2025-vpcp
      {"sớm báo cáo cấp có thẩm quyền phương án đầu tư theo quy định trong tháng 11 năm 2025.",
       "trong tháng 11 năm 2025", true},
      // tb-627-2025-vpcp: the action after the time
      {"chúng ta có cơ sở để tin tưởng trong năm 2025 sẽ hoàn thành các mục tiêu", "trong năm 2025",
       true},
      // ANNOTATION.md: a work period
      {"tập trung thực hiện các nhiệm vụ trong 2 tháng cuối năm", "trong 2 tháng", false},
      // ANNOTATION.md: a suspension
      {"chưa tăng giá trong Quý I/2025", "trong Quý I/2025", false},
      // "chương trình" holds "trình" but submits nothing
      {"thực hiện chương trình trong năm 2025", "trong năm 2025", false},
      // ct-1980-tvpl: the action is in the list head
      {"Thời gian hoàn thành công việc được quy định như sau:\n- Vùng Cửu Long:\ncuối năm "
       "1982;\n- Các vùng khác: cuối năm 1984.",
       "cuối năm 1984", true},
  };
  for (const ContextCase& c : cases) {
    EXPECT_EQ(HasCompletingAction(c.text, Find(c.text, c.expr)), c.expected) << c.text;
  }
}

TEST(DeadlineContext, Recounted) {
  const std::string recounted =
      "Thủ tướng Chính phủ đã chỉ đạo các bộ hoàn thành trước ngày 30/10/2025.";
  EXPECT_TRUE(IsRecounted(recounted, Find(recounted, "trước ngày 30/10/2025")));
  const std::string set = "Yêu cầu các bộ hoàn thành trước ngày 30/10/2025.";
  EXPECT_FALSE(IsRecounted(set, Find(set, "trước ngày 30/10/2025")));
}

TEST(DeadlineContext, EffectiveDateAndWorkPeriod) {
  const std::string effective = "Quyết định này có hiệu lực sau 15 ngày kể từ ngày ký.";
  EXPECT_TRUE(IsEffectiveDate(effective, Find(effective, "15 ngày kể từ ngày")));
  // qd-173-2015-btp
  const std::string work = "- Thời gian thực hiện: Quý I/2015.";
  EXPECT_TRUE(IsWorkPeriod(work, Find(work, "Quý I/2015")));
  const std::string due = "- Thời gian hoàn thành: Quý IV/2015.";
  EXPECT_FALSE(IsWorkPeriod(due, Find(due, "Quý IV/2015")));
}

TEST(DeadlineContext, NotDueWordsBefore) {
  const ContextCase cases[] = {
      // cv-2025-f846e8
      {"Đối với giai đoạn trước ngày 01/7/2025, Luật Thuế", "trước ngày 01/7/2025", true},
      // nd-254-2025-cp
      {"vốn tạm ứng chưa thu hồi nếu quá thời hạn 06 tháng kể từ thời điểm tạm ứng",
       "thời hạn 06 tháng kể từ thời điểm", true},
      // nd-158-2025-cp
      {"ngày 01 tháng 07 cho 06 tháng cuối năm; trường hợp", "cuối năm", true},
      {"báo cáo Thủ tướng Chính phủ trước ngày 26/11/2025.", "trước ngày 26/11/2025", false},
      // A time qualifying the tasks it names: "the key tasks of late 2025", no deadline.
      {"ban hành Kế hoạch thực hiện các nhiệm vụ trọng tâm cuối năm 2025", "cuối năm 2025", true},
      {"triển khai các nhiệm vụ chủ yếu năm 2026 của ngành", "năm 2026", true},
  };
  for (const ContextCase& c : cases) {
    EXPECT_EQ(FollowsNotDueWord(c.text, Find(c.text, c.expr)), c.expected) << c.text;
  }
}

// A procedure's time limit counts from a dossier or an application; a task's from this
// document.
TEST(DeadlineContext, ProcedureTimeLimits) {
  const ContextCase cases[] = {
      {"- Trong thời hạn 05 ngày làm việc, kể từ ngày nhận được hồ sơ, Sở Tư pháp kiểm tra",
       "Trong thời hạn 05 ngày làm việc, kể từ ngày", true},
      {"Trong thời hạn 10 ngày kể từ ngày nhận đơn đề nghị, cơ quan đăng ký trả lời",
       "Trong thời hạn 10 ngày kể từ ngày", true},
      {"gửi kế hoạch về Sở Nội vụ trong thời hạn 10 ngày kể từ ngày nhận Kế hoạch này.",
       "trong thời hạn 10 ngày kể từ ngày", false},
      // A step given to a unit, its limit after the action: a task.
      {"chuyển hồ sơ đến Sở Xây dựng trong không quá 02 ngày làm việc kể từ khi tiếp nhận hồ sơ.",
       "02 ngày làm việc kể từ khi", false},
  };
  for (const ContextCase& c : cases) {
    EXPECT_EQ(IsProcedureTimeLimit(c.text, Find(c.text, c.expr)), c.expected) << c.text;
  }
}

TEST(DeadlineContext, OpenEndedYears) {
  const std::string open = "hoàn thành trong năm 2025 và các năm tiếp theo";
  EXPECT_TRUE(IsOpenEnded(open, Find(open, "trong năm 2025")));
  const std::string range = "trong năm 2021 - 2025";
  EXPECT_TRUE(IsOpenEnded(range, Find(range, "trong năm 2021")));
  const std::string closed = "hoàn thành trong năm 2025.";
  EXPECT_FALSE(IsOpenEnded(closed, Find(closed, "trong năm 2025")));
}

TEST(DeadlineContext, RepeatedTask) {
  const ContextCase cases[] = {
      // kh-159-2022-can-tho
      {"lồng ghép báo cáo công tác truyền thông trong báo cáo công tác giảm nghèo hàng năm của "
       "cơ quan",
       "hàng năm", true},
      // qd-173-2015-btp: leading a directive item
      {"đ) Hàng năm, phối hợp với Cơ quan công tác dân tộc tỉnh báo cáo Bộ Tư pháp", "Hàng năm",
       true},
      // kh-980-2025-nghe-an
      {"quản lý. Hằng năm báo cáo kết quả thực hiện về Ban Chỉ huy", "Hằng năm", true},
      // nd-249-2025-cp: an allowance, not a task
      {"b) Hằng năm, được hưởng 07 ngày nghỉ dưỡng", "Hằng năm", false},
      // kh-980-2025-nghe-an: a budget
      {"Kinh phí được bố trí trong dự toán chi ngân sách hàng năm của sở", "hàng năm", false},
      {"báo cáo tình hình thực hiện dự toán ngân sách hằng năm", "hằng năm", false},
  };
  for (const ContextCase& c : cases) {
    EXPECT_EQ(IsRepeatedTask(c.text, Find(c.text, c.expr)), c.expected) << c.text;
  }
}

TEST(DeadlineContext, YearlyClause) {
  // kh-153-2025-can-tho
  const std::string text = "b) Định kỳ hằng năm (trước ngày 15 tháng 12) báo cáo kết quả";
  EXPECT_TRUE(InYearlyClause(text, Find(text, "trước ngày 15 tháng 12")));
}

TEST(DeadlineContext, WordsPatternFoldsCaseAndSpaces) {
  EXPECT_EQ(WordsPattern("chậm nhất"), R"((?i:chậm\s+nhất))");
}

}  // namespace
}  // namespace vanban
