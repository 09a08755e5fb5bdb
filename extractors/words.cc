#include "extractors/words.h"

#include <algorithm>

#include "extractors/text_case.h"

namespace vanban {
namespace {

// Length of the white-space character at text[i] (ASCII white space or U+00A0), else 0.
size_t SpaceAt(std::string_view text, size_t i) {
  const char c = text[i];
  if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v') return 1;
  if (i + 1 < text.size() && static_cast<unsigned char>(c) == 0xC2 &&
      static_cast<unsigned char>(text[i + 1]) == 0xA0) {
    return 2;
  }
  return 0;
}

// Length of the space ending just before pos, else 0.
size_t SpaceBefore(std::string_view text, size_t pos) {
  if (pos == 0) return 0;
  if (SpaceAt(text, pos - 1) == 1) return 1;
  if (pos >= 2 && SpaceAt(text, pos - 2) == 2) return 2;
  return 0;
}

bool IsAsciiPunct(char c) {
  return c == '(' || c == ')' || c == '[' || c == ']' || c == ',' || c == ';' || c == ':' ||
         c == '.' || c == '"' || c == '\'' || c == '!' || c == '?' || c == '*' || c == '-' ||
         c == '/' || c == '<' || c == '>';
}

// Length of the punctuation character starting at s[i] (ASCII, or the typographic quotes,
// ellipsis and dashes U+2013..U+2026), else 0.
size_t PunctAt(std::string_view s, size_t i) {
  if (IsAsciiPunct(s[i])) return 1;
  if (i + 2 < s.size() && static_cast<unsigned char>(s[i]) == 0xE2 &&
      static_cast<unsigned char>(s[i + 1]) == 0x80) {
    const unsigned char c = static_cast<unsigned char>(s[i + 2]);
    if (c >= 0x93 && c <= 0xA6) return 3;  // – — ‘ ’ “ ” … and friends
  }
  return 0;
}

// Length of the punctuation character ending just before s[end], else 0.
size_t PunctBefore(std::string_view s, size_t end) {
  if (end == 0) return 0;
  if (IsAsciiPunct(s[end - 1])) return 1;
  if (end >= 3 && PunctAt(s, end - 3) == 3) return 3;
  return 0;
}

}  // namespace

size_t SkipSpace(std::string_view text, size_t pos) {
  while (pos < text.size()) {
    const size_t n = SpaceAt(text, pos);
    if (n == 0) break;
    pos += n;
  }
  return std::min(pos, text.size());
}

size_t SkipSpaceBack(std::string_view text, size_t pos) {
  pos = std::min(pos, text.size());
  while (pos > 0) {
    const size_t n = SpaceBefore(text, pos);
    if (n == 0) break;
    pos -= n;
  }
  return pos;
}

std::string_view WordCore(std::string_view word) {
  size_t b = 0;
  size_t e = word.size();
  while (b < e) {
    const size_t n = PunctAt(word, b);
    if (n == 0) break;
    b += n;
  }
  while (e > b) {
    const size_t n = PunctBefore(word, e);
    if (n == 0) break;
    e -= n;
  }
  word = word.substr(b, e - b);
  // A footnote mark glued to the word: "Chính phủ[3]".
  const size_t mark = word.find('[');
  if (mark != std::string_view::npos && mark > 0) word = WordCore(word.substr(0, mark));
  return word;
}

std::optional<Word> NextWord(std::string_view text, size_t pos) {
  const size_t begin = SkipSpace(text, pos);
  if (begin >= text.size()) return std::nullopt;
  size_t end = begin;
  while (end < text.size() && SpaceAt(text, end) == 0) ++end;
  std::string_view w = text.substr(begin, end - begin);
  return Word{{begin, end}, w, WordCore(w)};
}

std::optional<Word> WordBefore(std::string_view text, size_t pos) {
  const size_t end = SkipSpaceBack(text, pos);
  if (end == 0) return std::nullopt;
  size_t begin = end;
  while (begin > 0 && SpaceBefore(text, begin) == 0) --begin;
  std::string_view w = text.substr(begin, end - begin);
  return Word{{begin, end}, w, WordCore(w)};
}

bool HasLineBreak(std::string_view text, size_t a, size_t b) {
  for (size_t i = a; i < b && i < text.size(); ++i) {
    if (text[i] == '\n') return true;
  }
  return false;
}

std::string_view WordWindow::From(size_t i) const {
  return std::string_view(joined).substr(i < starts.size() ? starts[i] : joined.size());
}

std::string_view WordWindow::Words(size_t i, size_t j) const {
  const size_t end = starts[j - 1] + words[j - 1].text.size();
  return std::string_view(joined).substr(starts[i], end - starts[i]);
}

size_t WordWindow::WordsIn(size_t i, size_t length) const {
  size_t n = 0;
  while (i + n < words.size() && starts[i + n] < starts[i] + length) ++n;
  return n;
}

size_t WordWindow::CoreEnd(size_t i) const {
  const Word& w = words[i];
  return w.span.begin + static_cast<size_t>(w.core.data() - w.text.data()) + w.core.size();
}

WordWindow WindowOf(std::vector<Word> words) {
  WordWindow w;
  for (const Word& word : words) {
    if (!w.joined.empty()) w.joined += ' ';
    w.starts.push_back(w.joined.size());
    w.joined += word.text;
  }
  w.words = std::move(words);
  return w;
}

WordWindow ReadWords(std::string_view text, size_t pos, size_t max_words, size_t lead) {
  WordWindow w;
  size_t at = pos;
  while (w.words.size() < max_words) {
    auto word = NextWord(text, at);
    if (!word) break;
    if (w.words.size() > lead && HasLineBreak(text, at, word->span.begin)) {
      // A line the normalizer left unjoined goes on with a lower-case word.
      std::string_view last = w.words.back().text;
      // ("a)" opens a list item).
      const bool lower = !word->core.empty() && word->core.data() == word->text.data() &&
                         StartsWithLower(word->core) && word->text.back() != ')';
      if (last != "và" && last.back() != ',' && !lower) break;
    }
    if (!w.joined.empty()) w.joined += ' ';
    w.starts.push_back(w.joined.size());
    w.joined += word->text;
    w.words.push_back(*word);
    at = word->span.end;
  }
  return w;
}

}  // namespace vanban
