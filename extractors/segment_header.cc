#include "extractors/segment_header.h"

#include <re2/re2.h>

#include <algorithm>
#include <optional>
#include <string>

#include "extractors/agency_names.h"
#include "extractors/doc_number.h"
#include "extractors/doc_types.h"
#include "extractors/gazetteer.h"
#include "extractors/layout_units.h"
#include "extractors/lines.h"
#include "extractors/loose_pattern.h"
#include "extractors/subject_lines.h"
#include "extractors/text_case.h"
#include "extractors/vn_date.h"

namespace vanban {
namespace {

// How far the header is looked for, and how far apart its parts may lie (in units).
constexpr size_t kWindowLines = 250;
constexpr size_t kMaxIssuerUnits = 8;
constexpr size_t kNumberReach = 40;
constexpr size_t kPlaceDateReach = 12;
constexpr size_t kTitleReach = 12;
constexpr size_t kAddresseeReach = 8;

struct Patterns {
  // Each with the real form it must match (tests/extractors/segment_header_test.cc).
  RE2 motto;  // "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "CỘNG HOÀ XÃ HỘI\nCHỦ NGHĨA VIỆT NAM"
  RE2 party;   // "ĐẢNG CỘNG SẢN VIỆT NAM"
  RE2 slogan;  // "Độc lập - Tự do - Hạnh phúc", "Độc lập Tự do - Hạnh phúc"
  RE2 rule;    // "-------", "_____", "* * *"
  RE2 number_label;  // "Số:", "Số", "Luật số:", "Nghị quyết số:"
  RE2 vv;            // "V/v", "V/V", "v/v:"
  RE2 about;         // "Về hướng dẫn ..." directly under the number (cv-5155)
  RE2 kinh_gui;      // "Kính gửi:", "Kính\ngửi:"
  RE2 place_comma;   // "Quảng Ngãi, ngày" with no date (drafts, OCR)
};

const Patterns& Re() {
  static const Patterns* p = new Patterns{
      RE2("(?i)" + LoosePattern("cộng hòa xã hội chủ nghĩa việt nam", LetterCase::kAny)),
      RE2(LoosePattern("ĐẢNG CỘNG SẢN VIỆT NAM", LetterCase::kUpper)),
      RE2(LoosePattern("độc lập", LetterCase::kAny) + R"(\s*[-–—]?\s*)" +
          LoosePattern("tự do", LetterCase::kAny) + R"(\s*[-–—]?\s*)" +
          LoosePattern("hạnh phúc", LetterCase::kAny)),
      RE2(R"([-_=*–—]{3,}|(?:\* ?){3,})"),
      RE2(R"(^(?:(?:\pL+ ){0,2}?(?:Số|SỐ|Sô|SÔ)[ ]?:?|(?:\pL+ ){1,2}?số ?:))"),
      RE2(R"(^[Vv] ?/ ?[Vv]\b)"),
      RE2("^" + LoosePattern("về", LetterCase::kAny) + " "),
      RE2("^" + LoosePattern("kính gửi", LetterCase::kAny)),
      RE2(R"(^(\p{Lu}[\pL. ]{1,40}),\s*)" + LoosePattern("ngày", LetterCase::kAny)),
  };
  return *p;
}

// A range of the joined text.
struct Piece {
  size_t begin = 0;
  size_t end = 0;
  ZoneKind kind = ZoneKind::kBody;
  bool empty() const { return end <= begin; }
};

bool Find(const RE2& re, std::string_view text, size_t from, size_t to, Piece* out) {
  re2::StringPiece m;
  if (from > to || !re.Match(text, from, to, RE2::UNANCHORED, &m, 1)) return false;
  out->begin = m.data() - text.data();
  out->end = out->begin + m.size();
  return true;
}

bool StartsWith(const RE2& re, std::string_view s) {
  return re.Match(s, 0, s.size(), RE2::ANCHOR_START, nullptr, 0);
}

class HeaderParser {
 public:
  explicit HeaderParser(std::string_view text) : text_(text) {
    std::vector<Span> lines = SplitLines(text);
    size_t end = lines.size() > kWindowLines ? lines[kWindowLines].begin : text.size();
    units_ = BuildUnits(text, {0, end});
    joined_ = units_.joined.str();
  }

  HeaderLayout Parse();

 private:
  // Text of unit u, from joined offset `from` (inside it) on.
  std::string_view UnitText(size_t u, size_t from = 0) const {
    const Unit& unit = units_.units[u];
    size_t b = std::max(unit.begin, from);
    return b >= unit.end ? std::string_view() : std::string_view(joined_).substr(b, unit.end - b);
  }
  size_t UnitAt(size_t pos) const { return units_.UnitAt(pos); }
  // The start of the first non-space character at or after pos in the same unit, or the
  // next unit's start.
  size_t SkipSpaces(size_t pos) const {
    while (pos < joined_.size() && joined_[pos] == ' ') ++pos;
    return pos;
  }

  bool FindMotto();
  void FindNumber();
  void FindPlaceDate();
  bool FindHeaderDate(size_t from, size_t limit, size_t* begin, size_t* end) const;
  size_t PlaceStart(size_t begin, size_t end) const;
  void FindIssuer();
  void FindTitle();
  void FindAddressees(size_t from);
  void AddIssuerPiece(size_t begin, size_t end);
  // The issuer lines found so far, joined by spaces.
  std::string IssuerText() const {
    std::string out;
    for (const Piece& p : pieces_) {
      if (p.kind != ZoneKind::kIssuer) continue;
      if (!out.empty()) out += ' ';
      out += joined_.substr(p.begin, p.end - p.begin);
    }
    return out;
  }

  std::string_view text_;
  LayoutUnits units_;
  std::string_view joined_;

  std::optional<Piece> motto_;
  std::optional<Piece> slogan_;
  std::optional<Piece> number_;
  std::optional<Piece> place_date_;
  std::vector<Piece> pieces_;  // everything found, in any order
};

bool HeaderParser::FindMotto() {
  Piece m;
  size_t from = 0;
  while (Find(Re().motto, joined_, from, joined_.size(), &m)) {
    std::string_view matched = joined_.substr(m.begin, m.end - m.begin);
    Piece s;
    bool slogan_near = Find(Re().slogan, joined_, m.end, std::min(joined_.size(), m.end + 160), &s);
    if (IsUpperText(matched) || slogan_near) {
      motto_ = Piece{m.begin, m.end, ZoneKind::kMotto};
      if (slogan_near) slogan_ = Piece{s.begin, s.end, ZoneKind::kMotto};
      return true;
    }
    from = m.end;
  }
  if (Find(Re().party, joined_, 0, joined_.size(), &m)) {
    motto_ = Piece{m.begin, m.end, ZoneKind::kMotto};
    return true;
  }
  return false;
}

// "Số:" at the start of a unit near the motto, and the number after it (possibly in the
// next unit: "Số:\n5664/CT-CS"). A label with a blank number ("Số: /QĐ-UBND") still counts.
void HeaderParser::FindNumber() {
  size_t first = motto_ ? UnitAt(motto_->begin) : 0;
  first = first > 8 ? first - 8 : 0;
  size_t last = std::min(units_.units.size(), first + kNumberReach);
  for (size_t u = first; u < last; ++u) {
    std::string_view t = UnitText(u);
    re2::StringPiece m;
    if (t.empty() || !Re().number_label.Match(t, 0, t.size(), RE2::ANCHOR_START, &m, 1)) continue;
    size_t label_end = units_.units[u].begin + m.size();
    // The number: after spaces, line breaks and placeholder marks ("#", "...").
    size_t p = label_end;
    while (p < joined_.size() &&
           std::string_view(" \n#*.…_").find(joined_[p]) != std::string_view::npos &&
           p - label_end < 12) {
      ++p;
    }
    size_t end = label_end;
    if (p < joined_.size() && joined_[p] >= '0' && joined_[p] <= '9') {
      // The number may go on in the next unit ("Số: 2280" | "/QĐ-UBND" in two columns):
      // read it with unit breaks as spaces (same length, same offsets).
      std::string local(joined_.substr(p, 160));
      std::replace(local.begin(), local.end(), '\n', ' ');
      auto number = MatchDocNumber(local, 0);
      if (!number) continue;  // "Số 5 ..." in running text
      end = p + number->span.end;
    } else if (p < joined_.size() && joined_[p] == '/') {
      size_t e = p;
      while (e < joined_.size() && joined_[e] != ' ' && joined_[e] != '\n') ++e;
      end = e;
    } else if (m.find(':') == re2::StringPiece::npos) {
      continue;  // neither a colon nor a number: not a label
    }
    number_ = Piece{units_.units[u].begin, end, ZoneKind::kNumber};
    return;
  }
}

// The date of a place-date line in joined_[from, limit): the long form "ngày 20 tháng 11
// năm 2025", or, when OCR garbled the day, "ngày/1} tháng 9 năm 2024" after a comma.
// Sets [*begin, *end) and returns true when found.
bool HeaderParser::FindHeaderDate(size_t from, size_t limit, size_t* begin, size_t* end) const {
  std::optional<DateMatch> date;
  for (size_t pos = from;
       (date = FindDate(joined_, pos, DateValidity::kAny)) && date->span.begin < limit;
       pos = date->span.end) {
    char c = joined_[date->span.begin];
    if (c < '0' || c > '9') {
      *begin = date->span.begin;
      *end = date->span.end;
      break;
    }
    date.reset();
  }
  if (date && date->span.begin >= limit) date.reset();
  // "…, ng…… tháng 9 năm 2024": "ng" after a comma, shortly before the month.
  auto month = FindMonthYear(joined_, from);
  if (month && month->span.begin < limit && (!date || month->span.begin < *begin)) {
    size_t window = month->span.begin > 24 ? month->span.begin - 24 : 0;
    size_t comma = joined_.rfind(',', month->span.begin);
    if (comma != std::string_view::npos && comma >= std::max(window, from) &&
        joined_.find('\n', comma) > month->span.begin) {
      size_t ng = SkipSpaces(comma + 1);
      if (joined_.substr(ng, 2) == "ng" || joined_.substr(ng, 2) == "Ng") {
        *begin = ng;
        *end = month->span.end;
        return true;
      }
    }
  }
  return date.has_value();
}

// "Hà Nội, ngày 20 tháng 11 năm 2025" after the number (or the motto), its place possibly
// wrapped from the unit above ("Thành phố Hồ\nChí Minh, ngày ...").
void HeaderParser::FindPlaceDate() {
  size_t from = number_ ? number_->end : (slogan_ ? slogan_->end : (motto_ ? motto_->end : 0));
  size_t from_unit = UnitAt(from);
  // Not past the type line or the body's first words.
  size_t limit_unit = from_unit;
  for (size_t seen = 0; limit_unit < units_.units.size() && seen < kPlaceDateReach; ++limit_unit) {
    if (units_.units[limit_unit].blank) continue;
    ++seen;
    std::string_view t = UnitText(limit_unit);
    if (limit_unit > from_unit && (MatchTypeLine(t) || StartsBodyText(t))) break;
  }
  size_t limit = limit_unit < units_.units.size() ? units_.units[limit_unit].begin : joined_.size();
  size_t date_begin = 0;
  size_t date_end = 0;
  if (!FindHeaderDate(from, limit, &date_begin, &date_end)) {
    // A place and "ngày" with the numbers missing.
    for (size_t u = from_unit; u < limit_unit; ++u) {
      std::string_view t = UnitText(u, from);
      re2::StringPiece m[2];
      if (Re().place_comma.Match(t, 0, t.size(), RE2::ANCHOR_START, m, 2)) {
        size_t b = m[1].data() - joined_.data();
        size_t e = units_.units[u].end;
        place_date_ = Piece{b, e, ZoneKind::kPlaceDate};
        return;
      }
    }
    return;
  }
  // The place: the capitalised words just before the date, in its unit ("Số: 86/QĐ-UBND
  // Quảng Ngãi, ngày", "V/v ... Luật DN 2014 Hà Nội, ngày").
  size_t u = UnitAt(date_begin);
  size_t unit_begin = units_.units[u].begin;
  if (number_ && number_->end > unit_begin && number_->end <= date_begin) unit_begin = number_->end;
  size_t place_begin = PlaceStart(unit_begin, date_begin);
  std::string_view place = joined_.substr(place_begin, date_begin - place_begin);
  while (!place.empty() && (place.back() == ' ' || place.back() == ',')) place.remove_suffix(1);
  // Wrapped from the unit above: "Hà\nNội, ngày", "Thành phố Hồ\nChí Minh, ngày",
  // "Hà Nội,\nngày 01 tháng 12".
  if (u > 0 && !units_.units[u - 1].blank && place_begin == units_.units[u].begin &&
      (!number_ || number_->end <= units_.units[u - 1].begin)) {
    std::string_view above = UnitText(u - 1);
    std::string joined_place = std::string(above) + (place.empty() ? "" : " " + std::string(place));
    while (!joined_place.empty() && (joined_place.back() == ',' || joined_place.back() == ' ')) {
      joined_place.pop_back();
    }
    bool wraps = place.empty() ? above.size() < 40 && above.back() == ','
                               : IsKnownPlace(joined_place) && !IsKnownPlace(place);
    if (wraps) place_begin = units_.units[u - 1].begin;
  }
  place_date_ = Piece{place_begin, date_end, ZoneKind::kPlaceDate};
}

// Start of the place name that ends at `end` (before its comma): the words back from it that
// start with a capital, or are the lower-case part of a qualifier ("Thành phố"), at most six.
size_t HeaderParser::PlaceStart(size_t begin, size_t end) const {
  std::string_view t = joined_.substr(begin, end - begin);
  while (!t.empty() && (t.back() == ' ' || t.back() == ',')) t.remove_suffix(1);
  size_t start = t.size();
  for (int words = 0; words < 6 && start > 0; ++words) {
    size_t word_end = start;
    while (word_end > 0 && t[word_end - 1] == ' ') --word_end;
    if (word_end == 0) break;
    size_t space = t.rfind(' ', word_end - 1);
    size_t word_begin = space == std::string_view::npos ? 0 : space + 1;
    std::string_view word = t.substr(word_begin, word_end - word_begin);
    std::string key = AsciiKey(word);
    bool place_word =
        StartsWithUpper(word) && word.find_first_of("0123456789/") == std::string_view::npos;
    if (!place_word && key != "pho" && key != "xa" && key != "tran" && key != "thi") break;
    start = word_begin;
  }
  while (start < t.size() && t[start] == ' ') ++start;
  return begin + start;
}

void HeaderParser::AddIssuerPiece(size_t begin, size_t end) {
  // Rules inside the piece ("VĂN PHÒNG CHÍNH PHỦ -------") end it.
  Piece rule;
  if (Find(Re().rule, joined_, begin, end, &rule)) end = rule.begin;
  while (end > begin && (joined_[end - 1] == ' ' || joined_[end - 1] == '\n')) --end;
  while (begin < end && joined_[begin] == ' ') ++begin;
  if (end <= begin || !IsUpperText(joined_.substr(begin, end - begin))) return;
  pieces_.push_back({begin, end, ZoneKind::kIssuer});
}

// Issuer lines: the units in capitals above the motto (its own unit's text before it when
// flattened), and those beside it before the number (two columns side by side).
void HeaderParser::FindIssuer() {
  const Piece& anchor = motto_ ? *motto_ : *number_;
  size_t mu = UnitAt(anchor.begin);
  std::vector<Piece> above;
  if (anchor.begin > units_.units[mu].begin) {
    above.push_back({units_.units[mu].begin, anchor.begin, ZoneKind::kIssuer});
  }
  for (size_t u = mu, taken = 0; u > 0 && taken < kMaxIssuerUnits;) {
    --u;
    const Unit& unit = units_.units[u];
    std::string_view t = UnitText(u);
    Piece rule;
    bool rule_only = Find(Re().rule, joined_, unit.begin, unit.end, &rule) &&
                     rule.begin == unit.begin && rule.end == unit.end;
    // Blank lines, rules, stars ("*") and the number may stand between issuer and motto.
    if (unit.blank || rule_only || t.find_first_not_of("* ") == std::string_view::npos ||
        (number_ && number_->begin <= unit.begin && unit.begin < number_->end)) {
      continue;
    }
    if (!IsUpperText(t)) break;
    above.push_back({unit.begin, unit.end, ZoneKind::kIssuer});
    ++taken;
  }
  std::reverse(above.begin(), above.end());
  for (const Piece& p : above) AddIssuerPiece(p.begin, p.end);

  if (!motto_) return;
  // Beside the motto: units after it, up to the first other header part.
  size_t stop = joined_.size();
  if (number_) stop = std::min(stop, number_->begin);
  if (place_date_) stop = std::min(stop, place_date_->begin);
  size_t after = slogan_ ? slogan_->end : motto_->end;
  for (size_t u = mu; u < units_.units.size() && units_.units[u].begin < stop; ++u) {
    const Unit& unit = units_.units[u];
    if (unit.blank) continue;
    std::string_view t = UnitText(u);
    if (MatchTypeLine(t)) break;
    // The unit minus the motto and slogan it may hold.
    size_t b = unit.begin;
    size_t e = std::min(unit.end, stop);
    for (const std::optional<Piece>& part : {motto_, slogan_}) {
      if (!part || part->end <= b || part->begin >= e) continue;
      if (part->begin > b) {
        if (unit.begin != units_.units[mu].begin) AddIssuerPiece(b, part->begin);
      }
      b = std::max(b, part->end);
    }
    if (b < e && (b > after || u > mu)) AddIssuerPiece(b, e);
  }
}

// The type line and trích yếu, or a Công văn's "V/v ..." under the number.
void HeaderParser::FindTitle() {
  size_t after_number =
      number_ ? number_->end : (slogan_ ? slogan_->end : (motto_ ? motto_->end : 0));
  size_t after_all = after_number;
  if (place_date_) after_all = std::max(after_all, place_date_->end);
  if (slogan_) after_all = std::max(after_all, slogan_->end);
  for (const Piece& p : pieces_) after_all = std::max(after_all, p.end);

  // Scan positions: the rest of the unit where the previous part ended, then unit starts.
  auto scan = [&](size_t from, size_t reach, auto&& accept) -> bool {
    size_t u = UnitAt(from);
    if (u >= units_.units.size()) return false;
    size_t pos = SkipSpaces(from);
    for (size_t seen = 0; u < units_.units.size() && seen < reach; ++u) {
      const Unit& unit = units_.units[u];
      size_t start = std::max(unit.begin, pos);
      pos = 0;
      if (unit.blank || start >= unit.end) continue;
      ++seen;
      std::string_view t = std::string_view(joined_).substr(start, unit.end - start);
      int verdict = accept(start, t);
      if (verdict > 0) return true;
      if (verdict < 0) return false;
    }
    return false;
  };

  // A type line first: "QUYẾT ĐỊNH", "CHỈ THỊ", flattened "... năm 1980 CHỈ THỊ VỀ ...".
  bool titled = scan(after_all, kTitleReach, [&](size_t start, std::string_view t) {
    if (StartsWith(Re().kinh_gui, t)) return -1;
    auto type = MatchTypeLine(t);
    if (!type) return 0;
    size_t type_end = start + type->length;
    SubjectLines subject =
        CollectSubject(units_, joined_, SkipSpaces(type_end), SubjectMode::kTitle, IssuerText());
    pieces_.push_back({start, std::max(type_end, subject.type_line_end), ZoneKind::kTitle});
    for (const Span& s : subject.pieces) pieces_.push_back({s.begin, s.end, ZoneKind::kTitle});
    return 1;
  });
  if (titled) return;

  // A Công văn: "V/v ..." (or "Về ...") between the number and the addressees.
  size_t stop =
      place_date_ && place_date_->begin > after_number ? place_date_->begin : joined_.size();
  scan(after_number, kTitleReach, [&](size_t start, std::string_view t) {
    if (StartsWith(Re().kinh_gui, t)) return -1;
    bool vv = StartsWith(Re().vv, t);
    if (!vv &&
        !(StartsWith(Re().about, t) && number_ && UnitAt(start) <= UnitAt(number_->end) + 1)) {
      return 0;
    }
    SubjectLines subject =
        CollectSubject(units_, joined_, start, SubjectMode::kVv, IssuerText(), stop);
    for (const Span& s : subject.pieces) pieces_.push_back({s.begin, s.end, ZoneKind::kTitle});
    return 1;
  });
}

void HeaderParser::FindAddressees(size_t from) {
  size_t u = UnitAt(from);
  for (size_t seen = 0; u < units_.units.size() && seen < kAddresseeReach; ++u) {
    if (units_.units[u].blank) continue;
    ++seen;
    size_t start = std::max(units_.units[u].begin, SkipSpaces(from));
    std::string_view t = std::string_view(joined_).substr(start, units_.units[u].end - start);
    if (!StartsWith(Re().kinh_gui, t)) continue;
    for (const Span& s : CollectAddressees(units_, joined_, start)) {
      pieces_.push_back({s.begin, s.end, ZoneKind::kAddressees});
    }
    return;
  }
}

HeaderLayout HeaderParser::Parse() {
  HeaderLayout layout;
  bool motto = FindMotto();
  FindNumber();
  if (!motto && !number_) {
    // No header: maybe a bare type line at the top (a source that cut the header off).
    FindTitle();
    if (pieces_.empty()) return layout;
  } else {
    FindPlaceDate();
    FindIssuer();
    FindTitle();
  }
  if (motto_) pieces_.push_back(*motto_);
  if (slogan_) pieces_.push_back(*slogan_);
  if (number_) pieces_.push_back(*number_);
  if (place_date_) pieces_.push_back(*place_date_);
  size_t end = 0;
  for (const Piece& p : pieces_) end = std::max(end, p.end);
  FindAddressees(end);
  std::sort(pieces_.begin(), pieces_.end(),
            [](const Piece& a, const Piece& b) { return a.begin < b.begin; });

  layout.found = true;
  size_t doc_end = 0;
  for (const Piece& p : pieces_) {
    Span span = units_.joined.ToDocSpan(p.begin, p.end);
    if (span.empty()) continue;
    layout.zones.push_back({p.kind, span});
    doc_end = std::max(doc_end, span.end);
  }
  layout.end = doc_end;
  if (!layout.zones.empty()) {
    Span before = Trim(text_, {0, layout.zones.front().span.begin});
    if (!before.empty()) layout.chrome = before;
  }
  return layout;
}

}  // namespace

HeaderLayout FindHeader(std::string_view text) { return HeaderParser(text).Parse(); }

}  // namespace vanban
