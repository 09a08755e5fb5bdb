#include "pipeline/ocr/syllable.h"

#include <algorithm>
#include <array>
#include <unordered_set>

#include "pipeline/utf8.h"

namespace vanban {
namespace {

// Onsets, longest first so that the first match is the usual reading ("ngh" before "ng").
constexpr std::array<std::u32string_view, 28> kOnsets = {
    U"ngh", U"ng", U"nh", U"ch", U"gh", U"gi", U"kh", U"ph", U"qu", U"th", U"tr", U"b", U"c", U"d",
    U"đ",   U"g",  U"h",  U"k",  U"l",  U"m",  U"n",  U"p",  U"r",  U"s",  U"t",  U"v", U"x", U""};

// Every rhyme of the written language without its tone, glide included: the nuclei a ă â
// e ê i/y o ô ơ u ư and the diphthongs iê/yê/ia, uô/ua, ươ/ưa, with the codas they take.
const std::unordered_set<std::u32string>& Rhymes() {
  static const auto* rhymes = new std::unordered_set<std::u32string>{
      // a ă â
      U"a", U"ac", U"ach", U"ai", U"am", U"an", U"ang", U"anh", U"ao", U"ap", U"at", U"au", U"ay",
      U"ăc", U"ăm", U"ăn", U"ăng", U"ăp", U"ăt", U"âc", U"âm", U"ân", U"âng", U"âp", U"ât", U"âu",
      U"ây",
      // e ê
      U"e", U"ec", U"em", U"en", U"eng", U"eo", U"ep", U"et", U"ê", U"êch", U"êm", U"ên", U"ênh",
      U"êp", U"êt", U"êu",
      // i y, iê yê ia
      U"i", U"ia", U"ich", U"im", U"in", U"inh", U"ip", U"it", U"iu", U"y", U"iêc", U"iêm", U"iên",
      U"iêng", U"iêp", U"iêt", U"iêu", U"yêm", U"yên", U"yêt", U"yêu",
      // o ô ơ
      U"o", U"oc", U"oi", U"om", U"on", U"ong", U"op", U"ot", U"ooc", U"oong", U"ô", U"ôc", U"ôi",
      U"ôm", U"ôn", U"ông", U"ôp", U"ôt", U"ơ", U"ơi", U"ơm", U"ơn", U"ơp", U"ơt",
      // u ư, uô ua, ươ ưa
      U"u", U"uc", U"ui", U"um", U"un", U"ung", U"up", U"ut", U"ua", U"uôc", U"uôi", U"uôm", U"uôn",
      U"uông", U"uôt", U"ư", U"ưc", U"ưi", U"ưm", U"ưn", U"ưng", U"ưt", U"ưu", U"ưa", U"ươc",
      U"ươi", U"ươm", U"ươn", U"ương", U"ươp", U"ươt", U"ươu",
      // glide o before a ă e
      U"oa", U"oac", U"oach", U"oai", U"oam", U"oan", U"oang", U"oanh", U"oao", U"oap", U"oat",
      U"oay", U"oăc", U"oăm", U"oăn", U"oăng", U"oăt", U"oe", U"oem", U"oen", U"oeo", U"oet",
      // glide u before â ê y ơ
      U"uân", U"uâng", U"uât", U"uây", U"uê", U"uêch", U"uênh", U"uêt", U"uơ", U"uy", U"uya",
      U"uych", U"uyên", U"uyêt", U"uyn", U"uynh", U"uyp", U"uyt", U"uyu"};
  return *rhymes;
}

bool IsFrontVowel(char32_t c) { return c == U'i' || c == U'e' || c == U'ê' || c == U'y'; }

bool EndsWith(std::u32string_view s, std::u32string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

bool HasRhyme(std::u32string_view rhyme) { return Rhymes().contains(std::u32string(rhyme)); }

// Whether `onset` may be written before `rhyme` (spelling rules and the rhymes each onset
// takes), tone aside.
bool Fits(std::u32string_view onset, std::u32string_view rhyme) {
  if (rhyme.empty()) return false;
  const char32_t first = rhyme[0];
  // k, gh, ngh before front vowels; c, g, ng never before e ê (g before i is "gi").
  if (onset == U"k" || onset == U"gh" || onset == U"ngh") {
    if (!IsFrontVowel(first) || (onset != U"k" && first == U'y')) return false;
  }
  if ((onset == U"c" && IsFrontVowel(first)) || (onset == U"ng" && IsFrontVowel(first)) ||
      (onset == U"g" && (first == U'e' || first == U'ê' || first == U'y'))) {
    return false;
  }
  // iê is written yê without an onset; yê needs no onset (the glide u is part of the rhyme).
  if (onset.empty() && rhyme.starts_with(U"iê")) return false;
  if (!onset.empty() && onset != U"qu" && rhyme.starts_with(U"yê")) return false;
  if (onset == U"qu") {
    // The u of "qu" is the glide: "quan" is the rhyme "oan" after /k/, "quyết" is "uyêt",
    // "quên" the glide before any ê rhyme.
    if (first == U'u') return false;
    std::u32string with_u = U"u";
    with_u += rhyme;
    std::u32string with_o = U"o";
    with_o += rhyme;
    return HasRhyme(with_u) || HasRhyme(with_o) || (first == U'ê' && HasRhyme(rhyme));
  }
  if (onset == U"gi") {
    // The i of "gi" stands for the i of the rhyme: "giếng" is gi + iêng, "giữ" is gi + ư.
    if (first == U'i') return false;
    std::u32string with_i = U"i";
    with_i += rhyme;
    return HasRhyme(rhyme) || HasRhyme(with_i);
  }
  return HasRhyme(rhyme);
}

// Stop codas (c ch p t) take only sắc or nặng.
bool ToneFits(std::u32string_view rhyme, Tone tone) {
  const bool stop = EndsWith(rhyme, U"c") || EndsWith(rhyme, U"ch") || EndsWith(rhyme, U"p") ||
                    EndsWith(rhyme, U"t");
  return !stop || tone == Tone::kAcute || tone == Tone::kDot;
}

}  // namespace

char32_t AsciiBase(char32_t base) {
  switch (base) {
    case U'ă':
    case U'â':
      return U'a';
    case U'ê':
      return U'e';
    case U'ô':
    case U'ơ':
      return U'o';
    case U'ư':
      return U'u';
    case U'đ':
      return U'd';
    default:
      return base;
  }
}

std::optional<Syllable> ParseSyllable(std::string_view word) {
  std::u32string letters;
  Tone tone = Tone::kNone;
  size_t pos = 0;
  while (pos < word.size()) {
    const char32_t cp = NextCodePoint(word, pos);
    const std::optional<VietnameseLetter> letter = ParseVietnameseLetter(cp);
    if (!letter) return std::nullopt;
    if (letter->tone != Tone::kNone) {
      if (tone != Tone::kNone) return std::nullopt;
      tone = letter->tone;
    }
    letters += letter->base;
  }
  for (std::u32string_view onset : kOnsets) {
    if (!std::u32string_view(letters).starts_with(onset)) continue;
    const std::u32string_view rhyme = std::u32string_view(letters).substr(onset.size());
    if (Fits(onset, rhyme) && ToneFits(rhyme, tone)) {
      return Syllable{std::u32string(onset), std::u32string(rhyme), tone};
    }
  }
  return std::nullopt;
}

}  // namespace vanban
