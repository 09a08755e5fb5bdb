#include "extractors/deadline_forms.h"

#include <re2/re2.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cstdlib>
#include <map>
#include <memory>

#include "extractors/deadline_context.h"
#include "extractors/deadline_values.h"

namespace vanban {
namespace {

// A pattern template: RE2 syntax in which `some words` stands for those words in any letter
// case, separated by any white space ("`chậm nhất`" matches "Chậm nhất" and "chậm\nnhất").
std::string Expand(std::string_view tmpl) {
  std::string out;
  size_t i = 0;
  while (i < tmpl.size()) {
    const size_t open = tmpl.find('`', i);
    if (open == std::string_view::npos) {
      out.append(tmpl.substr(i));
      break;
    }
    const size_t close = tmpl.find('`', open + 1);
    out.append(tmpl.substr(i, open - i));
    out += WordsPattern(tmpl.substr(open + 1, close - open - 1));
    i = close + 1;
  }
  return out;
}

// Markers. Strong ones make a deadline by themselves, weak ones only with a completing action.
constexpr char kDayMarker[] =
    R"((?P<strong>`trước`|`chậm nhất`(?:\s+`là`)?(?:\s+`vào`)?|`muộn nhất`(?:\s+`là`)?|)"
    R"(`hạn chót`|`hạn cuối`|(?:`thời`\s+)?`hạn`(?:\s+\pL+){0,3}\s*:|)"
    R"(`xong`(?:\s+(?:`trước`|`vào`|`trong`))?|)"
    R"((?:`hoàn thành`|`hoàn tất`)(?:\s+(?:`vào`|`trong`)|\s*:)))";
constexpr char kPeriodStrong[] =
    R"(`chậm nhất`(?:\s+`là`)?(?:\s+(?:`trong`|`vào`|`cuối`))?|`muộn nhất`(?:\s+`là`)?|)"
    R"((?:`hoàn thành`|`hoàn tất`|`xong`)(?:\s+(?:`trong`|`vào`|`trước`|`cuối`)|\s*:)?|)"
    R"((?:`thời`\s+)?`hạn`(?:\s+\pL+){0,3}\s*:\s*(?:`trong`|`cuối`)?)";
constexpr char kPeriodWeak[] = R"(`ngay trong`|`trong`|`cuối`|`kết thúc`|`đến hết`|`hết`)";
// "tuần cuối tháng 11/2022": a weak marker of its own.
constexpr char kWeek[] = R"(`tuần`(?:\s+`lễ`)?\s+(?:`đầu`|`cuối`|`thứ`\s+\S+)(?:\s+`của`)?\s+)";

// Pieces of values.
constexpr char kTime[] =
    R"((?:\d{1,2}\s*(?:`giờ`|h|:)(?:\s*\d{2}(?:\s*`phút`)?)?'?\s*(?:`sáng`|`chiều`|`tối`)?)"
    R"(\s*,?\s*)?)";
constexpr char kWeekdayName[] =
    R"((?:`thứ`\s+(?:`hai`|`ba`|`tư`|`năm`|`sáu`|`bảy`|[2-7])|`chủ nhật`))";
constexpr char kDate[] =
    R"((?P<date>(?:`ngày`\s*)?(?:`mồng`\s*)?\d{1,2}(?:\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{4})?|)"
    R"(\s*,?\s*`tháng`\s*\d{1,2}(?:\s*,?\s*`năm`\s*\d{4})?)))";
constexpr char kRepeat[] =
    R"(\s*,?\s*(?:`của`\s+)?(?:`hằng`|`hàng`)\s+(?P<rec_unit>`năm`|`tháng`|`quý`|`tuần`))";
constexpr char kUnit[] = R"((?:`ngày`|`tuần`|`tháng`|`quý`|`năm`))";
constexpr char kYear[] = R"((?:\s*(?:/|,?\s*`năm`)\s*(?P<year>\d{4}))?)";

// A form: a marker it needs in running text (empty when the value carries its own anchor,
// "hằng tháng") and the value. In a deadline column the value alone is enough ("Tháng
// 03/2026"): forms with a marker also have such a cell variant.
struct FormPattern {
  const char* example;  // a real phrase it must match (tests/extractors/deadline_forms_test.cc)
  TimeKind kind;
  std::string marker;
  std::string value;
};

std::string PeriodMarkers(std::string_view extra_strong, std::string_view extra_weak) {
  return std::string("(?:(?P<strong>") + kPeriodStrong + std::string(extra_strong) + ")|(?P<weak>" +
         kPeriodWeak + std::string(extra_weak) + R"())\s+)";
}

std::vector<FormPattern> MakeForms() {
  using std::string;
  const string unit = kUnit;
  const string period = R"((?:(?:`hằng`|`hàng`|`mỗi`)\s+)?(?:\d{1,2}\S{0,2}\s+)?)" + unit;
  const string day_marker = string(kDayMarker) + R"(\s*(?:`là`\s*)?)";
  const string period_marker = PeriodMarkers("|`trước`", "|`vào`");
  return {
      {"ngày 15 tháng 12 hàng năm", TimeKind::kDay, "", string(kDate) + kRepeat},
      {"ngày mồng 3 hằng tháng", TimeKind::kDay, "",
       "(?:" + day_marker + R"((?:`ngày`\s*)?|`ngày`\s*)(?:`mồng`\s*)?\d{1,2}\s+)" +
           R"((?:`hằng`|`hàng`)\s+(?P<rec_unit>`tháng`))"},
      {"trước ngày 01/6 và 15/11 hằng năm", TimeKind::kDay, "",
       "(?:" + day_marker + R"()?(?:`ngày`\s*)?\d{1,2}\s*/\s*\d{1,2})" +
           R"((?:\s*(?:,|`và`)\s*(?:`ngày`\s*)?\d{1,2}\s*/\s*\d{1,2})+)" +
           R"(\s*(?:`hằng`|`hàng`)\s+(?P<rec_unit>`năm`))"},
      {"trước 13 giờ hằng ngày", TimeKind::kDay, "",
       day_marker + R"(\d{1,2}\s*(?:`giờ`|h|:)(?:\s*\d{2})?'?\s*)" +
           R"((?:`hằng`|`hàng`)\s+(?P<rec_unit>`ngày`))"},
      {"trước 15:00 ngày thứ Sáu hàng tuần", TimeKind::kDay, "",
       "(?:" + day_marker + ")?" + kTime + R"((?:`ngày`\s*)?)" + kWeekdayName +
           R"(\s+(?:`hằng`|`hàng`)\s+(?P<rec_unit>`tuần`))"},
      {"chậm nhất ngày 10 tháng 12 năm 2025", TimeKind::kDay, day_marker,
       string(kTime) + "(?:" + kWeekdayName + R"(\s*,?\s*)?)" + kDate + "(?:" + kRepeat + ")?"},
      {"hoàn thành trong tháng 11/2025", TimeKind::kMonth,
       "(?:" + period_marker + "(?:" + kWeek + ")?|" + kWeek + ")",
       R"(`tháng`\s*(?:\d{1,2}\s*(?:-|`đến`|`và`|,)\s*(?:`tháng`\s*)?)?(?P<month>\d{1,2}))" +
           string(kYear) + "(?:" + kRepeat + ")?"},
      {"Tháng 12 hằng năm", TimeKind::kMonth, "", R"(`tháng`\s*\d{1,2})" + string(kRepeat)},
      {"trong quý I/2026", TimeKind::kQuarter, period_marker,
       R"(`quý`\s+(?:(?:IV|I{1,3}|[1-4])\s*(?:,|`và`|-)\s*)?(?P<quarter>IV|I{1,3}|[1-4]))" +
           string(kYear)},
      {"trong 6 tháng đầu năm 2024", TimeKind::kHalfYear, period_marker,
       R"((?:0?6|`sáu`)\s+`tháng`\s+(?P<half>`đầu`|`cuối`)\s+`năm`(?:\s+(?P<year>\d{4}))?)"},
      {"hoàn thành trong năm 2025", TimeKind::kYear, PeriodMarkers("|`trước cuối`", ""),
       R"(`năm`\s+(?P<year>\d{4}))"},
      {"Cuối năm, báo cáo", TimeKind::kYear, "",
       R"((?:(?P<strong>(?:`hoàn thành`|`xong`)(?:\s+`trong`)?)|(?P<weak>`cuối`))\s+`năm`[,.;:)])"},
      // A span needs no marker but "kể từ"; without one it is weak.
      {"chậm nhất 05 ngày làm việc kể từ ngày ban hành", TimeKind::kSpan, "",
       R"((?:(?P<strong>`trong`(?:\s+(?:`thời hạn`|`vòng`|`thời gian`))?)"
       R"((?:\s+(?:`không quá`|`tối đa`|`chậm nhất`(?:\s+`là`)?))?|`chậm nhất`(?:\s+`là`)?|)"
       R"(`không quá`|`tối đa`|`thời hạn`(?:\s+`là`)?|`thời hạn`[^.;\n]{0,80}?\s`là`)\s+)?)"
       R"((?P<count>\d{1,3})(?:\s*\([^)\n]{1,30}\))?\s*(?P<unit>`ngày`|`tuần`|`tháng`|`năm`))"
       R"((?:\s+`làm việc`)?\s*,?\s*(?:`kể từ`|`tính từ`)(?:\s+(?:`ngày`|`khi`|`thời điểm`))?)"},
      {"định kỳ 6 tháng, hàng năm", TimeKind::kRecurrence, "",
       R"((?P<strong>`định kỳ`)\s*,?\s*(?:`theo`\s+)?(?P<periods>)" + period +
           R"((?:\s*(?:,|`và`|`hoặc`|-|/)\s*)" + period + ")*)"},
      {"hằng tháng, quý, 6 tháng, năm", TimeKind::kRecurrence, "",
       R"((?:`hằng`|`hàng`)\s+(?P<periods>)" + unit + R"((?:\s*,\s*(?:\d{1,2}\S{0,2}\s+)?)" + unit +
           ")*)"},
  };
}

// All forms as one pattern, "(?P<f0>...)|(?P<f1>...)|...", so that one pass of RE2's DFA
// finds them all; each form's groups are renamed "strong_0", "date_0", ...
struct Scanner {
  struct Form {
    const char* example;
    TimeKind kind;
    bool needs_marker;  // in running text
    bool cell;          // the value alone of a form that needs a marker, in a column
    int group;          // index of "f<k>"
    std::map<std::string, int, std::less<>> groups;  // "strong" -> index
  };
  std::unique_ptr<RE2> re;
  std::vector<Form> forms;
};

std::string Suffixed(const std::string& pattern, size_t k) {
  std::string out = pattern;
  static const RE2 name(R"(\(\?P<(\w+)>)");
  RE2::GlobalReplace(&out, name, "(?P<\\1_" + std::to_string(k) + ">");
  return out;
}

Scanner* MakeScanner(bool cells) {
  auto* scanner = new Scanner;
  std::string all;
  for (const FormPattern& form : MakeForms()) {
    const bool needs_marker = !form.marker.empty();
    const std::string pattern =
        needs_marker && !cells ? "(?:" + form.marker + ")" + form.value : form.value;
    const size_t k = scanner->forms.size();
    all += (all.empty() ? "" : "|") + ("(?P<f" + std::to_string(k) + ">") +
           Suffixed(Expand(pattern), k) + ")";
    scanner->forms.push_back({form.example, form.kind, needs_marker, needs_marker && cells, 0, {}});
  }
  RE2::Options options;
  options.set_max_mem(64 << 20);
  scanner->re = std::make_unique<RE2>(all, options);
  if (!scanner->re->ok()) std::abort();  // a pattern that does not compile is a bug
  for (const auto& [name, index] : scanner->re->NamedCapturingGroups()) {
    const size_t cut = name.rfind('_');
    if (name[0] == 'f' && cut == std::string::npos) {
      scanner->forms[std::stoul(name.substr(1))].group = index;
    } else if (cut != std::string::npos) {
      scanner->forms[std::stoul(name.substr(cut + 1))].groups[name.substr(0, cut)] = index;
    }
  }
  return scanner;
}

const Scanner& TextScanner() {
  static const Scanner* scanner = MakeScanner(false);
  return *scanner;
}

const Scanner& CellScanner() {
  static const Scanner* scanner = MakeScanner(true);
  return *scanner;
}

// The code point that ends before `pos` / starts at `pos`, or -1.
UChar32 Before(std::string_view text, size_t pos) {
  if (pos == 0) return -1;
  int32_t i = static_cast<int32_t>(pos);
  UChar32 c;
  U8_PREV(text.data(), 0, i, c);
  return c;
}

UChar32 At(std::string_view text, size_t pos) {
  if (pos >= text.size()) return -1;
  int32_t i = static_cast<int32_t>(pos);
  UChar32 c;
  U8_NEXT(text.data(), i, static_cast<int32_t>(text.size()), c);
  return c;
}

bool IsWordChar(UChar32 c) { return c >= 0 && (u_isalnum(c) || c == '/'); }

// Spaces and punctuation a match may have taken at its end ("Cuối năm,").
Span TrimEnd(std::string_view text, Span span) {
  while (span.end > span.begin &&
         std::string_view(" \t\n,.;:)").find(text[span.end - 1]) != std::string_view::npos) {
    --span.end;
  }
  return span;
}

class Groups {
 public:
  Groups(const Scanner::Form& form, const std::vector<re2::StringPiece>& m) : form_(form), m_(m) {}
  std::string_view operator[](std::string_view name) const {
    auto it = form_.groups.find(name);
    if (it == form_.groups.end()) return {};
    return std::string_view(m_[it->second].data(), m_[it->second].size());
  }

 private:
  const Scanner::Form& form_;
  const std::vector<re2::StringPiece>& m_;
};

// Every match of the scanner's forms in text[within], in text order.
std::vector<TimeExpression> Scan(std::string_view text, Span within, const Scanner& scanner,
                                 int default_year) {
  static const RE2 number_next(R"(^\s*\d)");
  std::vector<TimeExpression> out;
  const int n = scanner.re->NumberOfCapturingGroups() + 1;
  std::vector<re2::StringPiece> m(n);
  size_t pos = within.begin;
  while (pos < within.end &&
         scanner.re->Match(text, pos, within.end, RE2::UNANCHORED, m.data(), n)) {
    const size_t begin = m[0].data() - text.data();
    const size_t end = begin + m[0].size();
    pos = end > begin ? end : begin + 1;
    // Whole words and whole numbers only: not "15/12/20255", not "...trước" inside a word.
    if (IsWordChar(Before(text, begin)) ||
        (IsWordChar(At(text, end)) && IsWordChar(Before(text, end)))) {
      pos = begin + 1;
      continue;
    }
    const auto form = std::find_if(scanner.forms.begin(), scanner.forms.end(),
                                   [&](const Scanner::Form& f) { return m[f.group].data(); });
    const Groups g(*form, m);
    // "Định kỳ ngày 20 hàng tháng": a period word followed by a number is no period.
    if (!g["periods"].empty() && RE2::PartialMatch(text.substr(end), number_next)) {
      pos = begin + 1;
      continue;
    }
    TimeExpression e;
    e.span = TrimEnd(text, {begin, end});
    e.kind = form->kind;
    // Without a marker word, "tuần cuối tháng 11" and "15 ngày kể từ" are weak.
    const bool implied = (form->needs_marker && !form->cell) || form->kind == TimeKind::kSpan;
    e.marker = !g["strong"].empty()            ? Marker::kStrong
               : !g["weak"].empty() || implied ? Marker::kWeak
                                               : Marker::kNone;
    const TimePieces pieces{g["date"],  g["month"], g["year"],    g["quarter"], g["half"],
                            g["count"], g["unit"],  g["periods"], g["rec_unit"]};
    if (ReadTimeValues(form->kind, pieces, default_year, e)) out.push_back(std::move(e));
  }
  return out;
}

// Sorted by start, then longest first; an expression overlapping a kept one is dropped.
std::vector<TimeExpression> WithoutOverlaps(std::vector<TimeExpression> all) {
  std::stable_sort(all.begin(), all.end(), [](const TimeExpression& a, const TimeExpression& b) {
    if (a.span.begin != b.span.begin) return a.span.begin < b.span.begin;
    return a.span.end > b.span.end;
  });
  std::vector<TimeExpression> kept;
  for (TimeExpression& e : all) {
    if (!kept.empty() && e.span.begin < kept.back().span.end) continue;
    kept.push_back(std::move(e));
  }
  return kept;
}

}  // namespace

std::vector<TimeExpression> FindTimeExpressions(std::string_view text, int default_year) {
  return WithoutOverlaps(Scan(text, {0, text.size()}, TextScanner(), default_year));
}

std::vector<TimeExpression> FindCellExpressions(std::string_view text, Span within,
                                                int default_year) {
  return WithoutOverlaps(Scan(text, within, CellScanner(), default_year));
}

std::vector<std::string> TimeFormExamples() {
  std::vector<std::string> examples;
  for (const Scanner::Form& f : TextScanner().forms) examples.push_back(f.example);
  return examples;
}

}  // namespace vanban
