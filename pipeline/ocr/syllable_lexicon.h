// How often Vietnamese syllables, and pairs of adjacent syllables, occur in real text: the
// tables pipeline/ocr/data/syllables.tsv and bigrams.tsv, made by
// scripts/make-syllable-data.py from Debian's hunspell-vi word list and the real corpus.
// OCR repair (ocr_repair.h) asks it which valid syllable a misread word most likely was.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace vanban {

// The key a syllable is counted under: lower case, NFC, classic tone-mark placement.
// SyllableKey("HOÀ") == "hòa". Letters outside the Vietnamese alphabet are kept as they are.
std::string SyllableKey(std::string_view word);

// The letters of `word` in lower case without any mark, "đ" made "d": the form OCR
// confusions of tone and vowel marks share. Skeleton("Định") == "dinh".
std::string Skeleton(std::string_view word);

class SyllableLexicon {
 public:
  // The tables embedded in the binary, parsed on first use.
  static const SyllableLexicon& Default();

  // Parses tables in the format of pipeline/ocr/data/ ("syllable<TAB>count" lines and
  // "first second<TAB>count" lines; '#' starts a comment line). Entries that are not
  // syllables of the grammar (syllable.h) are left out; spellings that share a key add up.
  static SyllableLexicon FromTables(std::string_view syllables, std::string_view bigrams);

  bool Contains(std::string_view key) const { return counts_.contains(std::string(key)); }
  // Occurrences of the syllable with this key; 0 when unseen (or only in the word list).
  uint32_t Count(std::string_view key) const;
  // Occurrences of `first` directly followed by `second` (keys). The table keeps only pairs
  // seen several times: an absent pair is rare, not impossible.
  uint32_t PairCount(std::string_view first, std::string_view second) const;
  // Sum of PairCount(first, x) over the pairs of the table that start with `first`: the
  // rest of Count(first) is followed by a pair left out of it (or by punctuation).
  uint64_t PairsFrom(std::string_view first) const;
  uint64_t total() const { return total_; }
  size_t size() const { return counts_.size(); }

  // Keys of the syllables whose skeleton is `skeleton`, or none.
  const std::vector<std::string>& WithSkeleton(std::string_view skeleton) const;

 private:
  std::unordered_map<std::string, uint32_t> counts_;
  std::unordered_map<std::string, uint32_t> pairs_;       // "first second"
  std::unordered_map<std::string, uint64_t> pairs_from_;  // first -> sum of its pairs
  std::unordered_map<std::string, std::vector<std::string>> by_skeleton_;
  uint64_t total_ = 0;
};

}  // namespace vanban
