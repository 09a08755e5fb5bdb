#include "extractors/deadline_context.h"

#include <re2/re2.h>
#include <unicode/uchar.h>

#include <algorithm>
#include <memory>
#include <vector>

#include "extractors/data_table.h"
#include "extractors/lines.h"
#include "pipeline/utf8.h"

namespace vanban {
namespace {

constexpr size_t kMaxClauseBefore = 400;  // bytes
constexpr size_t kMaxClauseAfter = 200;
constexpr int kMaxListLines = 8;  // lines walked up to a list head
constexpr int kReportWords = 7;   // words between "báo cáo" and its "hằng tháng"

bool IsLetter(char32_t c) {
  return c != kInvalidCodePoint && (u_isalnum(static_cast<UChar32>(c)) ||
                                    (U_GET_GC_MASK(static_cast<UChar32>(c)) & U_GC_M_MASK));
}

// One kind of deadline_words.tsv as one pattern, longest phrase first.
class WordList {
 public:
  explicit WordList(std::string_view kind) {
    DataTable table = LoadDataTable("deadline_words.tsv");
    const int kind_column = table.Column("kind");
    const int phrase_column = table.Column("phrase");
    std::vector<std::string> phrases;
    for (const auto& row : table.rows) {
      if (row[kind_column] == kind) phrases.push_back(row[phrase_column]);
    }
    std::stable_sort(
        phrases.begin(), phrases.end(),
        [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
    std::string pattern;
    for (const std::string& p : phrases) pattern += (pattern.empty() ? "" : "|") + WordsPattern(p);
    re_ = std::make_unique<RE2>("(" + pattern + ")");
  }

  // Whole-word occurrences in text[within].
  std::vector<Span> FindAll(std::string_view text, Span within) const {
    std::vector<Span> found;
    re2::StringPiece m;
    size_t pos = within.begin;
    while (pos < within.end && re_->Match(text, pos, within.end, RE2::UNANCHORED, &m, 1)) {
      const size_t begin = m.data() - text.data();
      const size_t end = begin + m.size();
      if (!IsLetter(CodePointBefore(text, begin)) && !IsLetter(CodePointAt(text, end))) {
        found.push_back({begin, end});
      }
      pos = std::max(end, begin + 1);
    }
    return found;
  }

  bool Contains(std::string_view text, Span within) const { return !FindAll(text, within).empty(); }

 private:
  std::unique_ptr<RE2> re_;
};

struct WordLists {
  WordList action{"action"};
  WordList not_action{"not_action"};
  WordList recounted{"recounted"};
  WordList effective{"effective"};
  WordList work_period{"work_period"};
  WordList not_before{"not_before"};
  WordList attribute{"attribute"};
  WordList yearly{"yearly"};
  WordList report{"report"};
  WordList task{"task"};
  WordList procedure{"procedure"};
};

const WordLists& Words() {
  static const WordLists* lists = new WordLists;
  return *lists;
}

// An action word in text[within] that is not part of a compound noun ("chương trình").
bool HasAction(std::string_view text, Span within) {
  std::vector<Span> compounds = Words().not_action.FindAll(text, within);
  for (Span a : Words().action.FindAll(text, within)) {
    bool inside = std::any_of(compounds.begin(), compounds.end(),
                              [&](Span c) { return c.begin <= a.begin && a.end <= c.end; });
    if (!inside) return true;
  }
  return false;
}

bool IsBoundary(std::string_view text, size_t i) {
  const char c = text[i];
  if (c == '\n' || c == ';') return true;
  return c == '.' && (i + 1 == text.size() || text[i + 1] == ' ' || text[i + 1] == '\n');
}

// Back to just after the last boundary before pos (at most `limit` bytes back).
size_t StartBefore(std::string_view text, size_t pos, size_t limit) {
  const size_t floor = pos > limit ? pos - limit : 0;
  size_t b = pos;
  while (b > floor && !IsBoundary(text, b - 1)) --b;
  while (b < pos && (text[b] & 0xC0) == 0x80) ++b;  // a whole UTF-8 character
  return b;
}

bool IsListItem(std::string_view line) {
  static const RE2 item(R"(^\s*(?:[-+•*–]|[a-zđ]\))\s*)");
  return RE2::PartialMatch(line, item);
}

// Lines ending with ':' above expr's line, walking up over list items: "Thời gian hoàn thành
// ... như sau:" above "- Vùng ...:" above "cuối năm 1982;".
bool ListHeadHasAction(std::string_view text, Span expr) {
  size_t line_begin = text.rfind('\n', expr.begin == 0 ? 0 : expr.begin - 1);
  if (line_begin == std::string_view::npos) return false;
  for (int k = 0; k < kMaxListLines && line_begin > 0; ++k) {
    size_t prev_begin = text.rfind('\n', line_begin - 1);
    prev_begin = prev_begin == std::string_view::npos ? 0 : prev_begin + 1;
    Span line = Trim(text, {prev_begin, line_begin});
    std::string_view s = text.substr(line.begin, line.size());
    if (s.empty()) return false;
    if (s.back() == ':' && HasAction(text, line)) return true;
    if (s.back() != ':' && s.back() != ';' && !IsListItem(s)) return false;
    line_begin = prev_begin == 0 ? 0 : prev_begin - 1;
  }
  return false;
}

}  // namespace

std::string WordsPattern(std::string_view words) {
  std::string out = "(?i:";
  bool space = false;
  for (char c : words) {
    if (c == ' ') {
      space = true;
      continue;
    }
    if (space) out += R"(\s+)";
    space = false;
    if (std::string_view(R"(\.+*?()|[]{}^$)").find(c) != std::string_view::npos) out += '\\';
    out += c;
  }
  return out + ")";
}

Span ClauseAround(std::string_view text, Span expr) {
  size_t begin = StartBefore(text, expr.begin, kMaxClauseBefore);
  size_t end = expr.end;
  const size_t limit = std::min(text.size(), expr.end + kMaxClauseAfter);
  while (end < limit && !IsBoundary(text, end)) ++end;
  while (end > expr.end && end < text.size() && (text[end] & 0xC0) == 0x80) --end;
  return Trim(text, {begin, end});
}

bool HasCompletingAction(std::string_view text, Span expr) {
  return HasAction(text, ClauseAround(text, expr)) || ListHeadHasAction(text, expr);
}

bool IsRecounted(std::string_view text, Span expr) {
  const size_t begin = StartBefore(text, expr.begin, kMaxClauseBefore);
  return Words().recounted.Contains(text, {begin, expr.begin});
}

bool IsEffectiveDate(std::string_view text, Span expr) {
  return Words().effective.Contains(text, ClauseAround(text, expr));
}

bool IsWorkPeriod(std::string_view text, Span expr) {
  return Words().work_period.Contains(text, ClauseAround(text, expr));
}

bool FollowsNotDueWord(std::string_view text, Span expr) {
  const size_t begin = expr.begin > 40 ? expr.begin - 40 : 0;
  for (Span noun : Words().not_before.FindAll(text, {begin, expr.begin})) {
    if (Trim(text, {noun.end, expr.begin}).empty()) return true;
  }
  return false;
}

bool IsProcedureTimeLimit(std::string_view text, Span expr) {
  constexpr size_t kEventBytes = 60;  // the event right after "kể từ ngày"
  const Span clause = ClauseAround(text, expr);
  // A procedure's rule opens with its time limit ("- Trong thời hạn ...", "hợp đồng: Trong
  // thời hạn ..."); a task's limit follows its action ("chuyển hồ sơ ... trong không quá 01
  // ngày làm việc kể từ khi tiếp nhận hồ sơ").
  const Span before = Trim(text, {std::min(clause.begin, expr.begin), expr.begin});
  const std::string_view lead = text.substr(before.begin, before.size());
  if (!lead.empty() && lead != "-" && lead != "+" && !lead.ends_with(':')) return false;
  const size_t end = std::min({text.size(), expr.end + kEventBytes, clause.end});
  return Words().procedure.Contains(text, {expr.end, std::max(end, expr.end)});
}

bool InYearlyClause(std::string_view text, Span expr) {
  return Words().yearly.Contains(text, ClauseAround(text, expr));
}

bool IsStandingType(std::string_view type_code) {
  static const auto* codes = [] {
    auto* c = new std::vector<std::string>;
    DataTable table = LoadDataTable("deadline_words.tsv");
    for (const auto& row : table.rows) {
      if (row[table.Column("kind")] == "standing") c->push_back(row[table.Column("phrase")]);
    }
    return c;
  }();
  return std::find(codes->begin(), codes->end(), type_code) != codes->end();
}

bool IsOpenEnded(std::string_view text, Span expr) {
  static const RE2 after(R"(^\s*(?:[-–]\s*\d{4}|)" + WordsPattern("và") + R"(\s+(?:)" +
                         WordsPattern("các") + "|" + WordsPattern("những") + R"()?\s*)" +
                         WordsPattern("năm") + R"(\s+(?:)" + WordsPattern("tiếp theo") + "|" +
                         WordsPattern("sau") + "))");
  return RE2::PartialMatch(text.substr(expr.end), after);
}

bool IsRepeatedTask(std::string_view text, Span expr) {
  const Span clause = ClauseAround(text, expr);
  // Leading a directive item: "Hằng năm, phối hợp ...", "Hằng năm báo cáo ...".
  static const RE2 lead(R"(^\s*(?:[-+•*–]|[a-zđ]\)|\d+\.)?\s*$)");
  if (RE2::FullMatch(text.substr(clause.begin, expr.begin - clause.begin), lead)) {
    static const RE2 next_words(R"(^\s*,?\s*((?:\pL+\s+){0,2}\pL+))");
    re2::StringPiece words;
    if (RE2::PartialMatch(text.substr(expr.end, 80), next_words, &words)) {
      const size_t begin = words.data() - text.data();
      return Words().task.Contains(text, {begin, begin + words.size()});
    }
    return false;
  }
  // After a delivery: "báo cáo các cấp hàng ngày", "báo cáo ... giảm nghèo hàng năm".
  for (Span r : Words().report.FindAll(text, {clause.begin, expr.begin})) {
    std::string_view between = text.substr(r.end, expr.begin - r.end);
    int words = static_cast<int>(std::count(between.begin(), between.end(), ' '));
    if (words <= kReportWords && between.find(',') == std::string_view::npos &&
        !Words().attribute.Contains(text, {r.end, expr.begin})) {
      return true;
    }
  }
  return false;
}

}  // namespace vanban
