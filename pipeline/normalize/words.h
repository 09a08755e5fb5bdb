// The word pass of normalization: one tone-mark placement for every Vietnamese word, and
// Cyrillic look-alike letters inside Latin tokens made Latin. Runs on NFC text.
#pragma once

#include <string_view>

#include "pipeline/normalize/text_builder.h"

namespace vanban {

// Each word whose tone mark could sit on another vowel is rewritten with PlaceToneMark
// (classic placement: "hoà" -> "hòa", "Uỷ" -> "Ủy"); each changed word maps back to the
// whole word. In a token (a run without spaces) that holds a Latin letter, Cyrillic letters
// that look like Latin ones are replaced, which repairs OCR'd and pasted document numbers:
// "16495/BТС-PTHT" (Cyrillic Т, С) -> "16495/BTC-PTHT". A token of Cyrillic letters only,
// with a Cyrillic letter that has no Latin twin, or with a combining mark, is kept.
TextPass RepairWords(std::string_view text);

}  // namespace vanban
