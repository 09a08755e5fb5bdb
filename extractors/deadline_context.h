// The words around a time expression that decide whether it is a deadline of the document
// (ANNOTATION.md, "deadlines"). The word lists are data: extractors/data/deadline_words.tsv.
//   "hoàn thành trong tháng 11/2025": a completing action, a deadline
//   "tập trung ... trong năm 2025": a work period, none
//   "đã chỉ đạo ... trước ngày 30/10": recounted, none
#pragma once

#include <string>
#include <string_view>

#include "pipeline/span.h"

namespace vanban {

// An RE2 pattern for words in any letter case (Unicode case folding), any white space
// between them: WordsPattern("chậm nhất") matches "Chậm nhất" and "chậm\nnhất".
std::string WordsPattern(std::string_view words);

// The clause around expr: from the last '.', ';' or line break before it to the next one
// after it ('.' only when a space or the end follows: "66.7/2025" stays inside).
Span ClauseAround(std::string_view text, Span expr);

// True when the clause of expr, or the head of the list it is an item of ("Thời gian hoàn
// thành ... như sau:" above "- Vùng ...: cuối năm 1982;"), holds an action that completes or
// delivers (hoàn thành, báo cáo, trình, gửi, ban hành ...).
bool HasCompletingAction(std::string_view text, Span expr);

// True when the clause before expr tells of an earlier instruction ("đã chỉ đạo", "đã
// giao"): the deadline is recounted, not set by this document.
bool IsRecounted(std::string_view text, Span expr);

// True when the clause of expr gives an effective date ("có hiệu lực"): never a deadline.
bool IsEffectiveDate(std::string_view text, Span expr);

// True when the clause of expr gives a work period ("Thời gian thực hiện: Quý I/2015"): no
// deadline unless a strong marker says so.
bool IsWorkPeriod(std::string_view text, Span expr);

// True when a word right before expr makes it a period or a condition: "giai đoạn trước ngày
// 01/7/2025", "nếu quá thời hạn 06 tháng kể từ", "những tháng cuối năm 2025".
bool FollowsNotDueWord(std::string_view text, Span expr);

// True when expr, a span after an event ("Trong thời hạn 05 ngày làm việc, kể từ ngày"), counts
// from the receipt of a dossier or an application ("nhận đủ hồ sơ hợp lệ"): the time limit of
// an administrative procedure the document describes, not a task it gives.
bool IsProcedureTimeLimit(std::string_view text, Span expr);

// True when the clause of expr repeats yearly ("Định kỳ hằng năm (trước ngày 15 tháng 12)"):
// a day printed without a year there is a yearly recurrence.
bool InYearlyClause(std::string_view text, Span expr);

// True for the type codes of documents that stand for years (deadline_words.tsv, kind
// "standing": "nghi_dinh", "thong_tu" ...): a day without a year there recurs yearly.
bool IsStandingType(std::string_view type_code);

// True when expr, a year, is open-ended or a range: "năm 2025 và các năm tiếp theo",
// "năm 2021 - 2025".
bool IsOpenEnded(std::string_view text, Span expr);

// True when a bare "hằng tháng" / "hằng năm" at expr repeats a task: after a delivery in the
// same clause ("báo cáo ... hằng tháng") or leading a directive item before its task ("Hằng
// năm, phối hợp ... báo cáo"), not a budget or an allowance ("dự toán ngân sách hằng năm").
bool IsRepeatedTask(std::string_view text, Span expr);

}  // namespace vanban
