// Tokens of a stretch of text for the agency parser (extractors/agencies.cc): words with
// their letter case and lower-case key, and punctuation marks, each with its span of the
// text. A listed abbreviation becomes the words it stands for, all with its span:
//   "Sở TT&TT, UBND tỉnh" -> Sở | thông tin và truyền thông | , | ủy ban nhân dân | tỉnh
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "pipeline/span.h"

namespace vanban {

enum class WordCase {
  kLower,    // "tỉnh", "và", "3"
  kInitial,  // "Sở", "Tài"
  kUpper,    // "UBND", "CNTT", "SỞ"
};

struct AgencyToken {
  std::string key;  // lower case: "sở", "ủy"; punctuation as printed: ",", "-", "("
  Span span;        // of the text given to TokenizeAgencyText
  WordCase word_case = WordCase::kLower;
  bool punct = false;
  bool expanded = false;    // part of an expanded abbreviation ("UBND" -> 4 tokens)
  bool line_start = false;  // the first token of a line: a name running on stops here
  // The word as written where OCR printed it with a wrong tone mark ("Chi" for a printed
  // "Chỉ" of "Chỉ nhánh", data/agency_ocr_words.tsv); key holds its key. Empty otherwise.
  std::string written;
  int word = -1;  // id of the key in the agency word lists (agency_lexicon.h)

  bool Is(std::string_view k) const { return key == k; }
  bool Capitalized() const { return !punct && word_case != WordCase::kLower; }
};

// The tokens of text[span] (NFC text, as doc.text is). Punctuation marks are one token each
// (",", ";", ":", "(", ")", ".", "-", "/", quotes); "&" and letters and digits make words;
// line breaks are marked on the token after them. Words OCR printed with a wrong tone mark
// ("Chỉ nhánh") are read as written ("chi", "nhánh"; AgencyToken::written).
std::vector<AgencyToken> TokenizeAgencyText(std::string_view text, Span span);

// The keys of a phrase tokenized the same way: "Ủy ban nhân dân" -> {"ủy","ban","nhân","dân"}.
std::vector<std::string> PhraseKeys(std::string_view phrase);

}  // namespace vanban
