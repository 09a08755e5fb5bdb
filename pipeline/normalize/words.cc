#include "pipeline/normalize/words.h"

#include <array>
#include <cstdint>
#include <string>

#include "pipeline/normalize/icu_text.h"
#include "pipeline/normalize/tone_marks.h"
#include "pipeline/utf8.h"

namespace vanban {
namespace {

// Vowel letters of Vietnamese by what they carry: kToned have a tone mark and no vowel
// mark, so the tone could belong on a neighbouring vowel; kVowel are all the others.
constexpr uint8_t kNotVowel = 0;
constexpr uint8_t kVowel = 1;
constexpr uint8_t kToned = 2;

constexpr char32_t kTableEnd = 0x1F00;  // Vietnamese letters all lie below U+1F00

constexpr std::array<uint8_t, kTableEnd> kVowelTable = [] {
  std::array<uint8_t, kTableEnd> t{};
  constexpr std::u32string_view kToneless =
      U"aeiouyâăêôơưAEIOUYÂĂÊÔƠƯấầẩẫậắằẳẵặếềểễệốồổỗộớờởỡợứừửữựẤẦẨẪẬẮẰẲẴẶẾỀỂỄỆỐỒỔỖỘỚỜỞỠỢỨỪỬỮỰ";
  constexpr std::u32string_view kWithTone =
      U"àáảãạèéẻẽẹìíỉĩịòóỏõọùúủũụỳýỷỹỵÀÁẢÃẠÈÉẺẼẸÌÍỈĨỊÒÓỎÕỌÙÚỦŨỤỲÝỶỸỴ";
  for (char32_t c : kToneless) t[c] = kVowel;
  for (char32_t c : kWithTone) t[c] = kToned;
  return t;
}();

uint8_t VowelKindOf(char32_t c) { return c < kTableEnd ? kVowelTable[c] : kNotVowel; }

// Watches letters go by and tells when PlaceToneMark might move a tone: a toned vowel
// without a vowel mark next to another vowel ("hoà", "thuỷ", "của"). A vowel with a
// circumflex, breve or horn carries the tone in both styles ("người", "quyết"), and a lone
// vowel has nowhere to send it.
class ToneWatch {
 public:
  void Add(char32_t c) {
    const uint8_t kind = VowelKindOf(c);
    may_move_ |= kind != kNotVowel && prev_ != kNotVowel && (kind == kToned || prev_ == kToned);
    prev_ = kind;
  }
  bool may_move() const { return may_move_; }

 private:
  uint8_t prev_ = kNotVowel;
  bool may_move_ = false;
};

bool ToneMayMove(std::string_view word) {
  ToneWatch watch;
  for (size_t i = 0; i < word.size();) {
    const DecodedCodePoint c = DecodeUtf8(word, i);
    i += c.length;
    watch.Add(c.value);
  }
  return watch.may_move();
}

// The Latin letter a Cyrillic one looks like, or 0.
char32_t LatinTwin(char32_t c) {
  switch (c) {
    case U'А':
      return 'A';
    case U'В':
      return 'B';
    case U'Е':
      return 'E';
    case U'К':
      return 'K';
    case U'М':
      return 'M';
    case U'Н':
      return 'H';
    case U'О':
      return 'O';
    case U'Р':
      return 'P';
    case U'С':
      return 'C';
    case U'Т':
      return 'T';
    case U'Х':
      return 'X';
    case U'І':
      return 'I';
    case U'Ј':
      return 'J';
    case U'Ѕ':
      return 'S';
    case U'а':
      return 'a';
    case U'е':
      return 'e';
    case U'о':
      return 'o';
    case U'р':
      return 'p';
    case U'с':
      return 'c';
    case U'у':
      return 'y';
    case U'х':
      return 'x';
    case U'і':
      return 'i';
    case U'ј':
      return 'j';
    case U'ѕ':
      return 's';
    default:
      return 0;
  }
}

bool IsCyrillic(char32_t c) { return c >= 0x0400 && c <= 0x052F; }
bool IsLatinLetter(char32_t c) {
  return IsAsciiLetter(c) || (c >= 0x00C0 && c <= 0x024F && c != 0x00D7 && c != 0x00F7) ||
         (c >= 0x1E00 && c <= 0x1EFF);
}

// Whether the Cyrillic letters of a token should be made Latin (see RepairWords).
bool HasCyrillicLookAlikes(std::string_view token) {
  bool latin = false;
  bool cyrillic = false;
  for (size_t i = 0; i < token.size();) {
    DecodedCodePoint c = DecodeUtf8(token, i);
    i += c.length;
    // A mark on a Cyrillic letter would compose with its Latin twin: left alone.
    if (IsCombiningMark(c.value)) return false;
    if (IsCyrillic(c.value)) {
      if (LatinTwin(c.value) == 0) return false;
      cyrillic = true;
    } else if (IsLatinLetter(c.value)) {
      latin = true;
    }
  }
  return latin && cyrillic;
}

bool IsWordChar(char32_t c) { return IsLetter(c) || IsCombiningMark(c); }

// The code point at s[i], whose lead byte is not ASCII. Two- and three-byte sequences (the
// Vietnamese letters) are decoded here without a call; the rest goes to DecodeUtf8.
DecodedCodePoint DecodeNonAscii(std::string_view s, size_t i) {
  const auto byte = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
  const auto continuation = [&](size_t k) { return k < s.size() && (byte(k) & 0xC0) == 0x80; };
  const unsigned char lead = byte(i);
  if (lead >= 0xC2 && lead <= 0xDF && continuation(i + 1)) {
    return {(static_cast<char32_t>(lead & 0x1F) << 6) | (byte(i + 1) & 0x3F), 2};
  }
  // E1-EC: U+1000-U+CFFF, never overlong nor a surrogate.
  if (lead >= 0xE1 && lead <= 0xEC && continuation(i + 1) && continuation(i + 2)) {
    return {(static_cast<char32_t>(lead & 0x0F) << 12) |
                (static_cast<char32_t>(byte(i + 1) & 0x3F) << 6) | (byte(i + 2) & 0x3F),
            3};
  }
  return DecodeUtf8(s, i);
}

class WordPass {
 public:
  explicit WordPass(std::string_view text) : text_(text), out_(text) {}

  TextPass Run() && {
    // One walk over the text, token by token (runs without spaces); only a token with a
    // tone that may move or with a Cyrillic letter is looked at again.
    size_t begin = 0;
    ToneWatch tone;
    bool cyrillic = false;
    bool ascii = true;
    for (size_t i = 0; i <= text_.size();) {
      if (i == text_.size() || text_[i] == ' ' || text_[i] == '\n') {
        if (!ascii && (tone.may_move() || cyrillic)) RepairToken(begin, i);
        begin = ++i;
        tone = ToneWatch();
        cyrillic = false;
        ascii = true;
        continue;
      }
      const unsigned char lead = static_cast<unsigned char>(text_[i]);
      if (lead < 0x80) {  // ASCII: neither Cyrillic nor toned, only a vowel or not
        tone.Add(lead);
        ++i;
        continue;
      }
      const DecodedCodePoint c = DecodeNonAscii(text_, i);
      i += c.length;
      ascii = false;
      cyrillic |= IsCyrillic(c.value);
      tone.Add(c.value);
    }
    out_.Copy(copied_, text_.size() - copied_);
    return std::move(out_).Finish();
  }

 private:
  void RepairToken(size_t begin, size_t end) {
    const std::string_view token = text_.substr(begin, end - begin);
    const bool cyrillic = HasCyrillicLookAlikes(token);
    size_t i = begin;
    while (i < end) {
      DecodedCodePoint c = DecodeUtf8(text_, i);
      if (!IsWordChar(c.value)) {
        i += c.length;
        continue;
      }
      size_t word_end = i + c.length;
      bool ascii = c.value < 0x80;
      while (word_end < end) {
        DecodedCodePoint next = DecodeUtf8(text_, word_end);
        if (!IsWordChar(next.value)) break;
        ascii &= next.value < 0x80;
        word_end += next.length;
      }
      if (!ascii) RepairWord(i, word_end, cyrillic);
      i = word_end;
    }
  }

  void RepairWord(size_t begin, size_t end, bool cyrillic) {
    std::string_view word = text_.substr(begin, end - begin);
    std::string repaired;
    bool changed = false;
    if (cyrillic) {
      for (size_t i = 0; i < word.size();) {
        DecodedCodePoint c = DecodeUtf8(word, i);
        i += c.length;
        const char32_t twin = IsCyrillic(c.value) ? LatinTwin(c.value) : 0;
        AppendUtf8(repaired, twin != 0 ? twin : c.value);
        changed |= twin != 0;
      }
      if (changed) word = repaired;
    }
    if (ToneMayMove(word)) {
      const std::string placed = PlaceToneMark(word);
      if (placed != word) {
        repaired = placed;
        changed = true;
      }
    }
    if (!changed) return;
    out_.Copy(copied_, begin - copied_);
    out_.Replace(begin, end - begin, repaired);
    copied_ = end;
  }

  std::string_view text_;
  TextBuilder out_;
  size_t copied_ = 0;  // text_[0, copied_) has been written
};

}  // namespace

TextPass RepairWords(std::string_view text) { return WordPass(text).Run(); }

}  // namespace vanban
