#include "pipeline/normalize/characters.h"

#include <cstddef>
#include <string>

#include "pipeline/normalize/icu_text.h"
#include "pipeline/utf8.h"

namespace vanban {
namespace {

// What the pass does with one code point.
enum class CharClass {
  kKeep,
  kRemove,
  kSpace,
  kLineBreak,  // \n
  kPageBreak,  // \f, \v, U+0085, U+2028, U+2029: a line break, dropped at a line start
  kCarriageReturn,
  kReplacement,  // U+FFFD or an ill-formed byte
  kBullet,
  kDash,
  kDoubleQuote,
  kSingleQuote,
  kEllipsis,
  kCapitalD,  // look-alikes of Đ
  kSmallD,    // look-alikes of đ
};

CharClass Classify(char32_t c) {
  if (c < 0x20) {
    switch (c) {
      case '\t':
        return CharClass::kSpace;
      case '\n':
        return CharClass::kLineBreak;
      case '\r':
        return CharClass::kCarriageReturn;
      case '\f':
      case '\v':
        return CharClass::kPageBreak;
      default:
        return CharClass::kRemove;
    }
  }
  if (c < 0x7F) return c == ' ' ? CharClass::kSpace : CharClass::kKeep;
  if (c <= 0x9F) return c == 0x85 ? CharClass::kPageBreak : CharClass::kRemove;
  switch (c) {
    case 0x00A0:
    case 0x202F:
    case 0x205F:
    case 0x3000:
      return CharClass::kSpace;
    case 0x00AD:
    case 0x2060:
    case 0xFEFF:
      return CharClass::kRemove;
    case 0x2028:
    case 0x2029:
      return CharClass::kPageBreak;
    case 0x2212:
      return CharClass::kDash;
    case 0x201C:
    case 0x201D:
    case 0x201E:
    case 0x201F:
    case 0x2033:
      return CharClass::kDoubleQuote;
    case 0x2018:
    case 0x2019:
    case 0x201A:
    case 0x201B:
    case 0x2032:
      return CharClass::kSingleQuote;
    case 0x2026:
      return CharClass::kEllipsis;
    case 0x2022:
    case 0x00B7:
    case 0x25AA:
    case 0x25CF:
    case 0x25E6:
    case 0x2023:
    case 0x2043:
    case 0xF0A7:
    case 0xF0B7:
      return CharClass::kBullet;
    case 0x00D0:
    case 0x0189:
      return CharClass::kCapitalD;
    case 0x00F0:
    case 0x0256:
      return CharClass::kSmallD;
    case 0xFFFD:
    case kInvalidCodePoint:
      return CharClass::kReplacement;
    default:
      break;
  }
  if (c >= 0x2000 && c <= 0x200A) return CharClass::kSpace;
  if ((c >= 0x200B && c <= 0x200F) || (c >= 0x202A && c <= 0x202E) ||
      (c >= 0x2066 && c <= 0x2069)) {
    return CharClass::kRemove;
  }
  if (c >= 0x2010 && c <= 0x2015) return CharClass::kDash;
  return CharClass::kKeep;
}

bool IsWordChar(char32_t c) { return IsLetter(c) || IsDigit(c) || IsCombiningMark(c); }

// The walk: emits kept text through a TextBuilder, holding back a run of spaces until it
// is known whether the run is inside a line (one space) or at its start or end (nothing).
class CharacterPass {
 public:
  explicit CharacterPass(std::string_view raw) : raw_(raw), out_(raw) {}

  TextPass Run() && {
    size_t i = 0;
    while (i < raw_.size()) {
      if (const size_t end = PlainRunEnd(i); end > i) {
        BeginContent(i);
        out_.Copy(i, end - i);
        last_ = DecodeUtf8Before(raw_, end).value;
        i = end;
        continue;
      }
      const DecodedCodePoint c = DecodeUtf8(raw_, i);
      i = Handle(c.value, i, c.length);
    }
    return std::move(out_).Finish();
  }

 private:
  // The end of a run from raw_[i] of characters kept as they are: printable ASCII other
  // than space, and the Latin letters and combining marks Vietnamese is written with
  // (U+00C0-U+01BF, U+0300-U+036F, U+1E00-U+1EFF) except the look-alikes of Đ and đ. A single
  // space between two such characters goes in the run too: it would be copied as it is.
  size_t PlainRunEnd(size_t i) const {
    const size_t start = i;
    while (i < raw_.size()) {
      if (const size_t len = PlainCharLength(i); len > 0) {
        i += len;
      } else if (raw_[i] == ' ' && i > start && PlainCharLength(i + 1) > 0) {
        ++i;
      } else {
        break;
      }
    }
    return i;
  }

  // The length of the character kept as it is at raw_[i] (see PlainRunEnd), or 0.
  size_t PlainCharLength(size_t i) const {
    const auto byte = [&](size_t k) { return static_cast<unsigned char>(raw_[k]); };
    const auto continuation = [&](size_t k) { return k < raw_.size() && (byte(k) & 0xC0) == 0x80; };
    if (i >= raw_.size()) return 0;
    const unsigned char b = byte(i);
    if (b > 0x20 && b < 0x7F) return 1;
    if (b >= 0xC3 && b <= 0xC6 && continuation(i + 1) &&
        !(b == 0xC3 && (byte(i + 1) == 0x90 || byte(i + 1) == 0xB0)) &&  // Ð ð
        !(b == 0xC6 && byte(i + 1) == 0x89)) {                           // Ɖ
      return 2;
    }
    if ((b == 0xCC || b == 0xCD) && continuation(i + 1)) return 2;
    if (b == 0xE1 && i + 1 < raw_.size() &&
        (byte(i + 1) == 0xB8 || byte(i + 1) == 0xB9 || byte(i + 1) == 0xBA ||
         byte(i + 1) == 0xBB) &&
        continuation(i + 2)) {
      return 3;
    }
    return 0;
  }

  // Handles the code point at raw_[pos, pos + len); returns where the next one starts.
  size_t Handle(char32_t c, size_t pos, size_t len) {
    switch (Classify(c)) {
      case CharClass::kKeep:
        Emit(c, pos, len);
        return pos + len;
      case CharClass::kRemove:
        if (space_begin_ != kNone) space_end_ = pos + len;  // inside a run of spaces
        return pos + len;
      case CharClass::kSpace:
        if (space_begin_ == kNone) space_begin_ = pos;
        space_end_ = pos + len;
        return pos + len;
      case CharClass::kLineBreak:
        EndLine();
        out_.Copy(pos, len);
        return pos + len;
      case CharClass::kCarriageReturn: {
        const size_t end = pos + 1 < raw_.size() && raw_[pos + 1] == '\n' ? pos + 2 : pos + 1;
        EndLine();
        out_.Replace(pos, end - pos, "\n");
        return end;
      }
      case CharClass::kPageBreak:
        if (!at_line_start_) {
          EndLine();
          out_.Replace(pos, len, "\n");
        }
        return pos + len;
      case CharClass::kReplacement:
        return HandleReplacement(pos);
      case CharClass::kBullet:
        if (!at_line_start_) {
          Emit(c, pos, len);  // not a bullet here: a middle dot inside a line
          return pos + len;
        }
        BeginContent(pos);
        out_.Replace(pos, len, "-");
        space_after_bullet_ = true;
        last_ = ' ';
        return pos + len;
      case CharClass::kDash:
        return EmitReplacement("-", '-', pos, len);
      case CharClass::kDoubleQuote:
        return EmitReplacement("\"", '"', pos, len);
      case CharClass::kSingleQuote:
        return EmitReplacement("'", '\'', pos, len);
      case CharClass::kEllipsis:
        return EmitReplacement("...", '.', pos, len);
      case CharClass::kCapitalD:
        return EmitReplacement("\xC4\x90", 0x0110, pos, len);
      case CharClass::kSmallD:
        return EmitReplacement("\xC4\x91", 0x0111, pos, len);
    }
    return pos + len;
  }

  // A run of U+FFFD and ill-formed bytes: noise unless a letter or digit touches it.
  size_t HandleReplacement(size_t pos) {
    size_t end = pos;
    while (end < raw_.size()) {
      DecodedCodePoint c = DecodeUtf8(raw_, end);
      if (Classify(c.value) != CharClass::kReplacement) break;
      end += c.length;
    }
    const bool after_word = !at_line_start_ && space_begin_ == kNone && IsWordChar(last_);
    const bool before_word = end < raw_.size() && IsWordChar(DecodeUtf8(raw_, end).value);
    if (!after_word && !before_word) {
      if (space_begin_ != kNone) space_end_ = end;
      return end;
    }
    for (size_t i = pos; i < end;) {
      DecodedCodePoint c = DecodeUtf8(raw_, i);
      BeginContent(i);
      if (c.value == 0xFFFD) {
        out_.Copy(i, c.length);
      } else {
        out_.Replace(i, c.length, "\xEF\xBF\xBD");
      }
      i += c.length;
    }
    last_ = 0xFFFD;
    return end;
  }

  void Emit(char32_t c, size_t pos, size_t len) {
    BeginContent(pos);
    out_.Copy(pos, len);
    last_ = c;
  }

  size_t EmitReplacement(std::string_view replacement, char32_t last, size_t pos, size_t len) {
    BeginContent(pos);
    out_.Replace(pos, len, replacement);
    last_ = last;
    return pos + len;
  }

  // Before content at raw_[pos]: a held-back run of spaces becomes one space, unless the
  // line starts; a bullet gets the space it had no room for ("•Nội dung" -> "- Nội dung").
  void BeginContent(size_t pos) {
    if (space_begin_ != kNone && !at_line_start_) {
      if (space_end_ - space_begin_ == 1 && raw_[space_begin_] == ' ') {
        out_.Copy(space_begin_, 1);
      } else {
        out_.Replace(space_begin_, space_end_ - space_begin_, " ");
      }
    } else if (space_after_bullet_) {
      out_.Replace(pos, 0, " ");
    }
    space_begin_ = kNone;
    space_after_bullet_ = false;
    at_line_start_ = false;
  }

  // Before a line break: spaces at the end of the line are dropped.
  void EndLine() {
    space_begin_ = kNone;
    space_after_bullet_ = false;
    at_line_start_ = true;
    last_ = '\n';
  }

  static constexpr size_t kNone = static_cast<size_t>(-1);
  std::string_view raw_;
  TextBuilder out_;
  bool at_line_start_ = true;
  size_t space_begin_ = kNone;  // a run of spaces not yet written: raw_[begin, end)
  size_t space_end_ = kNone;
  bool space_after_bullet_ = false;  // a bullet was written; the space after it is owed
  char32_t last_ = '\n';             // the last code point written
};

}  // namespace

TextPass CleanCharacters(std::string_view raw) { return CharacterPass(raw).Run(); }

}  // namespace vanban
