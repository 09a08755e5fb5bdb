#include "extractors/diacritic_evidence.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <string>

#include "pipeline/normalize/fold.h"
#include "pipeline/readers/vietnamese_letters.h"
#include "pipeline/readers/vietnamese_score.h"
#include "pipeline/utf8.h"

namespace vanban {
namespace {

constexpr int kMinOccurrences = 2;
constexpr int kMinRatio = 2;  // the document's form against the subject's own

// Each code point's letter without its marks, in lower case ("ầ" -> 'a', "Đ" -> 'd'), or 0
// for no letter: FoldAscii letter by letter, from the letter table, for the long scans.
constexpr char32_t kLetterTableEnd = 0x1F00;  // Vietnamese letters all lie below U+1F00
using LetterTable = std::array<char, kLetterTableEnd>;

const LetterTable& AsciiLetters() {
  static const LetterTable* table = [] {
    auto* t = new LetterTable{};
    for (char32_t cp = 0; cp < kLetterTableEnd; ++cp) {
      auto letter = ParseVietnameseLetter(cp);
      if (!letter) continue;
      std::u32string_view from = U"ăâêôơưđ";
      size_t at = from.find(letter->base);
      (*t)[cp] = at == std::u32string_view::npos ? static_cast<char>(letter->base) : "aaeooud"[at];
    }
    return t;
  }();
  return *table;
}

bool IsSpace(char32_t c) {
  return c == U' ' || c == U'\t' || c == U'\n' || c == U'\r' || c == 0xA0;
}

// A run of letters ("Dần" and "năm" in "Dần-năm") and its key: its letters without marks
// ("dan"), five bits each, or kLongRun past twelve letters (no syllable is that long).
struct LetterRun {
  Span span;
  uint64_t key = 0;
  bool after_space = false;  // only white space between it and the run before it
};
constexpr uint64_t kLongRun = ~uint64_t{0};
constexpr int kMaxKeyLetters = 12;

// The code point at text[i] (i < text.size()), as DecodeUtf8 gives it: two-byte letters and
// those of Latin Extended Additional (lead byte 0xE1) are decoded here, without a call.
inline DecodedCodePoint DecodeLetterAt(std::string_view text, size_t i) {
  const auto byte = [&](size_t at) { return static_cast<unsigned char>(text[at]); };
  const unsigned char lead = byte(i);
  if (lead < 0x80) return {lead, 1};
  if (lead >= 0xC2 && lead <= 0xDF && i + 1 < text.size() && (byte(i + 1) & 0xC0) == 0x80) {
    return {static_cast<char32_t>((lead & 0x1F) << 6 | (byte(i + 1) & 0x3F)), 2};
  }
  if (lead == 0xE1 && i + 2 < text.size() && (byte(i + 1) & 0xC0) == 0x80 &&
      (byte(i + 2) & 0xC0) == 0x80) {
    return {static_cast<char32_t>(0x1000 | (byte(i + 1) & 0x3F) << 6 | (byte(i + 2) & 0x3F)), 3};
  }
  return DecodeUtf8Multibyte(text, i);
}

// Calls visit(run) for each letter run of text[part.begin, part.end), in order. One pass
// that decodes each code point once: this scans the whole document.
template <typename Visit>
void ForEachLetterRun(std::string_view text, Span part, Visit visit) {
  const LetterTable& table = AsciiLetters();
  LetterRun run;
  int letters = 0;          // in the current run; 0 outside a run
  bool only_space = false;  // since the last run
  auto end_run = [&](size_t end) {
    run.span.end = end;
    // Keys past kMaxKeyLetters letters have lost their first letters: no syllable's.
    if (letters > kMaxKeyLetters) run.key = kLongRun;
    run.after_space = only_space;
    visit(run);
    only_space = true;
    letters = 0;
  };
  size_t i = part.begin;
  while (i < part.end) {
    const DecodedCodePoint c = DecodeLetterAt(text, i);
    const char letter = c.value < kLetterTableEnd ? table[c.value] : '\0';
    if (letter) {
      if (letters == 0) {
        run.span.begin = i;
        run.key = 0;
      }
      ++letters;
      run.key = run.key << 5 | static_cast<uint64_t>(letter - 'a' + 1);
      i += c.length;
      continue;
    }
    if (letters > 0) end_run(i);
    only_space = only_space && IsSpace(c.value);
    i += c.length;
  }
  if (letters > 0) end_run(i);
}

std::vector<LetterRun> LetterRuns(std::string_view text, Span part) {
  std::vector<LetterRun> runs;
  ForEachLetterRun(text, part, [&](const LetterRun& run) { runs.push_back(run); });
  return runs;
}

// The form of a pair of neighbouring words: "nhâm dần" for "Nhâm Dần".
std::string PairForm(std::string_view a, std::string_view b) {
  return FoldKey(std::string(a) + " " + std::string(b));
}

// How often each form of the wanted pairs (by their keys) stands in the text.
using FormCounts = std::map<std::string, int>;
class PairCounter {
 public:
  void Want(const LetterRun& a, const LetterRun& b) {
    if (a.key == kLongRun || b.key == kLongRun) return;
    pairs_[{a.key, b.key}];
    for (uint64_t key : {a.key, b.key}) {
      filter_[Bucket(key) / 64] |= uint64_t{1} << Bucket(key) % 64;
      words_.insert(std::lower_bound(words_.begin(), words_.end(), key), key);
    }
  }

  // Counts the pairs as printed; Forms() folds each printed form once.
  void Count(std::string_view text, Span part) {
    uint64_t prev_key = 0;  // 0 when the word before is no wanted word
    Span prev;
    ForEachLetterRun(text, part, [&](const LetterRun& run) {
      bool wanted = IsWanted(run.key);
      if (wanted && prev_key != 0 && run.after_space) {
        auto it = pairs_.find({prev_key, run.key});
        if (it != pairs_.end()) {
          std::string printed(text.substr(prev.begin, prev.size()));
          ++it->second[printed.append(" ").append(text.substr(run.span.begin, run.span.size()))];
        }
      }
      prev_key = wanted ? run.key : 0;
      prev = run.span;
    });
  }

  // The forms of the pair a b (FoldKey: lower case, one tone placement) and their counts;
  // empty for a pair not wanted.
  FormCounts Forms(const LetterRun& a, const LetterRun& b) const {
    FormCounts forms;
    auto it = pairs_.find({a.key, b.key});
    if (it == pairs_.end()) return forms;
    for (const auto& [printed, count] : it->second) forms[FoldKey(printed)] += count;
    return forms;
  }

 private:
  // One of 4096 buckets: a bit filter rejects most words of the text before any search.
  static size_t Bucket(uint64_t key) { return (key * 0x9E3779B97F4A7C15u) >> 52; }

  bool IsWanted(uint64_t key) const {
    size_t b = Bucket(key);
    return (filter_[b / 64] >> b % 64 & 1) && std::binary_search(words_.begin(), words_.end(), key);
  }

  std::map<std::pair<uint64_t, uint64_t>, FormCounts> pairs_;  // printed forms, counted
  std::vector<uint64_t> words_;                                // keys of their words, sorted
  std::array<uint64_t, 64> filter_{};                          // their buckets
};

// The form the document prefers over `own` (the subject's form), or nullopt.
std::optional<std::string> PreferredForm(const FormCounts& forms, const std::string& own) {
  auto own_it = forms.find(own);
  const int own_count = 1 + (own_it == forms.end() ? 0 : own_it->second);
  const std::string* best = nullptr;
  int best_count = 0;
  bool tie = false;
  for (const auto& [form, count] : forms) {
    if (form == own) continue;
    if (count > best_count) {
      best = &form;
      best_count = count;
      tie = false;
    } else if (count == best_count) {
      tie = true;
    }
  }
  if (!best || tie || best_count < kMinOccurrences || best_count < kMinRatio * own_count) {
    return std::nullopt;
  }
  return *best;
}

// True when the text outside the subject writes the pair as the subject does, at least
// kMinOccurrences times and at least as often as in any other form.
bool IsConfirmed(const FormCounts& forms, const std::string& own) {
  auto own_it = forms.find(own);
  if (own_it == forms.end() || own_it->second < kMinOccurrences) return false;
  for (const auto& [form, count] : forms) {
    if (count > own_it->second) return false;
  }
  return true;
}

bool HasMarks(std::string_view word) { return FoldAscii(word) != FoldKey(word); }

// `form`'s letters (lower case, as FoldKey writes them) in the case of `printed`'s; both have
// one code point per letter.
std::string InCaseOf(std::string_view form, std::string_view printed) {
  std::string out;
  size_t i = 0;
  size_t j = 0;
  while (i < form.size()) {
    char32_t f = NextCodePoint(form, i);
    char32_t p = j < printed.size() ? NextCodePoint(printed, j) : f;
    auto letter = ParseVietnameseLetter(p);
    AppendUtf8(out, letter && letter->upper ? ToUpperVietnamese(f) : f);
  }
  return out;
}

// A subject word's letter run, with the word it belongs to.
struct Piece {
  size_t word;
  LetterRun run;
};

// The letter runs of the words still as printed (a repaired word's text is no longer the
// text at its span); a run after a word's start or before its end has punctuation beside it.
std::vector<Piece> SubjectPieces(const std::vector<SubjectWord>& words, std::string_view text) {
  std::vector<Piece> pieces;
  for (size_t w = 0; w < words.size(); ++w) {
    const Span s = words[w].span;
    if (text.substr(s.begin, s.size()) != words[w].text) continue;
    for (LetterRun run : LetterRuns(text, s)) {
      bool first = run.span.begin == s.begin;
      run.after_space = first && !pieces.empty() && pieces.back().word + 1 == w &&
                        pieces.back().run.span.end == words[w - 1].span.end;
      pieces.push_back({w, run});
    }
  }
  return pieces;
}

}  // namespace

std::vector<SubjectWord> RestoreDiacritics(std::vector<SubjectWord> words, std::string_view text) {
  std::vector<Piece> pieces = SubjectPieces(words, text);
  auto printed = [&](size_t p) {
    return text.substr(pieces[p].run.span.begin, pieces[p].run.span.size());
  };
  PairCounter counter;
  bool any = false;
  for (size_t p = 1; p < pieces.size(); ++p) {
    if (!pieces[p].run.after_space) continue;
    counter.Want(pieces[p - 1].run, pieces[p].run);
    any = true;
  }
  if (!any) return words;
  const Span subject = {words.front().span.begin, words.back().span.end};
  counter.Count(text, {0, subject.begin});
  counter.Count(text, {subject.end, text.size()});

  // The form each piece is given ("" where two pairs disagree), and whether a pair the
  // document confirms as printed holds it: "NỘI DUNG QUY ĐỊNH" keeps "DUNG" although the
  // document writes "đúng quy" more often than "dung quy".
  std::vector<std::optional<std::string>> given(pieces.size());
  std::vector<bool> confirmed(pieces.size(), false);
  auto give = [&](size_t p, const std::string& form) {
    given[p] = given[p] && *given[p] != form ? std::string() : form;
  };
  for (size_t p = 1; p < pieces.size(); ++p) {
    if (!pieces[p].run.after_space) continue;
    std::string_view a = printed(p - 1);
    std::string_view b = printed(p);
    const FormCounts forms = counter.Forms(pieces[p - 1].run, pieces[p].run);
    const std::string own = PairForm(a, b);
    if (IsConfirmed(forms, own)) {
      confirmed[p - 1] = confirmed[p] = true;
      continue;
    }
    auto form = PreferredForm(forms, own);
    if (!form) continue;
    size_t space = form->find(' ');
    std::string first = form->substr(0, space);
    std::string second = form->substr(space + 1);
    // Never a form that is no syllable or that drops every mark of a word ("nham dan").
    if (!IsVietnameseSyllable(first) || !IsVietnameseSyllable(second) ||
        (HasMarks(a) && !HasMarks(first)) || (HasMarks(b) && !HasMarks(second))) {
      continue;
    }
    give(p - 1, first);
    give(p, second);
  }
  // Rewrite the words, last piece first: a word's earlier offsets stay valid.
  for (size_t p = pieces.size(); p-- > 0;) {
    if (confirmed[p] || !given[p] || given[p]->empty() || FoldKey(printed(p)) == *given[p]) {
      continue;
    }
    SubjectWord& w = words[pieces[p].word];
    const Span s = pieces[p].run.span;
    w.text.replace(s.begin - w.span.begin, s.size(), InCaseOf(*given[p], printed(p)));
  }
  return words;
}

}  // namespace vanban
