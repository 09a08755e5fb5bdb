#include "pipeline/normalize/tone_marks.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <vector>

#include "pipeline/normalize/icu_utf8.h"
#include "pipeline/normalize/string_memo.h"

namespace vanban {
namespace {

const icu::Normalizer2& Nfd() {
  UErrorCode status = U_ZERO_ERROR;
  static const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  return *nfd;
}

const icu::Normalizer2& Nfc() {
  UErrorCode status = U_ZERO_ERROR;
  static const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  return *nfc;
}

bool IsTone(UChar32 c) {
  return c == 0x0300 || c == 0x0301 || c == 0x0303 || c == 0x0309 || c == 0x0323;
}
// Marks that make a vowel of its own: circumflex, breve, horn.
bool IsVowelMark(UChar32 c) { return c == 0x0302 || c == 0x0306 || c == 0x031B; }
bool IsVowelBase(UChar32 lower) {
  switch (lower) {
    case 'a':
    case 'e':
    case 'i':
    case 'o':
    case 'u':
    case 'y':
      return true;
    default:
      return false;
  }
}
bool IsConsonantBase(UChar32 lower) {
  return lower == 0x0111 || (lower >= 'a' && lower <= 'z' && !IsVowelBase(lower));
}

// One letter of a decomposed word: its base and its marks.
struct Letter {
  UChar32 base;
  UChar32 lower;
  bool vowel_mark = false;
  std::vector<UChar32> marks;  // every mark but the tone, in order
};

std::string PlaceToneMarkOnce(std::string_view word) {
  UErrorCode status = U_ZERO_ERROR;
  icu::UnicodeString nfd = Nfd().normalize(IcuFromUtf8(word), status);
  if (U_FAILURE(status)) return std::string(word);

  std::vector<Letter> letters;
  int tones = 0;
  UChar32 tone = 0;
  for (int32_t i = 0; i < nfd.length();) {
    UChar32 c = nfd.char32At(i);
    i += U16_LENGTH(c);
    if (u_getCombiningClass(c) != 0) {
      if (letters.empty()) return std::string(word);
      if (IsTone(c)) {
        tone = c;
        ++tones;
        continue;
      }
      letters.back().vowel_mark |= IsVowelMark(c);
      letters.back().marks.push_back(c);
      continue;
    }
    UChar32 lower = u_tolower(c);
    if (!IsVowelBase(lower) && !IsConsonantBase(lower)) return std::string(word);
    letters.push_back(Letter{c, lower, false, {}});
  }
  if (tones != 1) return std::string(word);

  // Vowel nucleus: skip the onset ("qu" and "gi" before a vowel count as onset).
  size_t begin = 0;
  while (begin < letters.size() && !IsVowelBase(letters[begin].lower)) ++begin;
  if (begin > 0 && begin + 1 < letters.size() && IsVowelBase(letters[begin + 1].lower)) {
    UChar32 prev = letters[begin - 1].lower;
    if ((prev == 'q' && letters[begin].lower == 'u') ||
        (prev == 'g' && letters[begin].lower == 'i' && begin == 1)) {
      ++begin;
    }
  }
  size_t end = begin;
  while (end < letters.size() && IsVowelBase(letters[end].lower)) ++end;
  if (end == begin) return std::string(word);
  for (size_t k = end; k < letters.size(); ++k) {
    if (IsVowelBase(letters[k].lower)) return std::string(word);  // not one syllable
  }
  const bool open = end == letters.size();
  const size_t n = end - begin;

  size_t target = begin;
  size_t marked = end;
  for (size_t k = begin; k < end; ++k) {
    if (letters[k].vowel_mark) marked = k;  // the last one: "ươ" takes it on "ơ"
  }
  if (marked != end) {
    target = marked;
  } else if (!open) {
    target = end - 1;
  } else if (n == 3) {
    target = begin + 1;
  } else {
    target = begin;
  }

  icu::UnicodeString out;
  for (size_t k = 0; k < letters.size(); ++k) {
    out.append(letters[k].base);
    for (UChar32 m : letters[k].marks) out.append(m);
    if (k == target) out.append(tone);
  }
  icu::UnicodeString composed = Nfc().normalize(out, status);
  if (U_FAILURE(status)) return std::string(word);
  return Utf8FromIcu(composed);
}

// Texts repeat a few thousand syllables: each one's answer is remembered.
const std::string& RememberedToneMark(std::string_view word) {
  thread_local StringMemo memory(50000);
  return memory.Get(word, PlaceToneMarkOnce);
}

}  // namespace

std::string PlaceToneMark(std::string_view word) { return RememberedToneMark(word); }

std::string PlaceToneMarks(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  size_t i = 0;
  while (i < text.size()) {
    // A word: a run of letters and combining marks. Pure-ASCII words carry no tone mark.
    size_t start = i;
    bool non_ascii = false;
    while (i < text.size()) {
      const auto byte = static_cast<unsigned char>(text[i]);
      if (byte < 0x80) {  // ASCII: letters are word characters, nothing else is
        if (!((byte | 0x20) >= 'a' && (byte | 0x20) <= 'z')) break;
        ++i;
        continue;
      }
      UChar32 c;
      int32_t next = static_cast<int32_t>(i);
      U8_NEXT(text.data(), next, static_cast<int32_t>(text.size()), c);
      if (c < 0 || !(u_isalpha(c) || u_getCombiningClass(c) != 0)) break;
      non_ascii |= c >= 0x80;
      i = static_cast<size_t>(next);
    }
    if (i > start) {
      std::string_view word = text.substr(start, i - start);
      if (non_ascii) {
        out += RememberedToneMark(word);
      } else {
        out += word;
      }
      continue;
    }
    // One non-letter code point (or one invalid byte), copied as it is.
    int32_t next = static_cast<int32_t>(i);
    UChar32 c;
    U8_NEXT(text.data(), next, static_cast<int32_t>(text.size()), c);
    out.append(text.substr(i, static_cast<size_t>(next) - i));
    i = static_cast<size_t>(next);
  }
  return out;
}

}  // namespace vanban
