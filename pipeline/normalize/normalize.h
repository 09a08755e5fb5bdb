// Normalization stage: raw_text -> text, with an exact offset map back (Document::offsets).
// NFC; zero-width characters, soft hyphens and control characters removed; dashes, quotes
// and spaces unified; one tone-mark placement (classic: "hòa", "ủy"); legacy and OCR noise
// repaired, and Vietnamese words OCR misread ("Nghị lịnh") too; lines a source hard-wrapped
// inside a sentence re-joined while paragraph, heading and list-item breaks are kept.
#pragma once

#include <string_view>

#include "pipeline/document.h"
#include "pipeline/normalize/text_builder.h"
#include "pipeline/status.h"

namespace vanban {

// Fills doc.text and doc.offsets from doc.raw_text. Every span of doc.text maps back to
// the raw bytes it came from (doc.offsets.ToSource), including replaced characters and
// joined lines. Fails only on internal ICU errors.
// The passes, in order (each a TextPass, their maps composed):
//   0. RepairOcrWords (ocr/ocr_repair.h) OCR words only (doc.words): misread syllables
//   1. CleanCharacters (characters.h)   removals, unified characters, spaces, bullets
//   2. RepairMarkOrder, ComposeNfc (icu_text.h)
//   3. RepairWords (words.h)            tone-mark placement, Cyrillic look-alikes
//   4. JoinLines (line_join.h)          hard-wrapped lines re-joined
Status Normalize(Document& doc);

// Passes 1-3: the text whose line breaks JoinLines decides on, mapped to `raw`.
StatusOr<TextPass> NormalizeWithinLines(std::string_view raw);

}  // namespace vanban
