// Words of a text, for extractors that read a phrase word by word (references: a type name,
// "số", a number, "ngày ...", "của" and an issuer). A word is a run of characters between
// white space (ASCII white space and U+00A0); its core is the word without the punctuation
// at its ends: the core of "(Bộ" is "Bộ", of "tỉnh;" is "tỉnh".
//   NextWord("  của Chính phủ", 0)->text == "của"
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "pipeline/span.h"

namespace vanban {

struct Word {
  Span span;              // of the whole word in the text
  std::string_view text;  // the whole word
  std::string_view core;  // without punctuation at its ends ("" for "-" or "…")
};

// Offset of the first character at or after pos that is not white space (text.size() when
// none).
size_t SkipSpace(std::string_view text, size_t pos);

// Offset just after the last character before pos that is not white space (0 when none).
size_t SkipSpaceBack(std::string_view text, size_t pos);

// The first word starting at or after pos (white space skipped), or nullopt at the end.
std::optional<Word> NextWord(std::string_view text, size_t pos);

// The last word ending at or before pos (white space before pos skipped), or nullopt.
std::optional<Word> WordBefore(std::string_view text, size_t pos);

// True when white space between a and b (a <= b) holds a line break.
bool HasLineBreak(std::string_view text, size_t a, size_t b);

// The punctuation-free core of a word.
std::string_view WordCore(std::string_view word);

// The words from an offset on, joined by single spaces, for gazetteer lookups over running
// text. It stops at a line break unless the next word starts in lower case or the last word
// is "và" or ends with a comma (a hard-wrapped name goes on there), or fewer than `lead` words
// come before the break ("Bộ luật\nLao động").
struct WordWindow {
  std::vector<Word> words;
  std::vector<size_t> starts;  // offset of each word in `joined`
  std::string joined;

  size_t size() const { return words.size(); }
  // The joined text from word i on.
  std::string_view From(size_t i) const;
  // The joined text of words [i, j), j > i.
  std::string_view Words(size_t i, size_t j) const;
  // How many words from word i start within the first `length` bytes of From(i).
  size_t WordsIn(size_t i, size_t length) const;
  // Offset in the text just after the core of word i.
  size_t CoreEnd(size_t i) const;
};

WordWindow ReadWords(std::string_view text, size_t pos, size_t max_words, size_t lead = 0);

// The window of words already read (in text order).
WordWindow WindowOf(std::vector<Word> words);

}  // namespace vanban
