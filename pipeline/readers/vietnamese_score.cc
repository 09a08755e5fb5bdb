#include "pipeline/readers/vietnamese_score.h"

#include <array>
#include <string>

#include "pipeline/utf8.h"
#include "pipeline/readers/vietnamese_letters.h"

namespace vanban {
namespace {

// Initial consonants, longest first so "ngh" is tried before "ng" and "n".
constexpr std::array<std::u32string_view, 28> kOnsets = {
    U"ngh", U"ng", U"nh", U"ch", U"gh", U"gi", U"kh", U"ph", U"qu", U"th", U"tr", U"b", U"c", U"d",
    U"đ",   U"g",  U"h",  U"k",  U"l",  U"m",  U"n",  U"p",  U"r",  U"s",  U"t",  U"v", U"x", U"",
};

// Vowel groups without tone marks, glides included ("oa", "uyê", "ươi").
constexpr std::array<std::u32string_view, 58> kNuclei = {
    U"a",   U"ă",   U"â",   U"e",   U"ê",   U"i",   U"o",   U"ô",   U"ơ",   U"u",   U"ư",   U"y",
    U"ai",  U"ao",  U"au",  U"ay",  U"âu",  U"ây",  U"eo",  U"êu",  U"ia",  U"iê",  U"iu",  U"oa",
    U"oă",  U"oe",  U"oi",  U"oo",  U"ôi",  U"ơi",  U"ua",  U"uâ",  U"uê",  U"ui",  U"uô",  U"uơ",
    U"uy",  U"ưa",  U"ưi",  U"ươ",  U"ưu",  U"yê",  U"iêu", U"oai", U"oao", U"oay", U"oeo", U"uây",
    U"uôi", U"uya", U"uyê", U"uyu", U"ươi", U"ươu", U"yêu", U"uêu", U"uơi", U"ôô",
};

// Final consonants; "k" for place names of the Central Highlands ("Đắk Lắk").
constexpr std::array<std::u32string_view, 10> kCodas = {
    U"", U"c", U"ch", U"m", U"n", U"ng", U"nh", U"p", U"t", U"k",
};

template <size_t N>
bool Contains(const std::array<std::u32string_view, N>& set, std::u32string_view s) {
  for (std::u32string_view item : set) {
    if (item == s) return true;
  }
  return false;
}

bool IsVowel(char32_t base) {
  return std::u32string_view(U"aăâeêioôơuưy").find(base) != std::u32string_view::npos;
}

// Whether the lower-case, toneless letters `s` split into onset, nucleus and coda.
bool IsSyllableShape(std::u32string_view s) {
  for (std::u32string_view onset : kOnsets) {
    if (s.substr(0, onset.size()) != onset) continue;
    std::u32string_view rest = s.substr(onset.size());
    size_t nucleus_len = 0;
    while (nucleus_len < rest.size() && IsVowel(rest[nucleus_len])) ++nucleus_len;
    if (nucleus_len == 0) continue;  // "gì": "gi" leaves no vowel, "g" does
    if (Contains(kNuclei, rest.substr(0, nucleus_len)) &&
        Contains(kCodas, rest.substr(nucleus_len))) {
      return true;
    }
  }
  return false;
}

bool IsSeparator(char32_t cp) {
  if (cp < 0x80) {
    return !((cp >= U'a' && cp <= U'z') || (cp >= U'A' && cp <= U'Z'));
  }
  return cp == 0x00A0 || (cp >= 0x2000 && cp <= 0x206F) || cp == 0x3000 || cp == 0xFEFF;
}

}  // namespace

bool IsVietnameseSyllable(std::string_view word) {
  std::u32string bases;
  int tones = 0;
  size_t pos = 0;
  while (pos < word.size()) {
    const char32_t cp = NextCodePoint(word, pos);
    if (CombiningTone(cp) != Tone::kNone) {
      if (bases.empty() || !IsVowel(bases.back())) return false;
      ++tones;
      continue;
    }
    std::optional<VietnameseLetter> letter = ParseVietnameseLetter(cp);
    if (!letter) return false;
    if (letter->tone != Tone::kNone) ++tones;
    bases += letter->base;
  }
  return tones <= 1 && !bases.empty() && IsSyllableShape(bases);
}

VietnameseScore ScoreVietnamese(std::string_view utf8) {
  VietnameseScore score;
  size_t pos = 0;
  while (pos < utf8.size()) {
    size_t start = pos;
    char32_t cp = NextCodePoint(utf8, pos);
    if (IsSeparator(cp)) continue;
    bool non_ascii = cp >= 0x80;
    size_t end = pos;
    while (end < utf8.size()) {
      size_t next = end;
      cp = NextCodePoint(utf8, next);
      if (IsSeparator(cp)) break;
      non_ascii = non_ascii || cp >= 0x80;
      end = next;
    }
    pos = end;
    if (!non_ascii) continue;
    ++score.words;
    if (IsVietnameseSyllable(utf8.substr(start, end - start))) ++score.syllables;
  }
  return score;
}

}  // namespace vanban
