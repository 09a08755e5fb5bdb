#include "extractors/segment_header.h"

#include <re2/re2.h>

#include <algorithm>
#include <optional>
#include <string>

#include "extractors/doc_number.h"
#include "extractors/doc_types.h"
#include "extractors/layout_units.h"
#include "extractors/lines.h"
#include "extractors/loose_pattern.h"
#include "extractors/place_date.h"
#include "extractors/subject_lines.h"
#include "extractors/text_case.h"

namespace vanban {
namespace {

// How far the header is looked for, and how far apart its parts may lie (in units).
constexpr size_t kWindowLines = 150;
constexpr size_t kWindowBytes = 20000;
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
  RE2 body_marker;   // "Điều 1.", "Chương I", "Nơi nhận:" at a line start
};

const Patterns& Re() {
  static const Patterns* p = new Patterns{
      RE2("(?i)" + LoosePattern("cộng hòa xã hội chủ nghĩa việt nam", LetterCase::kAny)),
      RE2(LoosePattern("ĐẢNG CỘNG SẢN VIỆT NAM", LetterCase::kUpper)),
      RE2(LoosePattern("độc lập", LetterCase::kAny) + R"(\s*[-–—]?\s*)" +
          LoosePattern("tự do", LetterCase::kAny) + R"(\s*[-–—]?\s*)" +
          LoosePattern("hạnh phúc", LetterCase::kAny)),
      RE2(R"([-_=*–—]{3,}|(?:\* ?){3,})"),
      RE2(R"(^[*_ -]*(?:(?:\pL+ ){0,2}?(?:Số|SỐ|Sô|SÔ)[ ]?:?|(?:\pL+ ){1,2}?số ?:))"),
      RE2(R"(^[Vv] ?/ ?[Vv]\b)"),
      RE2("^" + LoosePattern("về", LetterCase::kAny) + " "),
      RE2("^" + LoosePattern("kính gửi", LetterCase::kAny)),
      RE2(R"((?m)^(?:Điều 1\.|Chương I\b|Nơi nhận))"),
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

// Like Find, where a match can only start at a position for which may_start(text, pos)
// holds: RE2 runs anchored at those few positions instead of over the whole window (the
// leftmost match is the same).
template <typename MayStart>
bool FindWhere(const RE2& re, std::string_view text, size_t from, size_t to, MayStart may_start,
               Piece* out) {
  re2::StringPiece m;
  for (size_t pos = from; pos < to; ++pos) {
    if (!may_start(text, pos) || !re.Match(text, pos, to, RE2::ANCHOR_START, &m, 1)) continue;
    out->begin = pos;
    out->end = pos + m.size();
    return true;
  }
  return false;
}

// The motto starts "Cộng" in any case: 'c', then "ng" after the vowel's one to three bytes.
bool MayStartMotto(std::string_view text, size_t pos) {
  if ((text[pos] | 0x20) != 'c') return false;
  for (size_t at = pos + 2; at <= pos + 4 && at + 1 < text.size(); ++at) {
    if ((text[at] | 0x20) == 'n' && (text[at + 1] | 0x20) == 'g') return true;
  }
  return false;
}

// "ĐẢNG ..." starts with 'Đ' (or 'D' when the bar is lost).
bool MayStartParty(std::string_view text, size_t pos) {
  return text[pos] == 'D' ||
         (text[pos] == '\xC4' && pos + 1 < text.size() && text[pos + 1] == '\x90');
}

// The body markers start a line with 'Đ' ("Điều 1."), 'C' ("Chương I") or 'N' ("Nơi nhận").
bool MayStartBodyMarker(std::string_view text, size_t pos) {
  if (pos > 0 && text[pos - 1] != '\n') return false;
  return text[pos] == '\xC4' || text[pos] == 'C' || text[pos] == 'N';
}

// An issuer line: in capitals, more letters than digits, no time or address ("24 26. LỆ)
// .2024 13:45:56" of a signing stamp is none).
bool IsIssuerLine(std::string_view s) {
  if (!IsUpperText(s) || s.find(':') != std::string_view::npos ||
      s.find('@') != std::string_view::npos) {
    return false;
  }
  size_t digits = std::count_if(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
  return digits * 2 < s.size();
}

bool StartsWith(const RE2& re, std::string_view s) {
  return re.Match(s, 0, s.size(), RE2::ANCHOR_START, nullptr, 0);
}

class HeaderParser {
 public:
  explicit HeaderParser(std::string_view text) : text_(text) {
    // The first kWindowLines lines, at most kWindowBytes.
    size_t end = 0;
    for (size_t lines = 0; end < text.size() && lines < kWindowLines; ++lines) {
      size_t nl = text.find('\n', end);
      end = nl == std::string_view::npos ? text.size() : nl + 1;
      if (end > kWindowBytes) {
        end = text.rfind('\n', kWindowBytes);
        end = end == std::string_view::npos ? std::min(text.size(), kWindowBytes) : end;
        break;
      }
    }
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
  // Issuer lines above `anchor` (the motto, else the number, else the type line) and, for
  // the motto, beside it.
  void FindIssuer(const Piece& anchor);
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

// The quốc hiệu of the header: in capitals, or followed by the tiêu ngữ; before the body's
// own markers, so that a form's motto in an appendix is not taken for it.
bool HeaderParser::FindMotto() {
  size_t limit = joined_.size();
  Piece body;
  if (FindWhere(Re().body_marker, joined_, 0, joined_.size(), MayStartBodyMarker, &body)) {
    limit = body.begin;
  }
  Piece m;
  size_t from = 0;
  while (FindWhere(Re().motto, joined_, from, limit, MayStartMotto, &m)) {
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
  if (FindWhere(Re().party, joined_, 0, limit, MayStartParty, &m)) {
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
      if (number) {
        end = p + number->span.end;
      } else if (m.find(':') == re2::StringPiece::npos) {
        continue;  // "Số 5 ..." in running text
      }  // else a label whose number is unreadable ("Số:9'†E /UBND-KTTH", handwritten)
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

// "Hà Nội, ngày 20 tháng 11 năm 2025" after the number (or the motto), up to the type line
// or the body's first words.
void HeaderParser::FindPlaceDate() {
  // The line from `from` on, up to the type line or the body's first words.
  auto find_from = [&](size_t from) {
    size_t from_unit = UnitAt(from);
    size_t limit_unit = from_unit;
    for (size_t seen = 0; limit_unit < units_.units.size() && seen < kPlaceDateReach;
         ++limit_unit) {
      if (units_.units[limit_unit].blank) continue;
      ++seen;
      std::string_view t = UnitText(limit_unit);
      if (limit_unit > from_unit && (MatchTypeLine(t) || StartsBodyText(t))) break;
    }
    size_t limit =
        limit_unit < units_.units.size() ? units_.units[limit_unit].begin : joined_.size();
    return FindPlaceDateLine(units_, from, limit, number_ ? number_->end : 0);
  };
  size_t motto_end = slogan_ ? slogan_->end : (motto_ ? motto_->end : 0);
  size_t from = number_ ? number_->end : motto_end;
  std::optional<Span> line = find_from(from);
  // A header read column by column: the left column's "V/v ..." lines after the number,
  // the motto and then the place-date line.
  if (!line && motto_end > from) line = find_from(motto_end);
  if (line) {
    place_date_ = Piece{line->begin, line->end, ZoneKind::kPlaceDate};
    return;
  }
  // A header read by rows of a table whose date line stands higher than the number: the
  // place-date line between the motto and "Số:".
  if (number_ && motto_end > 0 && motto_end < number_->begin) {
    if (auto higher = FindPlaceDateLine(units_, motto_end, number_->begin, 0)) {
      place_date_ = Piece{higher->begin, higher->end, ZoneKind::kPlaceDate};
    }
  }
}

void HeaderParser::AddIssuerPiece(size_t begin, size_t end) {
  // Rules inside the piece ("VĂN PHÒNG CHÍNH PHỦ -------") end it.
  Piece rule;
  if (Find(Re().rule, joined_, begin, end, &rule)) end = rule.begin;
  while (end > begin && (joined_[end - 1] == ' ' || joined_[end - 1] == '\n')) --end;
  while (begin < end && joined_[begin] == ' ') ++begin;
  if (end <= begin || !IsIssuerLine(joined_.substr(begin, end - begin))) return;
  pieces_.push_back({begin, end, ZoneKind::kIssuer});
}

// Issuer lines: the units in capitals above the motto (its own unit's text before it when
// flattened), and those beside it before the number (two columns side by side).
void HeaderParser::FindIssuer(const Piece& anchor) {
  size_t mu = UnitAt(anchor.begin);
  // A header read column by column puts the number (and a Công văn's "V/v ...") between the
  // issuer and the motto: the issuer is then above the number.
  const size_t walk_from = number_ && number_->begin < anchor.begin ? UnitAt(number_->begin) : mu;
  std::vector<Piece> above;
  if (anchor.begin > units_.units[mu].begin) {
    size_t begin = units_.units[mu].begin;
    // A stamp's garbled line joined onto the issuer's ("Sỹ tim (PMAINMIUNG im — [T#rtz
    // CHÍNH PHỦ CỘNG HÒA ..."): the issuer is the run of words in capitals before the motto.
    std::string_view before = joined_.substr(begin, anchor.begin - begin);
    if (!IsIssuerLine(before)) {
      size_t tail = before.size();
      while (tail > 0) {
        size_t space = before.rfind(' ', tail > 1 ? tail - 2 : 0);
        size_t word_begin = space == std::string_view::npos ? 0 : space + 1;
        std::string_view word = before.substr(word_begin, tail - word_begin);
        while (!word.empty() && word.back() == ' ') word.remove_suffix(1);
        if (!word.empty() && !IsIssuerLine(word)) break;
        tail = word_begin;
        if (space == std::string_view::npos) break;
      }
      begin += tail;
    }
    above.push_back({begin, anchor.begin, ZoneKind::kIssuer});
  }
  for (size_t u = walk_from, taken = 0; u > 0 && taken < kMaxIssuerUnits;) {
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
    if (!IsIssuerLine(t)) break;
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
    // No header: maybe a bare type line at the top (a source that cut the header off), with
    // the issuer still above it.
    FindTitle();
    if (pieces_.empty()) return layout;
    Piece title = pieces_.front();
    FindIssuer(title);
  } else {
    FindPlaceDate();
    FindIssuer(motto_ ? *motto_ : *number_);
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
