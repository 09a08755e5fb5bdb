#include "extractors/deadlines.h"

#include <re2/re2.h>

#include <algorithm>
#include <optional>
#include <string>

#include "extractors/deadline_columns.h"
#include "extractors/deadline_context.h"
#include "extractors/deadline_forms.h"
#include "extractors/vn_date.h"

namespace vanban {
namespace {

// Year and month of the issue date, months counted from year 0; 0 when unknown.
struct IssueMonth {
  int year = 0;
  int months = 0;
};

// The issue date's month; without one, January of the year in the document's number
// ("158/2025/NĐ-CP").
IssueMonth IssueMonthOf(const Document& doc) {
  IssueMonth m;
  if (doc.meta.issued && doc.meta.issued->value.size() >= 7) {
    const std::string& iso = doc.meta.issued->value;  // "2024-03-06"
    m.year = std::stoi(iso.substr(0, 4));
    m.months = m.year * 12 + std::stoi(iso.substr(5, 2));
  } else if (doc.meta.number) {
    static const RE2 year(R"((?:^|/)((?:19|20)\d\d)/)");
    std::string y;
    if (RE2::PartialMatch(doc.meta.number->value, year, &y)) {
      m.year = std::stoi(y);
      m.months = m.year * 12 + 1;
    }
  }
  return m;
}

// Dates from which a new regime applies: "từ ngày 01 tháng 7 năm 2025 trở đi", "có hiệu lực
// ... từ ngày ...". "trước ngày 01 tháng 7 năm 2025" then is a condition of the old regime.
std::vector<std::string> CutoffDates(std::string_view text) {
  static const RE2 from(R"((?:^|[^\pL])(?i:từ)\s+((?:(?i:ngày)\s+)?\d))");
  static const RE2 onwards(R"(^\s*(?i:trở\s+đi))");
  static const RE2 effective(R"((?i:hiệu\s+lực))");
  constexpr size_t kLongestDate = 40;  // "ngày 01 tháng 01 năm 2025", bytes
  std::vector<std::string> dates;
  re2::StringPiece m[2];
  size_t pos = 0;
  while (pos < text.size() && from.Match(text, pos, text.size(), RE2::UNANCHORED, m, 2)) {
    const size_t begin = m[1].data() - text.data();
    pos = begin + 1;
    auto d = FindDate(text.substr(begin, kLongestDate));
    if (!d || d->span.begin > 5) continue;  // a date right there, after "ngày " at most
    const size_t end = begin + d->span.end;
    const size_t before = begin > 80 ? begin - 80 : 0;
    if (RE2::PartialMatch(text.substr(end), onwards) ||
        RE2::PartialMatch(text.substr(before, begin - before), effective)) {
      dates.push_back(d->date.Iso());
    }
  }
  return dates;
}

// True when a dated value lies before the issue date (a month's grace for a late signature):
// a result or an earlier deadline recounted, not one this document sets.
bool IsPast(const TimeExpression& e, IssueMonth issued) {
  if (issued.months == 0 || e.year == 0 || e.values.empty()) return false;
  const std::string& v = e.values.front();
  int last_month = 0;  // the last month the value covers
  switch (e.kind) {
    case TimeKind::kDay:
    case TimeKind::kMonth:
      last_month = e.year * 12 + std::stoi(v.substr(5, 2));
      break;
    case TimeKind::kQuarter:
      last_month = e.year * 12 + (v[6] - '0') * 3;
      break;
    case TimeKind::kHalfYear:
      last_month = e.year * 12 + (v[6] - '0') * 6;
      break;
    case TimeKind::kYear:
      return e.year < issued.year;
    default:
      return false;
  }
  return last_month < issued.months - 1;
}

bool InZone(const Document& doc, Span span, ZoneKind kind) {
  return std::any_of(doc.zones.begin(), doc.zones.end(), [&](const Zone& z) {
    return z.kind == kind && z.span.begin <= span.begin && span.end <= z.span.end;
  });
}

// Deadlines are set in the body (appendices included); with no zones, anywhere.
bool InBody(const Document& doc, Span span) {
  return doc.zones.empty() || InZone(doc, span, ZoneKind::kBody);
}

bool InReference(const Document& doc, Span span) {
  return std::any_of(doc.references.begin(), doc.references.end(), [&](const Reference& r) {
    return r.span.begin < span.end && span.begin < r.span.end;
  });
}

// Whether the context makes e a deadline of this document.
bool IsDeadline(const Document& doc, const TimeExpression& e) {
  const std::string_view text = doc.text;
  if (IsEffectiveDate(text, e.span) || IsRecounted(text, e.span)) return false;
  if (FollowsNotDueWord(text, e.span)) return false;
  if (e.kind == TimeKind::kYear && IsOpenEnded(text, e.span)) return false;
  if (e.kind == TimeKind::kSpan && IsProcedureTimeLimit(text, e.span)) return false;
  switch (e.marker) {
    case Marker::kStrong:
      return true;
    case Marker::kWeak:
      return !IsWorkPeriod(text, e.span) && HasCompletingAction(text, e.span);
    case Marker::kNone:
      if (e.kind == TimeKind::kRecurrence) {
        return e.dated ? !IsWorkPeriod(text, e.span) : IsRepeatedTask(text, e.span);
      }
      return IsTableCell(text, e.span);  // only cell expressions have no marker
  }
  return false;
}

// The expression as printed, white space made single spaces.
std::string Printed(std::string_view s) {
  std::string out;
  for (char c : s) {
    const bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r';
    if (space && (out.empty() || out.back() == ' ')) continue;
    out += space ? ' ' : c;
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

}  // namespace

// Expressions of running text, then bare values of deadline columns where the text has none.
std::vector<TimeExpression> Candidates(const Document& doc, int year) {
  std::vector<TimeExpression> all = FindTimeExpressions(doc.text, year);
  for (Span column : FindDeadlineColumns(doc)) {
    for (TimeExpression& e : FindCellExpressions(doc.text, column, year)) {
      const bool overlaps = std::any_of(all.begin(), all.end(), [&](const TimeExpression& t) {
        return t.span.begin < e.span.end && e.span.begin < t.span.end;
      });
      if (e.marker == Marker::kNone && !overlaps) all.push_back(std::move(e));
    }
    for (Span cell : YearCells(doc.text, column)) {
      TimeExpression e;
      e.span = cell;
      e.kind = TimeKind::kYear;
      e.year = std::stoi(std::string(doc.Slice(cell)));
      e.year_printed = true;
      e.values = {std::to_string(e.year)};
      all.push_back(std::move(e));
    }
  }
  return all;
}

std::vector<Deadline> ExtractDeadlines(const Document& doc) {
  std::vector<Deadline> deadlines;
  // A press article reports what others decided; it sets no deadline itself.
  if (doc.meta.type && doc.meta.type->value == "bai_bao") return deadlines;
  const IssueMonth issued = IssueMonthOf(doc);
  const bool standing = doc.meta.type && IsStandingType(doc.meta.type->value);
  std::optional<std::vector<std::string>> cutoffs;  // computed when a day needs them
  for (TimeExpression& e : Candidates(doc, issued.year)) {
    if (!InBody(doc, e.span) || InReference(doc, e.span) || !IsDeadline(doc, e)) continue;
    if (e.kind == TimeKind::kDay && !e.year_printed &&
        (standing || InYearlyClause(doc.text, e.span))) {
      // "Định kỳ hằng năm (trước ngày 15 tháng 12)", a decree's "trước ngày 01 tháng 6": a
      // yearly recurrence.
      e.kind = TimeKind::kRecurrence;
      e.values = {"R/P1Y"};
    } else if (e.kind == TimeKind::kDay) {
      if (!cutoffs) cutoffs = CutoffDates(doc.text);
      if (std::find(cutoffs->begin(), cutoffs->end(), e.values.front()) != cutoffs->end()) continue;
    }
    if (IsPast(e, issued)) continue;
    for (const std::string& value : e.values) {
      deadlines.push_back({Printed(doc.Slice(e.span)), value, e.span});
    }
  }
  std::stable_sort(deadlines.begin(), deadlines.end(), [](const Deadline& a, const Deadline& b) {
    return a.span.begin < b.span.begin;
  });
  return deadlines;
}

}  // namespace vanban
