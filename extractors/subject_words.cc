#include "extractors/subject_words.h"

#include <algorithm>

#include "pipeline/utf8.h"

namespace vanban {
namespace {

// Bytes of white space at text[i]: 1 for ASCII space, tab and line breaks, 2 for U+00A0,
// 0 for anything else.
size_t SpaceLength(std::string_view text, size_t i) {
  char c = text[i];
  if (c == ' ' || c == '\t' || c == '\n' || c == '\r') return 1;
  if (static_cast<unsigned char>(c) == 0xC2 && i + 1 < text.size() &&
      static_cast<unsigned char>(text[i + 1]) == 0xA0) {
    return 2;
  }
  return 0;
}

bool IsEdgePunctuation(char32_t c) {
  return std::u32string_view(U",.;:()[]\"'“”‘’…/-–—").find(c) != std::u32string_view::npos;
}

}  // namespace

std::string_view TrimEdgePunctuation(std::string_view word) {
  size_t begin = 0;
  while (begin < word.size()) {
    DecodedCodePoint c = DecodeUtf8(word, begin);
    if (!IsEdgePunctuation(c.value)) break;
    begin += c.length;
  }
  size_t end = word.size();
  while (end > begin) {
    DecodedCodePoint c = DecodeUtf8Before(word, end);
    if (!IsEdgePunctuation(c.value)) break;
    end -= c.length;
  }
  return word.substr(begin, end - begin);
}

std::vector<SubjectWord> SplitSubjectWords(std::string_view text, const std::vector<Span>& lines) {
  std::vector<SubjectWord> words;
  size_t line = 0;
  for (const Span& span : lines) {
    size_t i = span.begin;
    const size_t end = std::min(span.end, text.size());
    while (i < end) {
      if (size_t space = SpaceLength(text, i)) {
        if (text[i] == '\n') ++line;
        i += space;
        continue;
      }
      size_t word_end = i;
      while (word_end < end && SpaceLength(text, word_end) == 0) ++word_end;
      words.push_back({std::string(text.substr(i, word_end - i)), {i, word_end}, line});
      i = word_end;
    }
    ++line;
  }
  return words;
}

std::vector<SubjectWord> SplitSubjectWords(std::string_view text) {
  return SplitSubjectWords(text, {{0, text.size()}});
}

std::vector<SubjectWord> WithSourceLines(std::vector<SubjectWord> words, std::string_view raw,
                                         const OffsetMap& offsets) {
  size_t line = 0;
  size_t prev_line = 0;     // the line the word before had in the text
  size_t prev_raw_end = 0;  // where it ended in raw
  for (size_t i = 0; i < words.size(); ++i) {
    Span source = offsets.ToSource(words[i].span);
    size_t gap_end = std::min(std::max(source.begin, prev_raw_end), raw.size());
    bool raw_break =
        raw.substr(prev_raw_end, gap_end - prev_raw_end).find('\n') != std::string_view::npos;
    if (i > 0 && (raw_break || words[i].line != prev_line)) ++line;
    prev_line = words[i].line;
    prev_raw_end = std::min(source.end, raw.size());
    words[i].line = line;
  }
  return words;
}

std::string JoinSubjectWords(const std::vector<SubjectWord>& words) {
  std::string out;
  for (const SubjectWord& w : words) {
    if (!out.empty()) out += ' ';
    out += w.text;
  }
  return out;
}

std::vector<std::string> SubjectWordTexts(const std::vector<SubjectWord>& words) {
  std::vector<std::string> out;
  for (const SubjectWord& w : words) out.push_back(w.text);
  return out;
}

}  // namespace vanban
