// Character error rate (CER) of a text read by OCR against its ground truth: the edit
// distance between them in code points (insertions, deletions, substitutions), divided by
// the length of the reference. The OCR tests and the CER/WER report use it.
#pragma once

#include <algorithm>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace vanban {

// Levenshtein distance between two sequences (of code points, of words): the fewest
// insertions, deletions and substitutions that turn `a` into `b`.
template <typename Sequence>
size_t SequenceEditDistance(const Sequence& a, const Sequence& b) {
  // Two rows of the classic table: row[j] = distance between a[0..i) and b[0..j).
  std::vector<size_t> previous(b.size() + 1);
  std::vector<size_t> current(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) previous[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    current[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      const size_t substitute = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
      current[j] = std::min({previous[j] + 1, current[j - 1] + 1, substitute});
    }
    std::swap(previous, current);
  }
  return previous[b.size()];
}

// Levenshtein distance between two UTF-8 texts, counted in code points.
// Example: EditDistance("đẩy", "đấy") == 1.
size_t EditDistance(std::string_view reference, std::string_view hypothesis);

// EditDistance / number of code points of `reference`; 0 when both are empty, 1 per
// inserted code point when only the reference is empty. Compares the texts as given: use
// CollapseWhitespace first to ignore line layout. Example: CharacterErrorRate("abcd", "abed") ==
// 0.25.
double CharacterErrorRate(std::string_view reference, std::string_view hypothesis);

// `text` with each run of ASCII white space (line breaks included) made one space, and none
// at either end: OCR and ground truth may break lines differently.
// Example: CollapseWhitespace(" a\n\nb  c\n") == "a b c".
std::string CollapseWhitespace(std::string_view text);

}  // namespace vanban
