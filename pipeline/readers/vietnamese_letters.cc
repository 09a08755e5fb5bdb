#include "pipeline/readers/vietnamese_letters.h"

#include <string_view>
#include <unordered_map>

namespace vanban {
namespace {

// Each vowel with its tones in Tone order, small then capital.
constexpr std::u32string_view kVowels[][2] = {
    {U"aàáảãạ", U"AÀÁẢÃẠ"}, {U"ăằắẳẵặ", U"ĂẰẮẲẴẶ"}, {U"âầấẩẫậ", U"ÂẦẤẨẪẬ"}, {U"eèéẻẽẹ", U"EÈÉẺẼẸ"},
    {U"êềếểễệ", U"ÊỀẾỂỄỆ"}, {U"iìíỉĩị", U"IÌÍỈĨỊ"}, {U"oòóỏõọ", U"OÒÓỎÕỌ"}, {U"ôồốổỗộ", U"ÔỒỐỔỖỘ"},
    {U"ơờớởỡợ", U"ƠỜỚỞỠỢ"}, {U"uùúủũụ", U"UÙÚỦŨỤ"}, {U"ưừứửữự", U"ƯỪỨỬỮỰ"}, {U"yỳýỷỹỵ", U"YỲÝỶỸỴ"},
};

const std::unordered_map<char32_t, VietnameseLetter>& Letters() {
  static const auto* letters = [] {
    auto* map = new std::unordered_map<char32_t, VietnameseLetter>();
    for (char32_t c = U'a'; c <= U'z'; ++c) {
      (*map)[c] = {c, Tone::kNone, false, false};
      (*map)[c - U'a' + U'A'] = {c, Tone::kNone, true, false};
    }
    (*map)[U'đ'] = {U'đ', Tone::kNone, false, false};
    (*map)[U'Đ'] = {U'đ', Tone::kNone, true, false};
    for (const auto& vowel : kVowels) {
      for (int upper = 0; upper < 2; ++upper) {
        for (size_t tone = 0; tone < vowel[upper].size(); ++tone) {
          (*map)[vowel[upper][tone]] = {vowel[0][0], static_cast<Tone>(tone), upper == 1, true};
        }
      }
    }
    return map;
  }();
  return *letters;
}

// The letter with `base`, `tone` and case, which exists for every parsed letter.
char32_t Compose(const VietnameseLetter& letter, bool upper) {
  if (!letter.vowel) {
    if (letter.base == U'đ') return upper ? U'Đ' : U'đ';
    return upper ? letter.base - U'a' + U'A' : letter.base;
  }
  for (const auto& vowel : kVowels) {
    if (vowel[0][0] == letter.base) return vowel[upper ? 1 : 0][static_cast<int>(letter.tone)];
  }
  return letter.base;
}

}  // namespace

std::optional<VietnameseLetter> ParseVietnameseLetter(char32_t cp) {
  const auto& letters = Letters();
  auto it = letters.find(cp);
  if (it == letters.end()) return std::nullopt;
  return it->second;
}

Tone CombiningTone(char32_t cp) {
  switch (cp) {
    case 0x0300:
      return Tone::kGrave;
    case 0x0301:
      return Tone::kAcute;
    case 0x0309:
      return Tone::kHook;
    case 0x0303:
      return Tone::kTilde;
    case 0x0323:
      return Tone::kDot;
    default:
      return Tone::kNone;
  }
}

char32_t ToUpperVietnamese(char32_t cp) {
  std::optional<VietnameseLetter> letter = ParseVietnameseLetter(cp);
  return letter ? Compose(*letter, true) : cp;
}

char32_t ToLowerVietnamese(char32_t cp) {
  std::optional<VietnameseLetter> letter = ParseVietnameseLetter(cp);
  return letter ? Compose(*letter, false) : cp;
}

}  // namespace vanban
