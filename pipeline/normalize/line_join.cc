#include "pipeline/normalize/line_join.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>

#include "pipeline/normalize/line_kind.h"
#include "pipeline/utf8.h"

namespace vanban {
namespace {

// A line and what the decisions ask about it, worked out once.
struct Line {
  size_t begin = 0;  // offset in the text
  std::string_view text;
  size_t width = 0;  // code points
  bool has_text = false;
  bool caps = false;
  bool list_start = false;
  bool bare_marker = false;
  bool numbered = false;       // opens with a numbering marker
  bool dotted_marker = false;  // ... that ends with a dot: "15."
  bool ends_sentence = false;
  bool parenthetical = false;
  bool starts_lower = false;
  bool starts_digit = false;
  bool starts_document_number = false;
  bool starts_roman = false;
  bool starts_body = false;
  bool starts_signature = false;
  bool addressee = false;  // "Kính gửi: ..."
  bool starts_clause = false;
  bool starts_subject = false;  // "V/v ..."
  bool motto = false;           // "Độc lập - Tự do - Hạnh phúc"
  bool open_parenthesis = false;
  bool ends_number_word = false;
  bool ends_function_word = false;
  bool ends_title_word = false;
  bool starts_title_word = false;
  bool first_word_comma = false;  // "Nội, ngày 21"
  size_t words = 0;
};

struct ByteCounts {
  size_t continuations = 0;  // UTF-8 continuation bytes: the width is the rest
  size_t spaces = 0;
};

// Counted eight bytes at a time (each line of every document passes here once): a lane of
// each accumulator counts its byte's hits, and lanes are summed before any can reach 256.
ByteCounts CountBytes(std::string_view s) {
  constexpr uint64_t kOnes = 0x0101010101010101;
  constexpr uint64_t kHigh = 0x8080808080808080;
  constexpr uint64_t kLow7 = 0x7F7F7F7F7F7F7F7F;
  constexpr int kMaxBlocks = 31;  // 8 lanes x 31 < 256: the sum of the lanes fits a byte
  ByteCounts counts;
  size_t i = 0;
  while (i + 8 <= s.size()) {
    uint64_t continuations = 0;
    uint64_t spaces = 0;
    for (int n = 0; n < kMaxBlocks && i + 8 <= s.size(); ++n, i += 8) {
      uint64_t x;
      std::memcpy(&x, s.data() + i, 8);
      continuations += ((x & ~(x << 1)) & kHigh) >> 7;  // top bits 10
      const uint64_t y = x ^ (kOnes * ' ');             // a space becomes a zero byte
      spaces += (~(((y & kLow7) + kLow7) | y) & kHigh) >> 7;
    }
    counts.continuations += (continuations * kOnes) >> 56;
    counts.spaces += (spaces * kOnes) >> 56;
  }
  for (; i < s.size(); ++i) {
    counts.continuations += (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80;
    counts.spaces += s[i] == ' ';
  }
  return counts;
}

// True when a "(" is left open at the end of the line; a ")" with none open ("a) ...")
// closes nothing.
bool HasOpenParenthesis(std::string_view s) {
  const size_t first = s.find('(');
  if (first == std::string_view::npos) return false;
  int depth = 0;
  for (size_t i = first; i < s.size(); ++i) {
    if (s[i] == '(') ++depth;
    if (s[i] == ')' && depth > 0) --depth;
  }
  return depth > 0;
}

Line Analyze(size_t begin, std::string_view text) {
  Line line;
  line.begin = begin;
  line.text = text;
  const ByteCounts counts = CountBytes(text);
  line.width = text.size() - counts.continuations;
  line.words = text.empty() ? 0 : 1 + counts.spaces;
  line.open_parenthesis = HasOpenParenthesis(text);
  const Numbering numbering = NumberingAt(text);
  line.has_text = HasLetterOrDigit(text);
  line.bare_marker = IsBareMarker(text, numbering);
  line.starts_digit = StartsWithDigit(text);
  if (!line.has_text) return line;
  const std::string_view first = FirstWord(text);
  const std::string_view last = LastWord(text);
  line.caps = IsCapsLine(text);
  line.list_start = IsListStart(text, numbering);
  line.numbered = numbering.length > 0;
  line.dotted_marker = line.numbered && text[numbering.length - 1] == '.';
  line.ends_sentence = EndsSentence(text);
  line.parenthetical = IsParenthetical(text);
  line.starts_lower = StartsLowerCase(text);
  line.starts_document_number = StartsWithDocumentNumber(text);
  line.starts_roman = StartsWithRomanNumeral(text);
  line.starts_body = StartsBody(text);
  line.starts_signature = StartsSignature(text);
  line.addressee = text.starts_with("Kính gửi") || text.starts_with("KÍNH GỬI");
  line.starts_clause = StartsClause(text);
  line.starts_subject = text.starts_with("V/v") || text.starts_with("V/V");
  line.motto = text.starts_with("Độc lập");
  line.ends_number_word = IsNumberWord(last);
  line.ends_function_word = IsFunctionWord(last);
  line.ends_title_word = IsTitleWord(last);
  line.starts_title_word = IsTitleWord(first);
  line.first_word_comma = first.back() == ',';
  return line;
}

std::vector<Line> SplitLines(std::string_view text) {
  std::vector<Line> lines;
  lines.reserve(text.size() / 32 + 1);
  size_t begin = 0;
  while (begin <= text.size()) {
    size_t end = text.find('\n', begin);
    if (end == std::string_view::npos) end = text.size();
    lines.push_back(Analyze(begin, text.substr(begin, end - begin)));
    begin = end + 1;
  }
  return lines;
}

// An unfinished line a wrap could have cut: the lines the wrap width is measured on.
bool MayBeWrapped(const Line& line, const Line& next) {
  return line.width >= 20 && !next.text.empty() && !line.ends_sentence && !line.numbered &&
         !next.list_start;
}

size_t WrapWidthOf(const std::vector<Line>& lines) {
  constexpr size_t kMaxWidth = 400;
  constexpr size_t kMinWidth = 45;  // narrower clusters are table columns, not wraps
  constexpr size_t kBand = 10;      // justified lines end within this many code points
  std::array<size_t, kMaxWidth + kBand + 1> count{};
  size_t total = 0;
  for (size_t i = 0; i + 1 < lines.size(); ++i) {
    if (!MayBeWrapped(lines[i], lines[i + 1]) || lines[i].width > kMaxWidth) continue;
    ++count[lines[i].width];
    ++total;
  }
  const auto in_band = [&](size_t from, size_t to) {
    size_t n = 0;
    for (size_t w = from; w <= to; ++w) n += count[w];
    return n;
  };
  // The widest width with many lines just below it and few just above it.
  for (size_t w = kMaxWidth; w >= kMinWidth; --w) {
    if (count[w] == 0) continue;
    const size_t below = in_band(w - kBand + 1, w);
    const size_t above = in_band(w + 1, w + kBand);
    if (below >= std::max<size_t>(4, total / 10) && above * 10 <= below * 3) return w;
  }
  return 0;
}

enum class Region { kHeader, kBody, kSignature };

struct BreakContext {
  const Line& prev;
  const Line& next;
  const Line* after_next;  // the line after `next`, if any
  size_t wrap_width;
  Region region;
  bool in_subject;  // the lines since a "V/v" line have all been joined to it
};

// "Hà Nội, ngày 20 ...": asked only in the header and the subject, so not worked out ahead.
bool IsPlaceDate(const Line& line) { return line.text.find(", ngày") != std::string_view::npos; }

bool IsFull(const Line& line, size_t wrap_width) {
  return wrap_width > 0 && line.width * 5 >= wrap_width * 4 && line.width <= wrap_width + 3;
}

LineBreak Decide(const BreakContext& c) {
  const Line& a = c.prev;
  const Line& b = c.next;
  const auto join = [](BreakReason r) { return LineBreak{0, true, r}; };
  const auto keep = [](BreakReason r) { return LineBreak{0, false, r}; };

  // A marker alone, its text on the next line; a number after "-" or "11." is a table row.
  if (a.bare_marker && b.has_text && !b.starts_digit) {
    return b.list_start ? keep(BreakReason::kListItem) : join(BreakReason::kBareMarker);
  }
  if (!a.has_text || !b.has_text) return keep(BreakReason::kNoText);
  // "Số:\n48/2025/QĐ-UBND", "ngày\n20/11/2025", "Nghị định\n81/2018/NĐ-CP".
  const bool number_continues =
      b.starts_digit && ((a.ends_number_word && NumberFollows(LastWord(a.text), b.text)) ||
                         (b.starts_document_number && !a.ends_sentence));
  if (b.list_start) {
    // "khoản\n2.1 Điều 5" continues; "ngày\n15. Đề nghị ..." is too close to call: kept.
    if (number_continues && !b.dotted_marker) return join(BreakReason::kNumberContinues);
    return keep(BreakReason::kListItem);
  }
  if (number_continues) return join(BreakReason::kNumberContinues);
  if (a.ends_sentence) return keep(BreakReason::kSentenceEnd);
  // "(Mã\nTTHC: 1.001123);": a bracket still open goes on.
  if (a.open_parenthesis) return join(BreakReason::kOpenBracket);
  if (a.parenthetical) {
    return b.starts_lower ? join(BreakReason::kLowerCase) : keep(BreakReason::kParenthetical);
  }
  if (b.starts_roman && a.ends_number_word) return join(BreakReason::kNumberContinues);

  const bool ends_comma = a.text.back() == ',';
  const bool a_continues = ends_comma || a.ends_function_word;
  if (b.caps) {
    // A caps title wrapped at full width, unless the next line is the authority line that
    // stands just before "Căn cứ" ("ỦY BAN NHÂN DÂN TỈNH BẮC NINH").
    const bool authority_line =
        b.words >= 2 && c.after_next != nullptr && c.after_next->starts_body;
    const bool wrapped_title =
        c.region == Region::kBody && IsFull(a, c.wrap_width) && !authority_line;
    if (a.caps && (a_continues || wrapped_title)) return join(BreakReason::kCapsContinues);
    return keep(BreakReason::kHeading);
  }
  if (a.caps) return b.starts_lower ? join(BreakReason::kLowerCase) : keep(BreakReason::kHeading);
  if (b.starts_lower) return join(BreakReason::kLowerCase);
  // "Căn cứ khoản 25\nĐiều 5 Luật ...;", "Theo đề nghị của Giám đốc\nSở Công Thương ...".
  if (a.starts_clause) return join(BreakReason::kClauseContinues);
  // The subject goes on: "V/v đẩy nhanh tiến độ Dự án đường cao tốc\nBến Lức - Long Thành
  // ...", up to the place and date or the motto. A short line is more likely the place cut
  // before its date ("Hà\nNội, ngày 25").
  if (c.in_subject && b.words >= 3 && !b.motto && !IsPlaceDate(a) && !IsPlaceDate(b)) {
    return join(BreakReason::kSubjectContinues);
  }

  // The next line starts with a capital, a digit or a symbol; the line has no end mark.
  const bool name_split = a.ends_title_word && b.starts_title_word;
  if (c.region == Region::kHeader) {
    // Only a place name cut short: "Hà\nNội, ngày 21", "Thành phố Hồ\nChí Minh, ngày".
    if (name_split && a.words <= 3 && (b.words == 1 || b.first_word_comma || IsPlaceDate(b))) {
      return join(BreakReason::kProperName);
    }
    return keep(BreakReason::kHeader);
  }
  if (c.region == Region::kSignature) return keep(BreakReason::kSignature);
  if (a.addressee) return keep(BreakReason::kAddressee);
  if (a_continues) return join(ends_comma ? BreakReason::kComma : BreakReason::kFunctionWord);
  if (c.wrap_width == 0) return keep(BreakReason::kNoWrap);
  if (b.width > c.wrap_width + 3) return keep(BreakReason::kOverlong);
  if (IsFull(a, c.wrap_width) && !a.numbered) return join(BreakReason::kFullLine);
  if (name_split) {
    // A line of one word, or a list item of one word ("5. Sở\nGiáo dục và Đào tạo"), is
    // cut only when that word heads an agency's name; otherwise it is a table cell ("Đạt",
    // "1.4. Mía").
    const bool one_word = a.words == 1 || (a.list_start && a.words <= 3);
    const bool wrapped = IsFull(a, c.wrap_width) || IsFull(b, c.wrap_width) ||
                         std::string_view(".;:,").find(b.text.back()) != std::string_view::npos;
    if (one_word ? IsAgencyHead(LastWord(a.text)) : wrapped) {
      return join(BreakReason::kProperName);
    }
  }
  return keep(BreakReason::kOther);
}

// Where a line stands in the document: the header block (issuer, motto, number, place and
// date, title) until the body starts, the body, and the signature and recipients block.
class RegionTracker {
 public:
  explicit RegionTracker(size_t wrap_width) : wrap_width_(wrap_width) {}

  // The region of `line`, the next non-blank line of the document.
  Region Next(const Line& line) {
    constexpr int kMaxHeaderLines = 15;
    constexpr int kMaxSignatureLines = 30;
    ++lines_;
    const bool full = IsFull(line, wrap_width_);
    switch (region_) {
      case Region::kHeader:
        if (lines_ > kMaxHeaderLines || line.starts_body || full) region_ = Region::kBody;
        break;
      case Region::kBody:
        if (signature_next_ || line.starts_signature) {
          region_ = Region::kSignature;
          signature_lines_ = 0;
        }
        break;
      case Region::kSignature:
        // Past the signature: an appendix or a second document goes on in full lines.
        if (++signature_lines_ > kMaxSignatureLines || (full && !line.list_start)) {
          region_ = Region::kBody;
        }
        break;
    }
    signature_next_ = region_ == Region::kBody && line.text.ends_with("./.");
    return region_;
  }

 private:
  size_t wrap_width_;
  Region region_ = Region::kHeader;
  int lines_ = 0;
  int signature_lines_ = 0;
  bool signature_next_ = false;
};

}  // namespace

std::string_view BreakReasonName(BreakReason reason) {
  switch (reason) {
    case BreakReason::kBareMarker:
      return "bare_marker";
    case BreakReason::kNumberContinues:
      return "number_continues";
    case BreakReason::kLowerCase:
      return "lower_case";
    case BreakReason::kCapsContinues:
      return "caps_continues";
    case BreakReason::kComma:
      return "comma";
    case BreakReason::kFunctionWord:
      return "function_word";
    case BreakReason::kClauseContinues:
      return "clause_continues";
    case BreakReason::kOpenBracket:
      return "open_bracket";
    case BreakReason::kSubjectContinues:
      return "subject_continues";
    case BreakReason::kFullLine:
      return "full_line";
    case BreakReason::kProperName:
      return "proper_name";
    case BreakReason::kNoText:
      return "no_text";
    case BreakReason::kListItem:
      return "list_item";
    case BreakReason::kSentenceEnd:
      return "sentence_end";
    case BreakReason::kParenthetical:
      return "parenthetical";
    case BreakReason::kHeading:
      return "heading";
    case BreakReason::kHeader:
      return "header";
    case BreakReason::kSignature:
      return "signature";
    case BreakReason::kAddressee:
      return "addressee";
    case BreakReason::kNoWrap:
      return "no_wrap";
    case BreakReason::kOverlong:
      return "overlong";
    case BreakReason::kOther:
      return "other";
  }
  return "unknown";
}

size_t EstimateWrapWidth(std::string_view text) { return WrapWidthOf(SplitLines(text)); }

std::vector<LineBreak> ClassifyLineBreaks(std::string_view text) {
  const std::vector<Line> lines = SplitLines(text);
  const size_t wrap_width = WrapWidthOf(lines);
  RegionTracker regions(wrap_width);
  std::vector<LineBreak> breaks;
  bool in_subject = false;
  for (size_t i = 0; i + 1 < lines.size(); ++i) {
    if (lines[i].text.empty()) {
      in_subject = false;
      continue;
    }
    const Region region = regions.Next(lines[i]);
    in_subject |= lines[i].starts_subject;
    if (lines[i + 1].text.empty()) continue;
    const Line* after_next = i + 2 < lines.size() ? &lines[i + 2] : nullptr;
    LineBreak decision =
        Decide({lines[i], lines[i + 1], after_next, wrap_width, region, in_subject});
    decision.newline = lines[i].begin + lines[i].text.size();
    in_subject &= decision.join;
    breaks.push_back(decision);
  }
  return breaks;
}

TextPass JoinLines(std::string_view text) {
  TextBuilder out(text);
  size_t copied = 0;
  for (const LineBreak& b : ClassifyLineBreaks(text)) {
    if (!b.join) continue;
    out.Copy(copied, b.newline - copied);
    out.Replace(b.newline, 1, " ");
    copied = b.newline + 1;
  }
  out.Copy(copied, text.size() - copied);
  return std::move(out).Finish();
}

}  // namespace vanban
