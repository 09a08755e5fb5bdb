// Evidence from the rest of the document for the diacritics of a subject (ANNOTATION.md,
// "Evidence"): OCR misreads a tone mark in the trích yếu ("Tết Nguyên đán Nhâm Dằn",
// ocr-q27-ct-qn.txt) that the body writes right many times ("Nhâm Dần").
#pragma once

#include <string_view>
#include <vector>

#include "extractors/subject_words.h"

namespace vanban {

// The subject's words with the diacritics the document gives them. Two neighbouring words of
// the subject (white space between them) whose diacritic-free form (FoldAscii) the text
// outside the subject writes with other diacritics, in one form, at least twice, at least
// twice as often as the subject's own form (the subject's occurrence counted) and more often
// than any other form, take that form, in the subject's letter case. A word two pairs give
// different forms is left as printed, and so is a word of a pair that the document writes as
// the subject does (at least twice, and as often as any other way), and a form that drops
// every mark of a word or is no Vietnamese syllable. Spans are kept: they point at the printed
// words. `text` is the text the words' spans are offsets of. Example: "Nhâm Dằn" in a subject,
// "Nhâm Dần" ten times and "Nhâm Dằn" once in the body gives "Nhâm Dần".
std::vector<SubjectWord> RestoreDiacritics(std::vector<SubjectWord> words, std::string_view text);

}  // namespace vanban
