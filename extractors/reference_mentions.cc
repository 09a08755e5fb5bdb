#include "extractors/reference_mentions.h"

#include <re2/re2.h>
#include <unicode/uchar.h>

#include <algorithm>
#include <set>

#include "extractors/doc_number.h"
#include "extractors/doc_types.h"
#include "extractors/reference_context.h"
#include "extractors/reference_issuer.h"
#include "extractors/reference_tail.h"
#include "extractors/text_case.h"
#include "extractors/title_mentions.h"
#include "extractors/type_names.h"
#include "extractors/words.h"
#include "pipeline/utf8.h"

namespace vanban {
namespace {

constexpr size_t kMaxBareDigits = 5;  // "Nghị quyết số 3488"
constexpr int kMaxTypeWords = 4;      // "Thông tư liên tịch"
constexpr int kMaxGapWords = 2;
constexpr size_t kTitleWindow = 600;  // bytes looked back for a trích yếu around a law  // "Thông
                                      // báo kết luận số", "Chương trình phối hợp số"

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

bool EndsWithSo(std::string_view text, size_t pos) {
  static constexpr std::string_view kSo[] = {"số", "Số", "SỐ", "sô", "Sô", "SÔ"};
  return std::any_of(std::begin(kSo), std::end(kSo), [&](std::string_view so) {
    return pos >= so.size() && text.substr(pos - so.size(), so.size()) == so;
  });
}

// The spans of doc.text where no document is cited: the header lines (issuer, motto, the
// document's own number, place and date) and the signature.
std::vector<Span> SilentZones(const Document& doc) {
  std::vector<Span> spans;
  for (const Zone& z : doc.zones) {
    switch (z.kind) {
      case ZoneKind::kIssuer:
      case ZoneKind::kMotto:
      case ZoneKind::kNumber:
      case ZoneKind::kPlaceDate:
      case ZoneKind::kSignature:
        spans.push_back(z.span);
        break;
      default:
        break;
    }
  }
  return spans;
}

bool InAny(const std::vector<Span>& spans, size_t pos) {
  return std::any_of(spans.begin(), spans.end(), [&](const Span& s) { return s.Contains(pos); });
}

struct TypeFound {
  const DocType* type = nullptr;
  size_t begin = 0;
  bool gap = false;  // words stand between the type name and "số"
};

// The document type named by the words ending at `end`, possibly followed by up to max_gap
// lower-case words ("Thông báo kết luận").
TypeFound TypeEndingAt(std::string_view text, size_t end, int max_gap) {
  std::vector<Word> back;
  size_t at = end;
  while (back.size() < static_cast<size_t>(kMaxTypeWords + max_gap)) {
    auto w = WordBefore(text, at);
    if (!w || HasLineBreak(text, w->span.end, at) || w->core.size() != w->text.size()) break;
    back.push_back(*w);
    at = w->span.begin;
  }
  const size_t n = back.size();
  bool any = false;
  for (size_t gap = 0; gap <= static_cast<size_t>(max_gap) && gap < n; ++gap) {
    any = any || MayEndTypeName(back[gap].core);
  }
  if (!any) return {};
  const WordWindow win = WindowOf(std::vector<Word>(back.rbegin(), back.rend()));
  const WindowKeys keys(win, Abbreviations::kKeep);
  for (size_t gap = 0; gap <= static_cast<size_t>(max_gap) && gap < n; ++gap) {
    if (gap > 0 && !StartsWithLower(win.words[n - gap].core)) break;
    if (!MayEndTypeName(win.words[n - gap - 1].core)) continue;
    for (size_t k = gap + 1; k <= n && k <= gap + kMaxTypeWords; ++k) {
      if (const DocType* type = TypeNamed(keys, n - k, n - gap)) {
        return {type, win.words[n - k].span.begin, gap > 0};
      }
    }
  }
  return {};
}

// True when the digits ending at `end` may start a number: a separator follows (a letter or a
// sub-number before it aside), or a capitalised symbol ("322 CTr/UBND").
bool MayStartNumber(std::string_view text, size_t end) {
  size_t i = end;
  if (i < text.size() && text[i] >= 'a' && text[i] <= 'z') ++i;  // "1249a/"
  if (i < text.size() && text[i] == '.') ++i;                    // "66.7/"
  while (i < text.size() && (IsDigit(text[i]) || text[i] == ' ' || text[i] == '\t')) ++i;
  if (i >= text.size()) return false;
  const unsigned char c = static_cast<unsigned char>(text[i]);
  return c == '/' || c == '-' || c == '\n' || (c >= 'A' && c <= 'Z') || c >= 0xC2;
}

// Types cited by digits alone ("Nghị quyết số 18", "Kết luận 123", "Đề án 06").
bool CitedByDigits(std::string_view code) {
  static constexpr std::string_view kCodes[] = {
      "nghi_quyet", "chi_thi",  "ket_luan", "quyet_dinh", "nghi_dinh", "thong_tu", "de_an",
      "ke_hoach",   "quy_dinh", "cong_van", "thong_bao",  "cong_dien", "huong_dan"};
  return std::any_of(std::begin(kCodes), std::end(kCodes),
                     [&](std::string_view c) { return c == code; });
}

// "Nghị quyết số 18, ...": digits alone name a document only before punctuation or a word
// that goes on with its details.
bool BareNumberEnds(std::string_view text, size_t end) {
  if (end >= text.size()) return true;
  const char c = text[end];
  if (c == ',' || c == ';' || c == ')' || c == '\n') return true;
  if (c == '.') return end + 1 >= text.size() || !IsDigit(text[end + 1]);
  if (c != ' ') return false;
  auto w = NextWord(text, end);
  if (!w) return true;
  static constexpr std::string_view kGoesOn[] = {"và",  "của",  "ngày", "về",   "do", "đã", "được",
                                                 "tại", "theo", "hoặc", "cùng", "(",  "-"};
  return std::any_of(std::begin(kGoesOn), std::end(kGoesOn),
                     [&](std::string_view s) { return w->text == s || w->core == s; });
}

// The head of a list that ends with ':' just before pos: its last type name and "của X".
void ReadListHead(std::string_view text, size_t pos, Mention& m) {
  const size_t colon = SkipSpaceBack(text, pos);
  if (colon == 0 || text[colon - 1] != ':') return;
  auto word = WordBefore(text, colon - 1);
  for (int n = 0; word && n < 20; ++n) {
    if (word->text.back() == '.' || word->text.back() == ';') return;
    if (auto t = MatchTypeName(text.substr(word->span.begin, colon - 1 - word->span.begin))) {
      m.list_type = t->type->code;
      const ReferenceTail tail = ReadTail(text, word->span.begin + t->length);
      if (tail.issuer && SkipSpace(text, tail.end) >= colon - 1) m.list_issuer = tail.issuer;
      return;
    }
    word = WordBefore(text, word->span.begin);
  }
}

// True when the line before `begin` reads "(Kèm theo" or "(Ban hành kèm theo": an appendix's
// heading names the document it is attached to.
bool AttachedTo(std::string_view text, size_t begin) {
  // Example: "(Kèm theo Quyết định số: 203/QĐ-UBND ngày 28 tháng 11 năm 2025 ...".
  static const RE2 heading(R"(\s*\(?\s*(?:[Bb]an hành\s+)?[Kk]èm theo\s*)");
  const size_t nl = text.rfind('\n', begin == 0 ? 0 : begin - 1);
  const size_t line = nl == std::string_view::npos || begin == 0 ? 0 : nl + 1;
  return RE2::FullMatch(text.substr(line, begin - line), heading);
}

class Scanner {
 public:
  explicit Scanner(const Document& doc) : text_(doc.text), silent_(SilentZones(doc)) {}

  std::vector<Mention> Run() {
    mentions_ = FindTitleMentions(text_, silent_, &consumed_);
    ScanNumbers();
    std::stable_sort(mentions_.begin(), mentions_.end(), [](const Mention& a, const Mention& b) {
      return a.ref.span.begin < b.ref.span.begin;
    });
    MarkLawsInTitles();
    return std::move(mentions_);
  }

 private:
  // Numbers, with the type name before them.
  void ScanNumbers() {
    size_t pos = 0;
    while (pos < text_.size()) {
      if (!IsDigit(text_[pos])) {
        ++pos;
        continue;
      }
      size_t digits_end = pos;
      while (digits_end < text_.size() && IsDigit(text_[digits_end])) ++digits_end;
      const char32_t before = CodePointBefore(text_, pos);
      const bool starts = before == kInvalidCodePoint ||
                          !(u_isalnum(static_cast<UChar32>(before)) || before == '/' ||
                            before == '-' || before == '.' || before == ',' || before == '&') ||
                          EndsWithSo(text_, pos);
      if (!starts || InAny(silent_, pos) || consumed_.contains(pos)) {
        pos = digits_end;
        continue;
      }
      pos = std::max(digits_end, ReadNumber(pos, digits_end));
    }
  }

  // Flags the laws named inside the trích yếu of another document: after a numbered mention's
  // details, or after a type name without number ("Nghị định hướng dẫn Luật số 90/2025/QH15",
  // "Nghị quyết về ... triển khai Luật Địa chất và Khoáng sản").
  void MarkLawsInTitles() {
    std::vector<Span> titles;
    for (const Mention& m : mentions_) {
      if (m.ref.number && m.title_end > m.end) titles.push_back({m.end, m.title_end});
    }
    for (Mention& m : mentions_) {
      if ((m.ref.type != "luat" && m.ref.type != "bo_luat") ||
          CitedDirectly(text_, m.ref.span.begin)) {
        continue;
      }
      const size_t at = m.ref.span.begin;
      m.in_cited_title = std::any_of(titles.begin(), titles.end(),
                                     [&](const Span& t) { return t.Contains(at); }) ||
                         InUnnumberedTitle(at);
    }
  }

  // True when a type name without number opens a trích yếu in the clause before pos.
  bool InUnnumberedTitle(size_t pos) const {
    // Example: "Nghị định hướng dẫn Luật số 90/2025/QH15".
    static const RE2 unnumbered(
        "(?:Nghị định|Nghị quyết|Quyết định|Thông tư|Chỉ thị|Kế hoạch|Chương trình|Đề án)"
        "( (?:về|quy định|hướng dẫn|sửa đổi))");
    size_t clause = pos;
    while (clause > 0 && pos - clause < kTitleWindow && text_[clause - 1] != '\n' &&
           text_[clause - 1] != ';') {
      --clause;
    }
    re2::StringPiece match[2];
    size_t from = clause;
    while (from < pos && unnumbered.Match(text_, from, pos, RE2::UNANCHORED, match, 2)) {
      const size_t type_end = match[1].data() - text_.data();
      if (CitedTitleEnd(text_, type_end) > pos) return true;
      from = type_end + match[1].size();
    }
    return false;
  }

  // Reads the mention whose number starts at pos; returns where scanning goes on.
  size_t ReadNumber(size_t pos, size_t digits_end) {
    Mention mention;
    Span number_span;
    if (auto number =
            MayStartNumber(text_, digits_end) ? MatchDocNumber(text_, pos) : std::nullopt) {
      mention.ref.number = number->text;
      number_span = number->span;
    } else if (auto next = PageBreakNumber(digits_end)) {
      // "Quy định số 3\n\n205-QĐ/TW": a page number between "số" and the number (OCR).
      mention.ref.number = next->text;
      number_span = {pos, next->span.end};
      consumed_.insert(next->span.begin);
    } else {
      if (digits_end - pos > kMaxBareDigits || !BareNumberEnds(text_, digits_end))
        return digits_end;
      mention.ref.number = std::string(text_.substr(pos, digits_end - pos));
      number_span = {pos, digits_end};
      mention.bare = true;
    }
    // "Quyết định số: 12/QĐ-UBND", "Nghị định số142/2018/NĐ-CP".
    size_t b = SkipSpaceBack(text_, pos);
    if (b > 0 && text_[b - 1] == ':') b = SkipSpaceBack(text_, b - 1);
    size_t begin = pos;
    bool has_so = false;
    if (EndsWithSo(text_, b)) {
      has_so = true;
      b -= std::string_view("số").size();  // "sô" (OCR) has as many bytes
      begin = b;
      b = SkipSpaceBack(text_, b);
    }
    const TypeFound found = TypeEndingAt(text_, b, has_so ? kMaxGapWords : 0);
    if (found.type) {
      if (IsDraftBefore(text_, found.begin)) return number_span.end;
      // Digits alone: a capitalised type name on the same line, of a type cited that way.
      if (mention.bare && (found.gap || !CitedByDigits(found.type->code) ||
                           !StartsWithUpper(text_.substr(found.begin, 4)) ||
                           HasLineBreak(text_, found.begin, pos))) {
        return digits_end;
      }
      mention.ref.type = found.type->code;
      begin = found.begin;
    } else {
      if (mention.bare) return digits_end;
      const char prev = b > 0 ? text_[b - 1] : '\n';
      auto prev_word = WordBefore(text_, b);
      const bool listed = has_so || prev == ',' || prev == ';' || prev == '(' ||
                          (prev_word && prev_word->text == "và");
      if (!listed) return number_span.end;
      mention.typed = false;
      if (const DocType* implied = TypeImpliedByNumber(*mention.ref.number)) {
        mention.ref.type = implied->code;
      }
    }
    ReferenceTail tail = ReadTail(text_, number_span.end, *mention.ref.number);
    if (mention.typed && (!tail.issuer || !tail.date)) {
      const ReferenceTail before = ReadDetailsBefore(text_, begin);
      if (!tail.issuer) tail.issuer = before.issuer;
      if (!tail.date) tail.date = before.date;
    }
    mention.ref.date = tail.date;
    mention.ref.issuer = tail.issuer;
    mention.ref.relation.clear();  // read when the mention makes a reference
    mention.ref.span = {begin, number_span.end};
    mention.host = AttachedTo(text_, begin);
    mention.end = tail.end;
    mention.title_end = std::max(tail.end, CitedTitleEnd(text_, tail.end));
    ReadListHead(text_, begin, mention);
    mentions_.push_back(std::move(mention));
    return number_span.end;
  }

  // The number that starts the line after a blank line that follows `end`, if any.
  std::optional<DocNumber> PageBreakNumber(size_t end) const {
    const size_t next = SkipSpace(text_, end);
    if (next >= text_.size() || !IsDigit(text_[next]) ||
        text_.substr(end, next - end).find("\n\n") == std::string_view::npos) {
      return std::nullopt;
    }
    return MatchDocNumber(text_, next);
  }

  std::string_view text_;
  std::vector<Span> silent_;
  std::set<size_t> consumed_;  // numbers read with a title
  std::vector<Mention> mentions_;
};

}  // namespace

std::vector<Mention> FindMentions(const Document& doc) { return Scanner(doc).Run(); }

}  // namespace vanban
