// Normalization stage: raw_text -> text, with an exact offset map back (Document::offsets).
// NFC; zero-width characters, soft hyphens and control characters removed; dashes, quotes
// and spaces unified; one tone-mark placement (classic: "hòa", "ủy"); legacy and OCR noise
// repaired; lines a source hard-wrapped inside a sentence re-joined while paragraph,
// heading and list-item breaks are kept.
#pragma once

#include "pipeline/document.h"
#include "pipeline/status.h"

namespace vanban {

// Fills doc.text and doc.offsets from doc.raw_text. Fails only on internal ICU errors.
Status Normalize(Document& doc);

}  // namespace vanban
