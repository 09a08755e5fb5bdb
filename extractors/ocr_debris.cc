#include "extractors/ocr_debris.h"

#include <string>

#include "pipeline/readers/vietnamese_letters.h"
#include "pipeline/readers/vietnamese_score.h"
#include "pipeline/utf8.h"

namespace vanban {
namespace {

// Words or codes between two debris words that end a run of debris.
constexpr int kCleanRun = 3;
// Weight of a run of debris: noise counts two, weak words one.
constexpr int kDebrisWeight = 4;

// Punctuation inside a code or a word: "39/2011/NQ-HĐND", "KH&ĐT", "10%", "Dần-năm".
bool IsInnerPunctuation(char32_t c) {
  return std::u32string_view(U"-–/.,:&'+%()").find(c) != std::u32string_view::npos;
}

struct Letters {
  int letters = 0;
  int digits = 0;
  int upper = 0;
  bool ascii = true;               // every letter in ASCII
  bool inner_punctuation = false;  // punctuation between its letters and digits
  bool foreign = false;            // a character no Vietnamese word or code has
  bool upper_after_lower = false;  // "cÓ"
};

Letters Inspect(std::string_view core) {
  Letters l;
  bool prev_lower = false;
  for (size_t i = 0; i < core.size();) {
    char32_t c = NextCodePoint(core, i);
    if (c >= U'0' && c <= U'9') {
      ++l.digits;
      prev_lower = false;
    } else if (auto letter = ParseVietnameseLetter(c)) {
      ++l.letters;
      l.ascii = l.ascii && c < 0x80;
      if (letter->upper) {
        ++l.upper;
        l.upper_after_lower = l.upper_after_lower || prev_lower;
      }
      prev_lower = !letter->upper;
    } else if (IsInnerPunctuation(c)) {
      l.inner_punctuation = true;
      prev_lower = false;
    } else {
      l.foreign = true;
    }
  }
  return l;
}

bool IsPunctuationOnly(std::string_view word) {
  for (size_t i = 0; i < word.size();) {
    char32_t c = NextCodePoint(word, i);
    if (!IsInnerPunctuation(c) &&
        std::u32string_view(U";()[]\"“”‘’…—").find(c) == std::u32string_view::npos) {
      return false;
    }
  }
  return true;
}

int Weight(WordShape shape) {
  switch (shape) {
    case WordShape::kNoise:
      return 2;
    case WordShape::kWeak:
      return 1;
    default:
      return 0;
  }
}

bool IsDebris(WordShape shape) { return Weight(shape) > 0; }

struct Run {
  size_t first;  // first and last debris word
  size_t last;
  int weight;
};

// Runs of debris words with fewer than kCleanRun words between neighbours; a code ends a run.
std::vector<Run> DebrisRuns(const std::vector<WordShape>& shapes) {
  std::vector<Run> runs;
  bool open = false;
  int clean = 0;
  for (size_t i = 0; i < shapes.size(); ++i) {
    WordShape s = shapes[i];
    if (IsDebris(s)) {
      if (open && clean < kCleanRun) {
        runs.back().last = i;
        runs.back().weight += Weight(s);
      } else {
        runs.push_back({i, i, Weight(s)});
      }
      open = true;
      clean = 0;
    } else if (s == WordShape::kCode) {
      open = false;
    } else if (s == WordShape::kWord) {
      ++clean;
    }
  }
  return runs;
}

}  // namespace

WordShape ClassifyWord(std::string_view word) {
  std::string_view core = TrimEdgePunctuation(word);
  if (core.empty()) return IsPunctuationOnly(word) ? WordShape::kPunctuation : WordShape::kNoise;
  Letters l = Inspect(core);
  if (l.foreign || l.upper_after_lower) return WordShape::kNoise;
  if (l.letters == 0 && l.digits == 0) {
    return IsPunctuationOnly(core) ? WordShape::kPunctuation : WordShape::kNoise;
  }
  if (l.digits > 0) {
    if (l.letters == 0) return l.digits >= 2 ? WordShape::kCode : WordShape::kWeak;
    // "COVID-19", "39/2011/NQ-HĐND", "H5N1"; but "T56", "L2", "F0" could be debris.
    bool glued_short = !l.inner_punctuation && l.letters + l.digits <= 3;
    return glued_short ? WordShape::kWeak : WordShape::kCode;
  }
  if (l.letters == 1) return WordShape::kWeak;
  if (!l.inner_punctuation && IsVietnameseSyllable(core)) return WordShape::kWord;
  bool capitals = l.upper == l.letters;
  if (capitals) return l.letters >= 3 || l.inner_punctuation ? WordShape::kCode : WordShape::kWeak;
  if (l.inner_punctuation) return WordShape::kCode;  // "Dần-năm", "KT-XH" in mixed case
  // Latin words ("Dengue", "online") are codes; a word with Vietnamese marks that is no
  // syllable is glued or misread ("Vềviệc", "tăngcường").
  return l.ascii && l.letters >= 3 ? WordShape::kCode : WordShape::kWeak;
}

std::vector<SubjectWord> DropOcrDebris(std::vector<SubjectWord> words) {
  std::vector<WordShape> shapes;
  for (const SubjectWord& w : words) shapes.push_back(ClassifyWord(w.text));
  std::vector<bool> drop(words.size(), false);
  bool any = false;
  for (const Run& run : DebrisRuns(shapes)) {
    if (run.weight < kDebrisWeight) continue;
    any = true;
    size_t first = run.first;
    size_t last = run.last;
    // Fewer than kCleanRun words between the run and the end of its line go with it.
    size_t b = first;
    int clean = 0;
    while (b > 0 && words[b - 1].line == words[first].line && shapes[b - 1] != WordShape::kCode) {
      --b;
      if (shapes[b] == WordShape::kWord) ++clean;
    }
    if (clean < kCleanRun && (b == 0 || words[b - 1].line != words[first].line)) first = b;
    size_t e = last;
    clean = 0;
    while (e + 1 < words.size() && words[e + 1].line == words[last].line &&
           shapes[e + 1] != WordShape::kCode) {
      ++e;
      if (shapes[e] == WordShape::kWord) ++clean;
    }
    if (clean < kCleanRun && (e + 1 == words.size() || words[e + 1].line != words[last].line)) {
      last = e;
    }
    for (size_t i = first; i <= last; ++i) drop[i] = true;
  }
  if (!any) return words;
  std::vector<SubjectWord> kept;
  int kept_words = 0;
  for (size_t i = 0; i < words.size(); ++i) {
    if (drop[i]) continue;
    kept.push_back(words[i]);
    if (shapes[i] == WordShape::kWord) ++kept_words;
  }
  return kept_words >= kCleanRun ? kept : words;
}

}  // namespace vanban
