// Matching keys of single words of the normalized text (NFC, classic tone marks), letter by
// letter from tables built once: the same keys as FoldKey / FoldAscii (pipeline/normalize/
// fold.h) without a pass through ICU for every lookup. The references extractor looks up
// many short phrases; this keeps it linear and cheap.
//   LowerWord("Ủy") == "ủy", AsciiWord("Ủy") == "uy", LowerWord("TP.") == "tp."
#pragma once

#include <string>
#include <string_view>

namespace vanban {

// FoldKey of one word (no white space inside).
std::string LowerWord(std::string_view word);

// FoldAscii of one word: diacritics dropped, "đ" read as "d", lower case.
std::string AsciiWord(std::string_view word);

}  // namespace vanban
