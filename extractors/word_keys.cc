#include "extractors/word_keys.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <array>
#include <memory>

#include "pipeline/normalize/fold.h"

namespace vanban {
namespace {

// Latin letters with diacritics: U+00C0..U+024F and U+1E00..U+1EFF.
constexpr UChar32 kLatinBegin = 0x00C0;
constexpr UChar32 kLatinEnd = 0x0250;
constexpr UChar32 kExtendedBegin = 0x1E00;
constexpr UChar32 kExtendedEnd = 0x1F00;

struct Keys {
  std::string lower;
  std::string ascii;
};

struct Tables {
  std::array<Keys, kLatinEnd - kLatinBegin> latin;
  std::array<Keys, kExtendedEnd - kExtendedBegin> extended;
};

std::string Utf8(UChar32 c) {
  char buf[4];
  int32_t n = 0;
  U8_APPEND_UNSAFE(buf, n, c);
  return std::string(buf, static_cast<size_t>(n));
}

const Tables& LetterTables() {
  static const Tables* tables = [] {
    auto t = std::make_unique<Tables>();
    for (UChar32 c = kLatinBegin; c < kLatinEnd; ++c) {
      t->latin[c - kLatinBegin] = {FoldKey(Utf8(c)), FoldAscii(Utf8(c))};
    }
    for (UChar32 c = kExtendedBegin; c < kExtendedEnd; ++c) {
      t->extended[c - kExtendedBegin] = {FoldKey(Utf8(c)), FoldAscii(Utf8(c))};
    }
    return t.release();
  }();
  return *tables;
}

const Keys* KeysOf(UChar32 c) {
  const Tables& t = LetterTables();
  if (c >= kLatinBegin && c < kLatinEnd) return &t.latin[c - kLatinBegin];
  if (c >= kExtendedBegin && c < kExtendedEnd) return &t.extended[c - kExtendedBegin];
  return nullptr;
}

// The word folded letter by letter; the ICU fold of the whole word when a letter is outside
// the tables (a combining mark, another script).
std::string Fold(std::string_view word, bool ascii) {
  std::string out;
  out.reserve(word.size());
  int32_t i = 0;
  const int32_t n = static_cast<int32_t>(word.size());
  while (i < n) {
    const unsigned char b = static_cast<unsigned char>(word[i]);
    if (b < 0x80) {
      out += static_cast<char>(b >= 'A' && b <= 'Z' ? b - 'A' + 'a' : b);
      ++i;
      continue;
    }
    UChar32 c;
    U8_NEXT(word.data(), i, n, c);
    const Keys* keys = c >= 0 ? KeysOf(c) : nullptr;
    if (keys) {
      out += ascii ? keys->ascii : keys->lower;
    } else if (c >= 0 && !u_isalpha(c) && !u_getCombiningClass(c) && !u_isUWhiteSpace(c)) {
      out.append(word.substr(i - U8_LENGTH(c), U8_LENGTH(c)));  // punctuation stays as it is
    } else {
      return ascii ? FoldAscii(word) : FoldKey(word);
    }
  }
  return out;
}

}  // namespace

std::string LowerWord(std::string_view word) { return Fold(word, false); }

std::string AsciiWord(std::string_view word) { return Fold(word, true); }

}  // namespace vanban
