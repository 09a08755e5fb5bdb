// Character error rate (CER) of a text read by OCR against its ground truth: the edit
// distance between them in code points (insertions, deletions, substitutions), divided by
// the length of the reference. The OCR tests and the CER/WER report use it.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace vanban {

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
