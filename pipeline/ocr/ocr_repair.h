// Post-OCR repair of Vietnamese words. Tesseract's `vie` model confuses tone marks and
// stacked diacritics ("định" read "lịnh", "tiếp" read "tiệp", bold capitals read without
// marks: "NHAN DAN"). Each OCR word that is not a syllable of the grammar (syllable.h), or
// is one but an unlikely one next to its neighbours, is replaced by the valid syllable that
// is most likely in that context (syllable_lexicon.h frequencies) after a cost for each
// mark or letter changed; a word Tesseract was sure of needs stronger evidence.
//
// Runs on the raw text of OCR pages only, as the first pass of normalization
// (normalize.h): raw_text keeps what OCR read, the normalized text gets the repairs, and
// each repaired word maps back to the whole word it replaced, whose OcrWord keeps its page
// and box. Words with digits or other signs inside (document numbers "12/KH-UBND", dates
// "28/4/2026") only get letters that stand for digits made digits where a run between
// separators holds nothing else ("1]" -> "11", "l8/2020" -> "18/2020"), a word glued to a
// number is separated from it ("ngày23" -> "ngày 23"), a document number split after its
// dash is joined ("18/2025/TT- BCT" -> "18/2025/TT-BCT") and a rule line read as text
// ("___", "———") is dropped; words of mixed case ("TTg") and capitalized words that are
// not Vietnamese syllables (abbreviations "UBND", Roman numerals "XI") are never changed.
#pragma once

#include <span>
#include <string>
#include <string_view>

#include "pipeline/document.h"
#include "pipeline/normalize/text_builder.h"
#include "pipeline/ocr/syllable_lexicon.h"

namespace vanban {

// The word to write for the OCR word `word` (letters only, any case) read with
// `confidence` (0..100), between the syllables `previous` and `next` (SyllableKey form;
// empty when there is none or punctuation stands between). Returns `word` itself when it
// is kept, else the repair in the case of `word` ("Lịnh" -> "Định", "NHAN" -> "NHÂN").
// RepairWord("nghị", "lịnh", "số", 80) == "định".
std::string RepairWord(std::string_view previous, std::string_view word, std::string_view next,
                       float confidence,
                       const SyllableLexicon& lexicon = SyllableLexicon::Default());

// Repairs the OCR words of `raw`: `words` are their spans in `raw` (Document::words, in
// order). Text outside the words, and the punctuation around a word's letters, is copied
// unchanged; each repaired word's letters map back to the letters they replace.
TextPass RepairOcrWords(std::string_view raw, std::span<const OcrWord> words,
                        const SyllableLexicon& lexicon = SyllableLexicon::Default());

}  // namespace vanban
