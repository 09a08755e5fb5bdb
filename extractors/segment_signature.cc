#include "extractors/segment_signature.h"

#include <re2/re2.h>

#include <algorithm>
#include <optional>

#include "extractors/agency_names.h"
#include "extractors/doc_number.h"
#include "extractors/doc_types.h"
#include "extractors/layout_units.h"
#include "extractors/lines.h"
#include "extractors/loose_pattern.h"
#include "extractors/signature_lines.h"
#include "extractors/subject_lines.h"
#include "extractors/text_case.h"

namespace vanban {
namespace {

constexpr size_t kMaxBlockPieces = 40;    // a block spans at most this many pieces
constexpr size_t kLabelReach = 60;        // a block this close to "Nơi nhận" is preferred
constexpr size_t kUnitsBeforeLabel = 80;  // the part of a document read around the label
constexpr size_t kUnitsAfterLabel = 160;
constexpr size_t kLinesBeforeLabel = 100;
constexpr size_t kLinesAfterLabel = 200;

enum class PieceKind { kLabel, kItem, kAuthority, kPosition, kUpper, kName, kNoise, kOther };

// A signature block: its prefix and position pieces, and the pieces of the name
// [name_begin, name_end).
struct Block {
  std::vector<size_t> lines;
  size_t name_begin = 0;
  size_t name_end = 0;
};

struct Piece {
  size_t begin;  // in the joined text
  size_t end;
  size_t line;
  PieceKind kind;
};

const RE2& LabelRe() {
  // "Nơi nhận:" (ocr: "Nơi nhận: T TM. ỦY BAN NHÂN DÂN")
  static const RE2 re("^" + LoosePattern("nơi nhận", LetterCase::kAny) + R"(\s*:?\s*)");
  return re;
}

// "Nơi" alone on a line, "nhận:" on the next.
const RE2& SplitLabelRe() {
  static const RE2 re(LoosePattern("nơi", LetterCase::kAny));
  return re;
}

// An authority prefix inside a line, after other text: "... (2b). KT. BỘ TRƯỞNG".
const RE2& InnerAuthorityRe() {
  static const RE2 re(R"((?:^|[\s.;,)])((?:T/M|TM|K/T|KT|T/L|TL|TUQ|Q)(?:\. ?| )\p{Lu}{2}))");
  return re;
}

// Every "Nơi nhận" pattern starts with an 'n': other units are ruled out without RE2.
bool MayStartLabel(std::string_view t) { return !t.empty() && (t[0] == 'n' || t[0] == 'N'); }

bool IsItemStart(std::string_view t) {
  return t.starts_with("-") || t.starts_with("+") || t.starts_with("•") || t.starts_with("–");
}

// True when one of the tails FindTrailingName may return (after the 2nd to 5th space from
// the end) follows ',', ';', ')' or '.': a cheap test before reading names.
bool PunctuationBeforeTail(std::string_view t) {
  size_t found = 0;
  for (size_t i = t.size(); i > 0 && found < 5; --i) {
    if (t[i - 1] != ' ') continue;
    if (found++ == 0) continue;
    size_t before = t.find_last_not_of(' ', i - 1);
    if (before != std::string_view::npos &&
        std::string_view(",;).").find(t[before]) != std::string_view::npos) {
      return true;
    }
  }
  return false;
}

// Offset of the start of the line `n` lines before pos (0 at the text's start).
size_t LinesBack(std::string_view text, size_t pos, size_t n) {
  while (pos > 0 && n > 0) {
    pos = text.rfind('\n', pos - 1);
    if (pos == std::string_view::npos) return 0;
    --n;
  }
  return pos == 0 ? 0 : pos + 1;
}

// Offset of the end of the line `n` lines after pos (the text's size at its end).
size_t LinesForward(std::string_view text, size_t pos, size_t n) {
  while (pos < text.size() && n > 0) {
    pos = text.find('\n', pos + 1);
    if (pos == std::string_view::npos) return text.size();
    --n;
  }
  return std::min(pos, text.size());
}

// The first offset at or after from that starts a line (or is from itself) whose first
// character after blanks is an 'n', as the "Nơi nhận" label's is; npos when there is none.
size_t FirstLineStartingWithN(std::string_view text, size_t from) {
  size_t line = from;
  while (line < text.size()) {
    size_t i = line;
    while (i < text.size() && (text[i] == ' ' || text[i] == '\t')) ++i;
    if (i < text.size() && (text[i] == 'n' || text[i] == 'N')) return line;
    line = text.find('\n', line);
    if (line == std::string_view::npos) break;
    ++line;
  }
  return std::string_view::npos;
}

// The part of text[from..] to read: around the first "Nơi nhận" label, where the end
// matter lies, or all of it when there is no label.
Span Region(std::string_view text, size_t from) {
  static const RE2 label("(?m)^[ \\t]*" + LoosePattern("nơi", LetterCase::kAny) + "\\s+" +
                         LoosePattern("nhận", LetterCase::kAny));
  // The label can only start at such a line: RE2 runs from the first one, not over the
  // whole document.
  size_t start = from < text.size() ? FirstLineStartingWithN(text, from) : std::string_view::npos;
  re2::StringPiece m;
  if (start == std::string_view::npos ||
      !label.Match(text, start, text.size(), RE2::UNANCHORED, &m, 1)) {
    return {from, text.size()};
  }
  size_t at = m.data() - text.data();
  return {std::max(from, LinesBack(text, at, kLinesBeforeLabel)),
          LinesForward(text, at, kLinesAfterLabel)};
}

class TailParser {
 public:
  TailParser(std::string_view text, size_t from) : text_(text) {
    units_ = BuildUnits(text, Region(text, from));
    joined_ = units_.joined.str();
  }

  TailLayout Parse();

 private:
  std::string_view Text(const Piece& p) const { return joined_.substr(p.begin, p.end - p.begin); }
  void Add(size_t begin, size_t end, size_t line, std::optional<PieceKind> kind = std::nullopt);
  void CutUnit(const Unit& unit);
  void CutSignatureRun(size_t begin, size_t end, size_t line);
  PieceKind Classify(std::string_view t) const;
  bool LabelAt(size_t u, bool* two) const;
  size_t NameAt(size_t j, NameCheck check) const;
  // The block anchored at piece i (a prefix or position), when a name completes it.
  bool CompleteBlock(size_t i, Block* block) const;
  bool NameOnlyBlock(size_t label, Block* block) const;
  void AddRecipients(size_t label, const Block& block, TailLayout* layout) const;
  Span DocSpan(const Piece& p) const { return units_.joined.ToDocSpan(p.begin, p.end); }

  std::string_view text_;
  LayoutUnits units_;
  std::string_view joined_;
  std::vector<Piece> pieces_;
};

PieceKind TailParser::Classify(std::string_view t) const {
  if (IsSignatureNoise(t)) return PieceKind::kNoise;
  if (IsItemStart(t)) return PieceKind::kItem;
  if (MatchAuthorityPrefix(t)) return PieceKind::kAuthority;
  if (MatchPosition(t)) return PieceKind::kPosition;
  if (IsPersonName(t, NameCheck::kLayout)) return PieceKind::kName;
  if (IsUpperText(t)) return PieceKind::kUpper;
  return PieceKind::kOther;
}

void TailParser::Add(size_t begin, size_t end, size_t line, std::optional<PieceKind> kind) {
  // Spaces, and marks a seal leaves before a name under it (": Nguyễn Hoàng Giang",
  // "“Đặng Văn Minh").
  for (bool trimmed = true; trimmed && begin < end;) {
    std::string_view rest = joined_.substr(begin, end - begin);
    trimmed = false;
    for (std::string_view mark : {" ", ":", ";", "\"", "“", "”", "„", "«"}) {
      if (rest.starts_with(mark)) {
        begin += mark.size();
        trimmed = true;
        break;
      }
    }
  }
  while (end > begin && joined_[end - 1] == ' ') --end;
  if (begin >= end) return;
  std::string_view t = joined_.substr(begin, end - begin);
  pieces_.push_back({begin, end, line, kind ? *kind : Classify(t)});
}

// A run that starts with a prefix or a position and goes on in the same line: the capitals,
// then a name, then whatever follows ("TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn
// Hữu Tháp CHƯƠNG TRÌNH ..."). Prefixes and positions inside the capitals start new pieces.
void TailParser::CutSignatureRun(size_t begin, size_t end, size_t line) {
  std::string_view t = joined_.substr(begin, end - begin);
  // Where the capitals end.
  size_t caps = 0;
  for (size_t i = 0; i <= t.size();) {
    size_t word_end = t.find(' ', i);
    if (word_end == std::string_view::npos) word_end = t.size();
    std::string_view word = t.substr(i, word_end - i);
    if (!word.empty() && !IsUpperText(word) && StartsWithUpper(word) && word.size() > 1 &&
        word.find('/') == std::string_view::npos && word.find('.') == std::string_view::npos) {
      break;
    }
    caps = word_end;
    i = word_end + 1;
  }
  // Split the capitals at inner prefixes and positions: each piece is a prefix and the
  // position after it ("K/T THỦ TƯỚNG CHÍNH PHỦ"), or a position ("PHÓ THỦ TƯỚNG"); a position
  // after a comma stays in its piece ("BỘ TRƯỞNG, CHỦ NHIỆM").
  auto head_end = [&](size_t at) {
    if (auto a = MatchAuthorityPrefix(t.substr(at, caps - at))) at += a->length;
    if (auto p = MatchPosition(t.substr(at, caps - at))) at += p->length;
    return at;
  };
  size_t piece_begin = 0;
  for (size_t i = head_end(0); i < caps;) {
    size_t space = t.find(' ', i);
    if (space == std::string_view::npos || space + 1 >= caps) break;
    size_t w = space + 1;
    std::string_view rest = t.substr(w, caps - w);
    bool after_comma = t[space - 1] == ',';
    // A position word inside an agency name stays: "T/M BAN BÍ THƯ".
    size_t prev_begin = t.rfind(' ', space - 1);
    prev_begin = prev_begin == std::string_view::npos ? 0 : prev_begin + 1;
    bool in_agency = StartsWithAgencyName(t.substr(prev_begin, space - prev_begin));
    if (MatchAuthorityPrefix(rest) || (MatchPosition(rest) && !after_comma && !in_agency)) {
      Add(begin + piece_begin, begin + space, line);
      piece_begin = w;
      i = head_end(w);
      continue;
    }
    i = w;
  }
  Add(begin + piece_begin, begin + caps, line);
  if (caps >= t.size()) return;
  // The name after the capitals, up to the next word in capitals.
  std::string_view after = t.substr(caps);
  size_t name_end = 0;
  for (size_t i = 0; i <= after.size();) {
    while (i < after.size() && after[i] == ' ') ++i;
    if (i >= after.size()) break;
    size_t word_end = after.find(' ', i);
    if (word_end == std::string_view::npos) word_end = after.size();
    std::string_view word = after.substr(i, word_end - i);
    if (IsUpperText(word) && word.size() > 2) break;
    name_end = word_end;
    i = word_end + 1;
  }
  Add(begin + caps, begin + caps + name_end, line);
  if (caps + name_end < t.size()) Add(begin + caps + name_end, end, line, PieceKind::kOther);
}

// One unit as pieces: a recipients item or label may carry the signature in its tail.
void TailParser::CutUnit(const Unit& unit) {
  std::string_view t = units_.Text(unit);
  size_t b = unit.begin;
  size_t e = unit.end;
  // "NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM (đã ký)": a note joined onto the line.
  size_t paren = t.rfind('(');
  if (paren != std::string_view::npos && paren > 0 && t.back() == ')' &&
      IsSignatureNoise(t.substr(paren))) {
    Add(b + paren, e, unit.line, PieceKind::kNoise);
    e = b + paren;
    t = t.substr(0, paren);
    while (!t.empty() && t.back() == ' ') {
      t.remove_suffix(1);
      --e;
    }
    if (t.empty()) return;
  }
  re2::StringPiece m;
  if (MayStartLabel(t) && LabelRe().Match(t, 0, t.size(), RE2::ANCHOR_START, &m, 1)) {
    size_t label_end = b + m.size();
    std::string_view rest = joined_.substr(label_end, e - label_end);
    // "Nơi nhận: T TM. ỦY BAN NHÂN DÂN": the signature column beside the label.
    re2::StringPiece inner[2];
    if (InnerAuthorityRe().Match(rest, 0, rest.size(), RE2::UNANCHORED, inner, 2)) {
      size_t cut = label_end + (inner[1].data() - rest.data());
      Add(b, cut, unit.line, PieceKind::kLabel);
      CutSignatureRun(cut, e, unit.line);
      return;
    }
    // "Nơi nhận: CHỦ TỊCH": a position beside the label.
    size_t position = FindInnerPosition(joined_.substr(b, e - b));
    if (position != std::string_view::npos && b + position >= label_end &&
        IsUpperText(joined_.substr(b + position, e - b - position))) {
      Add(b, b + position, unit.line, PieceKind::kLabel);
      CutSignatureRun(b + position, e, unit.line);
      return;
    }
    Add(b, e, unit.line, PieceKind::kLabel);
    return;
  }
  if (IsItemStart(t)) {
    re2::StringPiece inner[2];
    size_t cut = std::string_view::npos;
    if (InnerAuthorityRe().Match(t, 1, t.size(), RE2::UNANCHORED, inner, 2)) {
      cut = inner[1].data() - t.data();
    }
    // "- Lưu: VT, ĐMDN (2b). Trung Anh BỘ TRƯỞNG, CHỦ NHIỆM Mai Tiến Dũng".
    size_t position = FindInnerPosition(t);
    if (position != std::string_view::npos && position < cut) cut = position;
    if (cut != std::string_view::npos) {
      Add(b, b + cut, unit.line, PieceKind::kItem);
      CutSignatureRun(b + cut, e, unit.line);
      return;
    }
    size_t name = FindTrailingName(t);
    if (name != std::string_view::npos && name > 2) {
      Add(b, b + name, unit.line, PieceKind::kItem);
      Add(b + name, e, unit.line, PieceKind::kName);
      return;
    }
    Add(b, e, unit.line, PieceKind::kItem);
    return;
  }
  // A prefix or position line, possibly with more joined to it: "KT. TRƯỞNG BAN GIÁM SÁT
  // QUẢN LÝ VỀ HQ PHÓ TRƯỞNG BAN", "K/T THỦ TƯỚNG CHÍNH PHỦ PHÓ THỦ TƯỚNG Tố Hữu".
  if (MatchAuthorityPrefix(t) || MatchPosition(t)) {
    CutSignatureRun(b, e, unit.line);
    return;
  }
  // A wrapped recipients line with the name column joined to it: "Giáo dục và Đào tạo, Y
  // tế, Nội vụ, Phùng Tô Long".
  size_t name = PunctuationBeforeTail(t) ? FindTrailingName(t) : std::string_view::npos;
  if (name != std::string_view::npos && name > 2) {
    size_t before = t.find_last_not_of(' ', name - 1);
    if (before != std::string_view::npos &&
        std::string_view(",;).").find(t[before]) != std::string_view::npos) {
      Add(b, b + name, unit.line, PieceKind::kOther);
      Add(b + name, e, unit.line, PieceKind::kName);
      return;
    }
  }
  Add(b, e, unit.line);
}

// The name that starts at piece j: the piece itself, or a name wrapped after its first word
// ("Phạm\nChí Thanh"). Returns one past its last piece, or 0.
size_t TailParser::NameAt(size_t j, NameCheck check) const {
  const Piece& p = pieces_[j];
  if (p.kind == PieceKind::kName && (check == NameCheck::kLayout || IsPersonName(Text(p), check))) {
    return j + 1;
  }
  if (j + 1 >= pieces_.size() || pieces_[j + 1].line != p.line + 1) return 0;
  std::string_view first = Text(p);
  if (first.find(' ') != std::string_view::npos) return 0;
  std::string joined = std::string(first) + " " + std::string(Text(pieces_[j + 1]));
  return IsPersonName(joined, check) ? j + 2 : 0;
}

bool TailParser::CompleteBlock(size_t i, Block* block) const {
  block->lines.assign(1, i);
  PieceKind last_kind = pieces_[i].kind;
  // Beside the recipients (after their label or an item), their wrapped lines may come
  // between the block's lines; elsewhere any other text ends the block.
  bool beside_recipients = false;
  for (size_t k = 0; k < i; ++k) {
    if (pieces_[k].kind == PieceKind::kLabel) beside_recipients = true;
  }
  for (size_t j = i + 1; j < pieces_.size() && j < i + kMaxBlockPieces; ++j) {
    const Piece& p = pieces_[j];
    std::string_view t = Text(p);
    if (size_t end = NameAt(j, NameCheck::kLayout)) {
      block->name_begin = j;
      block->name_end = end;
      return true;
    }
    switch (p.kind) {
      case PieceKind::kAuthority:
      case PieceKind::kPosition:
      case PieceKind::kUpper:
        // An upper line right under a position may be the name in capitals.
        if (p.kind == PieceKind::kUpper && last_kind == PieceKind::kPosition &&
            IsPersonName(t, NameCheck::kSurname)) {
          block->name_begin = j;
          block->name_end = j + 1;
          return true;
        }
        // "QUYẾT ĐỊNH:" and the like belong to the body.
        if (t.back() == ':' || p.line > pieces_[block->lines.back()].line + 8) return false;
        block->lines.push_back(j);
        last_kind = p.kind;
        break;
      case PieceKind::kItem:
      case PieceKind::kLabel:
        beside_recipients = true;
        break;
      case PieceKind::kName:
      case PieceKind::kNoise:
        break;
      case PieceKind::kOther: {
        // Recipients wrapped beside the block ("Các phòng: NNMT, TH, ĐT, KGVX, KT;").
        char last = t.back();
        bool recipients_like = last == ';' || last == ',' || last == '.' || last == ':' ||
                               t.find(':') != std::string_view::npos ||
                               (t.starts_with("(") && t.ends_with(")"));
        if (!beside_recipients || !recipients_like) return false;
        break;
      }
    }
  }
  return false;
}

// OCR that lost the position lines (a stamp over them) leaves the name alone, after the
// recipients or at the end of one of them: the first name with a family name there.
bool TailParser::NameOnlyBlock(size_t label, Block* block) const {
  size_t last_line = pieces_[label].line;
  bool found = false;
  for (size_t j = label + 1; j < pieces_.size(); ++j) {
    const Piece& p = pieces_[j];
    if (p.line > last_line + 6) break;
    if (size_t end = NameAt(j, NameCheck::kSurname)) {
      // The last one: a name inside an item ("- Phó Thủ tướng TT Trương Hòa Bình") may
      // come before the signer's.
      block->lines.clear();
      block->name_begin = j;
      block->name_end = end;
      found = true;
    }
    if (p.kind == PieceKind::kItem || p.kind == PieceKind::kLabel) last_line = p.line;
  }
  return found;
}

void TailParser::AddRecipients(size_t label, const Block& block, TailLayout* layout) const {
  layout->zones.push_back({ZoneKind::kRecipients, DocSpan(pieces_[label])});
  size_t last_line = pieces_[label].line;
  auto in_block = [&](size_t j) {
    return std::find(block.lines.begin(), block.lines.end(), j) != block.lines.end() ||
           (j >= block.name_begin && j < block.name_end);
  };
  for (size_t j = label + 1; j < pieces_.size(); ++j) {
    const Piece& p = pieces_[j];
    if (in_block(j)) continue;
    if (p.line > last_line + 2) break;
    if (p.kind == PieceKind::kItem || p.kind == PieceKind::kLabel) {
      layout->zones.push_back({ZoneKind::kRecipients, DocSpan(p)});
      last_line = p.line;
      continue;
    }
    if (p.kind == PieceKind::kNoise) continue;
    if (p.kind == PieceKind::kOther && p.line <= last_line + 1 && Text(p).size() < 120) {
      // A wrapped item: "cáo)," under "- Bộ Chính trị, Ban Bí thư (để báo".
      layout->zones.push_back({ZoneKind::kRecipients, DocSpan(p)});
      last_line = p.line;
      continue;
    }
    if (p.kind == PieceKind::kOther || p.line > last_line + 1) break;
  }
}

// True when unit u starts the "Nơi nhận:" label, possibly wrapped after "Nơi"; *two when it
// takes two units.
bool TailParser::LabelAt(size_t u, bool* two) const {
  std::string_view t = units_.Text(units_.units[u]);
  *two = false;
  if (!MayStartLabel(t)) return false;
  if (LabelRe().Match(t, 0, t.size(), RE2::ANCHOR_START, nullptr, 0)) return true;
  if (u + 1 >= units_.units.size() || !RE2::FullMatch(t, SplitLabelRe())) return false;
  std::string two_lines = std::string(t) + " " + std::string(units_.Text(units_.units[u + 1]));
  *two = LabelRe().Match(two_lines, 0, two_lines.size(), RE2::ANCHOR_START, nullptr, 0);
  return *two;
}

TailLayout TailParser::Parse() {
  TailLayout layout;
  // The end matter lies around the first "Nơi nhận:" label when there is one: read only
  // that part of a long document.
  size_t first = 0;
  size_t last = units_.units.size();
  for (size_t u = 0; u < units_.units.size(); ++u) {
    bool two = false;
    if (units_.units[u].blank || !LabelAt(u, &two)) continue;
    first = u > kUnitsBeforeLabel ? u - kUnitsBeforeLabel : 0;
    last = std::min(last, u + kUnitsAfterLabel);
    break;
  }
  for (size_t u = first; u < last; ++u) {
    const Unit& unit = units_.units[u];
    if (unit.blank) continue;
    // "Nơi\nnhận:" wrapped after its first word.
    bool two = false;
    if (LabelAt(u, &two) && two) {
      Add(unit.begin, units_.units[u + 1].end, units_.units[u + 1].line, PieceKind::kLabel);
      ++u;
      continue;
    }
    CutUnit(unit);
  }
  std::optional<size_t> label;
  for (size_t i = 0; i < pieces_.size(); ++i) {
    if (pieces_[i].kind == PieceKind::kLabel) {
      label = i;
      break;
    }
  }
  // The first complete block; near the "Nơi nhận" label when there is one.
  std::optional<Block> block;
  std::optional<Block> first_block;
  for (size_t i = 0; i < pieces_.size(); ++i) {
    PieceKind k = pieces_[i].kind;
    if (k != PieceKind::kAuthority && k != PieceKind::kPosition) continue;
    Block candidate;
    if (!CompleteBlock(i, &candidate)) continue;
    if (!first_block) first_block = candidate;
    if (!label || (pieces_[i].line + kLabelReach >= pieces_[*label].line &&
                   pieces_[i].line <= pieces_[*label].line + kLabelReach)) {
      block = candidate;
      break;
    }
  }
  if (!block) block = first_block;
  if (!block && label) {
    Block name_only;
    if (NameOnlyBlock(*label, &name_only)) block = name_only;
  }
  if (block) {
    for (size_t j : block->lines)
      layout.zones.push_back({ZoneKind::kSignature, DocSpan(pieces_[j])});
    Span name{DocSpan(pieces_[block->name_begin]).begin, DocSpan(pieces_[block->name_end - 1]).end};
    layout.zones.push_back({ZoneKind::kSignature, name});
  }
  if (label) AddRecipients(*label, block ? *block : Block{}, &layout);
  std::sort(layout.zones.begin(), layout.zones.end(),
            [](const Zone& a, const Zone& b) { return a.span.begin < b.span.begin; });

  // A source's title line after the document: "Quyết định 471/QĐ-UBND năm 2025 phê duyệt ...".
  Span end = Trim(text_, {0, text_.size()});
  if (!end.empty()) {
    size_t nl = text_.rfind('\n', end.end - 1);
    Span line = Trim(text_, {nl == std::string_view::npos ? 0 : nl + 1, end.end});
    std::string_view t = text_.substr(line.begin, line.size());
    size_t digit = t.find_first_of("0123456789");
    auto type = digit == std::string_view::npos ? std::nullopt : MatchTypeName(t);
    if (type && !IsUpperText(t.substr(0, type->length)) && digit != std::string_view::npos &&
        digit <= type->length + 1 && MatchDocNumber(t, digit) &&
        (layout.zones.empty() || line.begin >= layout.zones.back().span.end)) {
      layout.chrome = line;
    }
  }
  return layout;
}

}  // namespace

TailLayout FindSignature(std::string_view text, size_t from) {
  return TailParser(text, from).Parse();
}

}  // namespace vanban
