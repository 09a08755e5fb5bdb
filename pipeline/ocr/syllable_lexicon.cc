#include "pipeline/ocr/syllable_lexicon.h"

#include <charconv>
#include <optional>

#include "pipeline/embedded_data.h"
#include "pipeline/normalize/tone_marks.h"
#include "pipeline/ocr/syllable.h"
#include "pipeline/readers/vietnamese_letters.h"
#include "pipeline/utf8.h"

namespace vanban {
namespace {

// Calls row(first cell, count) for each data row of a table: a '#' comment line and the
// header line come first; rows are "cell<TAB>count".
template <typename Row>
void ForEachRow(std::string_view tsv, Row row) {
  bool header = true;
  size_t begin = 0;
  while (begin < tsv.size()) {
    const size_t nl = tsv.find('\n', begin);
    std::string_view line = tsv.substr(begin, nl == std::string_view::npos ? nl : nl - begin);
    begin = nl == std::string_view::npos ? tsv.size() : nl + 1;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line.front() == '#') continue;
    if (header) {
      header = false;
      continue;
    }
    const size_t tab = line.find('\t');
    if (tab == std::string_view::npos) continue;
    uint32_t count = 0;
    const std::string_view number = line.substr(tab + 1);
    if (std::from_chars(number.data(), number.data() + number.size(), count).ec != std::errc()) {
      continue;
    }
    row(line.substr(0, tab), count);
  }
}

}  // namespace

std::string SyllableKey(std::string_view word) {
  std::string lower;
  lower.reserve(word.size());
  size_t pos = 0;
  while (pos < word.size()) AppendUtf8(lower, ToLowerVietnamese(NextCodePoint(word, pos)));
  return PlaceToneMark(lower);
}

std::string Skeleton(std::string_view word) {
  std::string out;
  size_t pos = 0;
  while (pos < word.size()) {
    const char32_t cp = NextCodePoint(word, pos);
    const std::optional<VietnameseLetter> letter = ParseVietnameseLetter(cp);
    AppendUtf8(out, letter ? AsciiBase(letter->base) : cp);
  }
  return out;
}

const SyllableLexicon& SyllableLexicon::Default() {
  static const auto* lexicon =
      new SyllableLexicon(FromTables(EmbeddedData("syllables.tsv"), EmbeddedData("bigrams.tsv")));
  return *lexicon;
}

SyllableLexicon SyllableLexicon::FromTables(std::string_view syllables, std::string_view bigrams) {
  SyllableLexicon lexicon;
  ForEachRow(syllables, [&](std::string_view word, uint32_t count) {
    if (!IsSyllable(word)) return;
    std::string key = SyllableKey(word);
    auto [it, added] = lexicon.counts_.try_emplace(key, 0);
    it->second += count;
    lexicon.total_ += count;
    if (added) lexicon.by_skeleton_[Skeleton(key)].push_back(std::move(key));
  });
  ForEachRow(bigrams, [&](std::string_view pair, uint32_t count) {
    const size_t space = pair.find(' ');
    if (space == std::string_view::npos) return;
    std::string first = SyllableKey(pair.substr(0, space));
    lexicon.pairs_from_[first] += count;
    std::string key = std::move(first);
    key += ' ';
    key += SyllableKey(pair.substr(space + 1));
    lexicon.pairs_[key] += count;
  });
  return lexicon;
}

uint32_t SyllableLexicon::Count(std::string_view key) const {
  auto it = counts_.find(std::string(key));
  return it == counts_.end() ? 0 : it->second;
}

uint32_t SyllableLexicon::PairCount(std::string_view first, std::string_view second) const {
  std::string key(first);
  key += ' ';
  key += second;
  auto it = pairs_.find(key);
  return it == pairs_.end() ? 0 : it->second;
}

uint64_t SyllableLexicon::PairsFrom(std::string_view first) const {
  auto it = pairs_from_.find(std::string(first));
  return it == pairs_from_.end() ? 0 : it->second;
}

const std::vector<std::string>& SyllableLexicon::WithSkeleton(std::string_view skeleton) const {
  static const std::vector<std::string> kNone;
  auto it = by_skeleton_.find(std::string(skeleton));
  return it == by_skeleton_.end() ? kNone : it->second;
}

}  // namespace vanban
