// The letters of the Vietnamese alphabet as the readers need them: which vowel and tone a
// precomposed letter is, and its other case. Everything else (ASCII consonants aside) is
// not a Vietnamese letter here.
#pragma once

#include <optional>

namespace vanban {

// Tone marks in dictionary order: ngang (none), huyền, sắc, hỏi, ngã, nặng.
enum class Tone { kNone, kGrave, kAcute, kHook, kTilde, kDot };

struct VietnameseLetter {
  char32_t base = 0;  // lower case without tone mark: U'a', U'ă', U'â', U'đ', U'n', ...
  Tone tone = Tone::kNone;
  bool upper = false;
  bool vowel = false;  // a ă â e ê i o ô ơ u ư y
};

// The letter `cp` is, or nullopt when it is not a letter of the Vietnamese alphabet (ASCII
// letters all count, f j w z included). Example: ParseVietnameseLetter(U'Ặ') ==
// {U'ă', Tone::kDot, /*upper=*/true, /*vowel=*/true}.
std::optional<VietnameseLetter> ParseVietnameseLetter(char32_t cp);

// The tone a combining mark adds (U+0300 grave, U+0301 acute, U+0309 hook, U+0303 tilde,
// U+0323 dot below, the marks windows-1258 writes), or Tone::kNone for any other character.
Tone CombiningTone(char32_t cp);

// The other case of a Vietnamese letter; other characters are returned unchanged.
// Example: ToUpperVietnamese(U'ộ') == U'Ộ', ToLowerVietnamese(U'Đ') == U'đ'.
char32_t ToUpperVietnamese(char32_t cp);
char32_t ToLowerVietnamese(char32_t cp);

}  // namespace vanban
