// The words of a trích yếu (subject) with the place each was printed at, so that the
// subject's repairs (subject_head.h, ocr_debris.h, diacritic_evidence.h) can rewrite or drop
// words and the subject's span still points at the printed text.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "pipeline/offset_map.h"
#include "pipeline/span.h"

namespace vanban {

struct SubjectWord {
  std::string text;  // as printed, or as repaired
  Span span;         // where it was printed: offsets of the text it was split from
  size_t line = 0;   // which printed line it stands on (lines and line breaks count)
};

// The words of `text` inside `lines` (spans of text, in order), split at white space
// (space, tab, line breaks, no-break space); a line break inside a span starts a new line
// too. Example: "Về việc\n tăng" gives "Về" (line 0), "việc" (line 0), "tăng" (line 1).
// Empty when the lines hold no word.
std::vector<SubjectWord> SplitSubjectWords(std::string_view text, const std::vector<Span>& lines);

// The same with one line per '\n' of text: SplitSubjectWords("a b\nc") has "c" on line 1.
std::vector<SubjectWord> SplitSubjectWords(std::string_view text);

// The words with their lines numbered as the source printed them: normalization may have
// joined wrapped lines that `raw` (the source text, which `offsets` maps the words' spans
// to) still breaks. A word starts a new line where either text breaks before it.
std::vector<SubjectWord> WithSourceLines(std::vector<SubjectWord> words, std::string_view raw,
                                         const OffsetMap& offsets);

// The words' texts joined by one space: the subject's value.
std::string JoinSubjectWords(const std::vector<SubjectWord>& words);

// The word without the punctuation at its ends (, . ; : ( ) [ ] quotes … / and dashes):
// TrimEdgePunctuation("(Dần-năm),") == "Dần-năm"; "" for a word of punctuation only.
std::string_view TrimEdgePunctuation(std::string_view word);

// The words' texts, one string each (for tests and reports).
std::vector<std::string> SubjectWordTexts(const std::vector<SubjectWord>& words);

}  // namespace vanban
