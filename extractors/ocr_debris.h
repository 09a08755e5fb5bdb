// OCR debris in a trích yếu (subject): what a stamp, a signature or a dirty scan leaves
// among the printed words ("... hành chính CV T56 "L2 ị trên địa bàn tỉnh Quảng Ngãi
// lụ ^? Ñ gay: :cÓ /F ¡ bš Í 4", ocr-q25-ct-2018-qn.txt). Debris comes in runs of tokens
// that are not Vietnamese words; a word misread alone ("Quảng Nøãi") is not debris.
#pragma once

#include <string_view>
#include <vector>

#include "extractors/subject_words.h"

namespace vanban {

enum class WordShape {
  kWord,         // a Vietnamese syllable: "tăng", "Quảng", "lụ"
  kCode,         // numbers, dates, document numbers, abbreviations, Latin words: "2024",
                 // "39/2011/NQ-HĐND", "COVID-19", "UBND", "KT-XH", "Dengue"
  kPunctuation,  // "-", "–", ","
  kWeak,         // could be either: one letter ("ị", "a"), two capitals ("CV"), a short
                 // code glued to letters ("T56", "F0"), one digit, a glued or misread word
  kNoise,        // not text: symbols ("^?", "¡"), letters no Vietnamese word has ("Ñ",
                 // "bš"), a capital after a small letter ("cÓ")
};

// The shape of one white-space separated word. Example: ClassifyWord("¡") == kNoise,
// ClassifyWord("COVID-19") == kCode, ClassifyWord("T56") == kWeak.
WordShape ClassifyWord(std::string_view word);

// The words without their debris: a run of noise and weak words (noise weighing two, weak
// one) weighing four or more, where fewer than three words or codes stand between two of
// them, is dropped with the words inside it, and with the fewer than three words that stand
// between it and the end of its line. Codes are never dropped: a run ends at one. The words
// unchanged when there is no debris, or when dropping it would leave fewer than three words.
std::vector<SubjectWord> DropOcrDebris(std::vector<SubjectWord> words);

}  // namespace vanban
