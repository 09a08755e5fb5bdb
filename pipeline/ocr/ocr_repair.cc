#include "pipeline/ocr/ocr_repair.h"

#include <algorithm>
#include <cmath>
#include <optional>
#include <unordered_set>
#include <vector>

#include "pipeline/ocr/syllable.h"
#include "pipeline/readers/vietnamese_letters.h"
#include "pipeline/utf8.h"

namespace vanban {
namespace {

// Log-probability (nats) a candidate must gain for each unit of change: a tone mark or a
// vowel mark (a/ă/â, o/ô/ơ, d/đ) is one unit, a letter added, dropped or replaced three.
constexpr double kCostPerUnit = 2.0;
constexpr double kLetterUnits = 3.0;
// Extra gain asked of a change, in nats, for a word read with confidence 100; scaled down
// linearly with Tesseract's confidence.
constexpr double kConfidenceMargin = 4.0;
// Extra gain asked of a change to a capitalized syllable inside a sentence: most are names
// ("Thăng Long", "Ba Vì"), which the frequency tables know less well than common words.
constexpr double kNameMargin = 3.0;
// A word the corpus has seen is only changed for a candidate that the corpus has seen that
// often next to one of its neighbours: frequency alone does not make "dần" a misread "dân".
constexpr uint32_t kMinPairEvidence = 10;
// A seen word read with at least this confidence keeps its letters: only its marks may
// change (Tesseract's vie model is sure of letters far more often than of marks).
constexpr float kTrustedLetters = 80;
// Weight of the single-syllable frequency when a pair was never seen (additive smoothing of
// the pair counts towards the unigram distribution).
constexpr double kPairSmoothing = 20.0;
// Relative likelihood of a valid syllable the tables never saw, and of a non-syllable.
constexpr double kUnseenSyllable = 0.05;
constexpr double kNonSyllable = 0.005;

enum class Case { kLower, kTitle, kUpper, kMixed };

struct Letters {
  std::u32string bases;  // lower case, without tone
  Tone tone = Tone::kNone;
};

// The letters of a word of Vietnamese letters, or nullopt when it has anything else.
std::optional<Letters> DecodeLetters(std::string_view word) {
  Letters out;
  size_t pos = 0;
  while (pos < word.size()) {
    const std::optional<VietnameseLetter> letter = ParseVietnameseLetter(NextCodePoint(word, pos));
    if (!letter) return std::nullopt;
    if (letter->tone != Tone::kNone) out.tone = letter->tone;
    out.bases += letter->base;
  }
  return out;
}

Case CaseOf(std::string_view word) {
  size_t pos = 0;
  size_t count = 0;
  size_t upper = 0;
  bool first_upper = false;
  while (pos < word.size()) {
    const std::optional<VietnameseLetter> letter = ParseVietnameseLetter(NextCodePoint(word, pos));
    if (letter && letter->upper) {
      ++upper;
      if (count == 0) first_upper = true;
    }
    ++count;
  }
  if (upper == 0) return Case::kLower;
  if (upper == count) return Case::kUpper;
  if (upper == 1 && first_upper) return Case::kTitle;
  return Case::kMixed;
}

std::string WithCase(std::string_view key, Case kind) {
  std::string out;
  size_t pos = 0;
  bool first = true;
  while (pos < key.size()) {
    const char32_t cp = NextCodePoint(key, pos);
    const bool up = kind == Case::kUpper || (kind == Case::kTitle && first);
    AppendUtf8(out, up ? ToUpperVietnamese(cp) : cp);
    first = false;
  }
  return out;
}

bool IsAsciiDigit(char32_t c) { return c >= U'0' && c <= U'9'; }

bool IsAscii(std::string_view word) {
  return std::all_of(word.begin(), word.end(), [](char c) { return (c & 0x80) == 0; });
}

bool IsRomanNumeral(std::string_view word) {
  return word.find_first_not_of("IVXLCDM") == std::string_view::npos;
}

// Capitals without marks that are no syllable: an abbreviation ("UBND", "KGVX"), unless
// the same letters with marks make one, as in a bold header that lost them ("TICH": tịch).
bool IsBareCapitals(std::string_view word, Case kind) {
  return kind != Case::kLower && IsAscii(word) && !IsSyllable(word);
}

// Words never changed: mixed case, words without a vowel ("ĐT", "vs"), abbreviations,
// Roman numerals, single ASCII letters (list markers "a)").
bool Protected(std::string_view word, const Letters& letters, Case kind,
               const SyllableLexicon& lexicon) {
  if (kind == Case::kMixed) return true;
  const bool has_vowel = std::any_of(letters.bases.begin(), letters.bases.end(), [](char32_t c) {
    return std::u32string_view(U"aăâeêioôơuưy").find(c) != std::u32string_view::npos;
  });
  if (!has_vowel) return true;
  if (IsAscii(word)) {
    if (word.size() == 1) return true;
    if (kind != Case::kLower && IsRomanNumeral(word)) return true;
    if (IsBareCapitals(word, kind) && lexicon.WithSkeleton(Skeleton(word)).empty()) return true;
  }
  return false;
}

// Units of change between two syllables: tone, then a weighted edit distance over their
// base letters (a mark changed: 1; a letter added, dropped or replaced: kLetterUnits).
double ChangeUnits(const Letters& from, const Letters& to) {
  const std::u32string& a = from.bases;
  const std::u32string& b = to.bases;
  std::vector<double> row(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) row[j] = j * kLetterUnits;
  for (size_t i = 1; i <= a.size(); ++i) {
    double diagonal = row[0];
    row[0] = i * kLetterUnits;
    for (size_t j = 1; j <= b.size(); ++j) {
      double substitute = a[i - 1] == b[j - 1]                         ? 0
                          : AsciiBase(a[i - 1]) == AsciiBase(b[j - 1]) ? 1
                                                                       : kLetterUnits;
      const double best =
          std::min({diagonal + substitute, row[j] + kLetterUnits, row[j - 1] + kLetterUnits});
      diagonal = row[j];
      row[j] = best;
    }
  }
  return row[b.size()] + (from.tone == to.tone ? 0 : 1);
}

class Scorer {
 public:
  explicit Scorer(const SyllableLexicon& lexicon)
      : lexicon_(lexicon),
        denominator_(static_cast<double>(lexicon.total()) + 0.5 * lexicon.size() + 1) {}

  double Unigram(std::string_view key) const {
    if (lexicon_.Contains(key)) return (lexicon_.Count(key) + 0.5) / denominator_;
    return (IsSyllable(key) ? kUnseenSyllable : kNonSyllable) / denominator_;
  }

  // P(word | previous); the unigram without a previous word. The occurrences of `previous`
  // that no pair of the table accounts for (pairs too rare to be kept, and kPairSmoothing
  // more) are shared out in proportion to the unigram: after a frequent word an absent pair
  // is not less likely than after a rare one.
  double Conditional(std::string_view previous, std::string_view key) const {
    const double unigram = Unigram(key);
    if (previous.empty()) return unigram;
    const double seen = lexicon_.Count(previous);
    const double listed = std::min<double>(lexicon_.PairsFrom(previous), seen);
    const double rest = seen - listed + kPairSmoothing;
    return (lexicon_.PairCount(previous, key) + rest * unigram) / (seen + kPairSmoothing);
  }

  // log P(key | previous) + log P(next | key).
  double Score(std::string_view previous, std::string_view key, std::string_view next) const {
    double score = std::log(Conditional(previous, key));
    if (!next.empty()) score += std::log(Conditional(key, next));
    return score;
  }

 private:
  const SyllableLexicon& lexicon_;
  double denominator_;
};

// Keys of the lexicon that share the skeleton of `key` or, with `letter_edits`, are one
// letter edit away from it.
std::vector<std::string> Candidates(std::string_view key, bool letter_edits,
                                    const SyllableLexicon& lexicon) {
  std::unordered_set<std::string> seen;
  std::vector<std::string> out;
  auto add = [&](std::string_view skeleton) {
    for (const std::string& candidate : lexicon.WithSkeleton(skeleton)) {
      if (candidate != key && seen.insert(candidate).second) out.push_back(candidate);
    }
  };
  const std::string skeleton = Skeleton(key);
  add(skeleton);
  if (!letter_edits || skeleton.size() < 2 || !IsAscii(skeleton)) return out;
  std::string edit;
  for (size_t i = 0; i <= skeleton.size(); ++i) {
    for (char c = 'a'; c <= 'z'; ++c) {
      edit = skeleton;
      edit.insert(edit.begin() + i, c);
      add(edit);
      if (i < skeleton.size() && skeleton[i] != c) {
        edit = skeleton;
        edit[i] = c;
        add(edit);
      }
    }
    if (i < skeleton.size()) {
      edit = skeleton;
      edit.erase(i, 1);
      add(edit);
    }
  }
  return out;
}

// The letters of an OCR word between the punctuation around them: [begin, end) of `raw`.
struct WordCore {
  size_t begin = 0;
  size_t end = 0;
  bool letters = false;      // the core is all Vietnamese letters
  bool lead_signs = false;   // punctuation before the letters
  bool trail_signs = false;  // punctuation after the letters
};

WordCore CoreOf(std::string_view raw, Span span) {
  WordCore core{span.begin, span.end};
  while (core.begin < core.end) {
    const DecodedCodePoint cp = DecodeUtf8(raw, core.begin);
    if (ParseVietnameseLetter(cp.value) || IsAsciiDigit(cp.value)) break;
    core.begin += cp.length;
    core.lead_signs = true;
  }
  while (core.end > core.begin) {
    const DecodedCodePoint cp = DecodeUtf8Before(raw, core.end);
    if (ParseVietnameseLetter(cp.value) || IsAsciiDigit(cp.value)) break;
    core.end -= cp.length;
    core.trail_signs = true;
  }
  core.letters =
      core.end > core.begin && DecodeLetters(raw.substr(core.begin, core.end - core.begin));
  return core;
}

// Letters OCR reads in place of a digit: l I | ] for 1, O o for 0.
char DigitFor(char c) {
  switch (c) {
    case 'l':
    case 'I':
    case '|':
    case ']':
      return '1';
    case 'O':
    case 'o':
      return '0';
    default:
      return 0;
  }
}

bool IsNumberSeparator(char c) {
  return std::string_view("/.-,:;()").find(c) != std::string_view::npos;
}

// `token` with digit look-alikes made digits inside each run of it between separators that
// holds a digit and nothing else but look-alikes: "1]" -> "11", "l8/2020" -> "18/2020".
std::string RepairNumber(std::string_view token) {
  std::string out(token);
  size_t begin = 0;
  while (begin < out.size()) {
    size_t end = begin;
    while (end < out.size() && !IsNumberSeparator(out[end])) ++end;
    bool digit = false;
    bool only = end - begin >= 2;
    for (size_t i = begin; i < end && only; ++i) {
      if (IsAsciiDigit(static_cast<unsigned char>(out[i]))) {
        digit = true;
      } else if (DigitFor(out[i]) == 0) {
        only = false;
      }
    }
    if (digit && only) {
      for (size_t i = begin; i < end; ++i) {
        if (const char d = DigitFor(out[i])) out[i] = d;
      }
    }
    begin = end + 1;
  }
  return out;
}

// A token of rule characters only: the line under a header or a signature read as text
// ("___", "———"). A lone dash or two ("-", "—-") may be punctuation and is kept.
bool IsRuleLine(std::string_view token) {
  bool underscore = false;
  size_t count = 0;
  size_t pos = 0;
  while (pos < token.size()) {
    const char32_t c = NextCodePoint(token, pos);
    if (std::u32string_view(U"_-\u2013\u2014~=").find(c) == std::u32string_view::npos) return false;
    underscore = underscore || c == U'_';
    ++count;
  }
  return count > 0 && (underscore || count >= 3);
}

// `token` with a space put between a word and a number OCR glued together ("ngày23" ->
// "ngày 23", "ngày82tháng" -> "ngày 82 tháng"): only where the run of letters is a syllable
// the corpus has seen, in lower case or capitalized, so that codes ("QH15", "H5N1") stay.
std::string SplitGluedNumbers(std::string_view token, const SyllableLexicon& lexicon) {
  struct Run {
    size_t begin;
    size_t end;
    bool letters;
  };
  std::vector<Run> runs;
  size_t pos = 0;
  while (pos < token.size()) {
    const size_t begin = pos;
    const char32_t c = NextCodePoint(token, pos);
    const bool letter = ParseVietnameseLetter(c).has_value();
    const bool digit = IsAsciiDigit(c);
    if (!runs.empty() && runs.back().end == begin && (letter || digit) &&
        runs.back().letters == letter) {
      runs.back().end = pos;
    } else {
      runs.push_back(Run{begin, pos, letter});
      if (!letter && !digit) runs.back().letters = false;
    }
  }
  auto is_word = [&](const Run& run) {
    const std::string_view letters = token.substr(run.begin, run.end - run.begin);
    const Case kind = CaseOf(letters);
    return run.letters && (kind == Case::kLower || kind == Case::kTitle) &&
           CountCodePoints(letters) >= 2 && lexicon.Count(SyllableKey(letters)) > 0;
  };
  auto is_digits = [&](const Run& run) {
    return !run.letters && IsAsciiDigit(static_cast<unsigned char>(token[run.begin]));
  };
  std::string out;
  for (size_t i = 0; i < runs.size(); ++i) {
    if (i > 0 && ((is_word(runs[i - 1]) && is_digits(runs[i])) ||
                  (is_digits(runs[i - 1]) && is_word(runs[i])))) {
      out += ' ';
    }
    out += token.substr(runs[i].begin, runs[i].end - runs[i].begin);
  }
  return out;
}

// Whether `token` is the first half of a document number split after its dash
// ("18/2025/TT-" then "BCT"): digits, a slash, and a dash at the end.
bool IsSplitNumberHead(std::string_view token) {
  return token.size() >= 3 && token.back() == '-' && token.find('/') != std::string_view::npos &&
         IsAsciiDigit(static_cast<unsigned char>(token.front()));
}

// Whether `token` can end a split document number: capitals (with Đ), digits and dashes,
// then at most closing punctuation ("BCT", "NĐ-CP;").
bool IsNumberTail(std::string_view token) {
  size_t pos = 0;
  size_t capitals = 0;
  bool closing = false;
  while (pos < token.size()) {
    const char32_t c = NextCodePoint(token, pos);
    const std::optional<VietnameseLetter> letter = ParseVietnameseLetter(c);
    const bool capital = letter && letter->upper && letter->tone == Tone::kNone &&
                         (letter->base < 0x80 || letter->base == U'đ');
    if (!closing && capital) {
      ++capitals;
    } else if (std::u32string_view(U".,;:)").find(c) != std::u32string_view::npos) {
      closing = true;
    } else if (closing || !(IsAsciiDigit(c) || c == U'-')) {
      return false;
    }
  }
  return capitals >= 2;
}

// The digits of a number token's core ("6", "2024", "06/3/2024", after RepairNumber), or
// "" when it is not one.
std::string NumberOf(std::string_view raw, const WordCore& core) {
  if (core.letters || core.end <= core.begin) return "";
  std::string number = RepairNumber(raw.substr(core.begin, core.end - core.begin));
  const bool digits = std::all_of(number.begin(), number.end(), [](char c) {
    return IsAsciiDigit(static_cast<unsigned char>(c)) || c == '/' || c == '.';
  });
  return digits && IsAsciiDigit(static_cast<unsigned char>(number[0])) ? number : "";
}

// The word a date line's pattern puts where a word of this skeleton stands, or "" when the
// pattern does not hold: "ngày 06 tháng 3 năm 2024", "ngày 06/3/2024". A misread date
// word between numbers ("ngày 6 thắng 3") has one reading only.
std::string_view DateWordFor(std::string_view skeleton, bool number_before,
                             std::string_view number_after, std::string_view skeleton_after) {
  if (number_after.empty()) return "";
  if (skeleton == "thang" && number_before) return "tháng";
  if (skeleton == "nam" && number_before && number_after.size() == 4 &&
      number_after.find_first_of("/.") == std::string_view::npos) {
    return "năm";
  }
  if (skeleton == "ngay" &&
      (number_after.find('/') != std::string_view::npos || skeleton_after == "thang")) {
    return "ngày";
  }
  return "";
}

}  // namespace

std::string RepairWord(std::string_view previous, std::string_view word, std::string_view next,
                       float confidence, const SyllableLexicon& lexicon) {
  const std::optional<Letters> letters = DecodeLetters(word);
  if (!letters || letters->bases.empty()) return std::string(word);
  const Case kind = CaseOf(word);
  if (Protected(word, *letters, kind, lexicon)) return std::string(word);

  const Scorer scorer(lexicon);
  const std::string key = SyllableKey(word);
  double margin = kConfidenceMargin * std::clamp(confidence, 0.0f, 100.0f) / 100.0;
  if (kind == Case::kTitle && !previous.empty() && IsSyllable(word)) margin += kNameMargin;
  double best_score = scorer.Score(previous, key, next) + margin;
  const std::string* best = nullptr;
  const bool seen = lexicon.Count(key) > 0;
  const bool letter_edits = (!seen || confidence < kTrustedLetters) && !IsBareCapitals(word, kind);
  const std::vector<std::string> candidates = Candidates(key, letter_edits, lexicon);
  for (const std::string& candidate : candidates) {
    const std::optional<Letters> to = DecodeLetters(candidate);
    if (!to) continue;
    if (seen &&
        std::max(previous.empty() ? 0 : lexicon.PairCount(previous, candidate),
                 next.empty() ? 0 : lexicon.PairCount(candidate, next)) < kMinPairEvidence) {
      continue;
    }
    const double score =
        scorer.Score(previous, candidate, next) - kCostPerUnit * ChangeUnits(*letters, *to);
    if (score > best_score) {
      best_score = score;
      best = &candidate;
    }
  }
  return best ? WithCase(*best, kind) : std::string(word);
}

TextPass RepairOcrWords(std::string_view raw, std::span<const OcrWord> words,
                        const SyllableLexicon& lexicon) {
  TextBuilder out(raw);
  std::vector<WordCore> cores;
  cores.reserve(words.size());
  for (const OcrWord& word : words) {
    cores.push_back(word.raw.end <= raw.size() && word.raw.begin <= word.raw.end
                        ? CoreOf(raw, word.raw)
                        : WordCore{});
  }
  // Two words are neighbours when nothing but one line's spacing separates their letters.
  auto adjacent = [&](size_t left, size_t right) {
    const WordCore& a = cores[left];
    const WordCore& b = cores[right];
    if (!a.letters || !b.letters || a.trail_signs || b.lead_signs || a.end > b.begin) return false;
    return raw.substr(a.end, b.begin - a.end).find("\n\n") == std::string_view::npos;
  };
  size_t copied = 0;
  std::string previous;  // key of the previous word as repaired
  for (size_t i = 0; i < words.size(); ++i) {
    const WordCore& core = cores[i];
    if (!core.letters || core.begin < copied) {
      previous.clear();
      const Span span = words[i].raw;
      if (core.letters || span.begin < copied || span.end > raw.size() || span.begin >= span.end) {
        continue;
      }
      const std::string_view token = raw.substr(span.begin, span.end - span.begin);
      const std::string repaired =
          IsRuleLine(token) ? std::string() : RepairNumber(SplitGluedNumbers(token, lexicon));
      // The two halves of a split document number are joined over the space between them.
      size_t end = span.end;
      if (i + 1 < words.size() && IsSplitNumberHead(repaired)) {
        const Span next = words[i + 1].raw;
        if (next.begin >= span.end && next.end <= raw.size() &&
            raw.substr(span.end, next.begin - span.end).find_first_not_of(" \n") ==
                std::string_view::npos &&
            raw.substr(span.end, next.begin - span.end).find("\n\n") == std::string_view::npos &&
            IsNumberTail(raw.substr(next.begin, next.end - next.begin))) {
          end = next.begin;
        }
      }
      if (repaired != token || end != span.end) {
        out.Copy(copied, span.begin - copied);
        out.Replace(span.begin, end - span.begin, repaired);
        copied = end;
      }
      continue;
    }
    const std::string_view word = raw.substr(core.begin, core.end - core.begin);
    std::string next;
    if (i + 1 < words.size() && adjacent(i, i + 1)) {
      next = SyllableKey(raw.substr(cores[i + 1].begin, cores[i + 1].end - cores[i + 1].begin));
    }
    const bool after_previous = i > 0 && adjacent(i - 1, i);
    std::string repaired = RepairWord(after_previous ? previous : std::string_view(), word, next,
                                      words[i].confidence, lexicon);
    const std::string number_after = i + 1 < words.size() ? NumberOf(raw, cores[i + 1]) : "";
    const std::string_view date_word = DateWordFor(
        Skeleton(word), i > 0 && !NumberOf(raw, cores[i - 1]).empty(), number_after,
        i + 2 < words.size() && cores[i + 2].letters
            ? Skeleton(raw.substr(cores[i + 2].begin, cores[i + 2].end - cores[i + 2].begin))
            : std::string());
    if (!date_word.empty() && CaseOf(word) != Case::kMixed) {
      repaired =
          SyllableKey(word) == date_word ? std::string(word) : WithCase(date_word, CaseOf(word));
    }
    if (repaired != word) {
      out.Copy(copied, core.begin - copied);
      out.Replace(core.begin, core.end - core.begin, repaired);
      copied = core.end;
    }
    previous = SyllableKey(repaired);
  }
  out.Copy(copied, raw.size() - copied);
  return std::move(out).Finish();
}

}  // namespace vanban
