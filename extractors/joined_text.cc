#include "extractors/joined_text.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>

namespace vanban {
namespace {

constexpr std::array<bool, 256> kSpaces = [] {
  std::array<bool, 256> spaces{};
  for (unsigned char c : {' ', '\t', '\r', '\n', '\f', '\v'}) spaces[c] = true;
  return spaces;
}();

bool IsSpace(char c) { return kSpaces[static_cast<unsigned char>(c)]; }

constexpr uint64_t kOnes = 0x0101010101010101ULL;
constexpr uint64_t kHighBits = 0x8080808080808080ULL;

// True when some byte of w is below n (n <= 128; exact for "any").
bool HasByteBelow(uint64_t w, unsigned char n) { return ((w - kOnes * n) & ~w & kHighBits) != 0; }

// Where a run of words with single spaces between them, starting at i, may end: past the
// 8-byte blocks with no white space but single ' ' before a non-space, at most end. Plain
// words go eight bytes at a time; the byte loop in Append decides the rest.
size_t SkipPlainWords(std::string_view text, size_t i, size_t end) {
  constexpr uint64_t kSpaceBytes = kOnes * ' ';
  while (i + 9 <= end) {
    uint64_t w;
    uint64_t next;  // the bytes one further on: each byte's successor
    std::memcpy(&w, text.data() + i, 8);
    std::memcpy(&next, text.data() + i + 1, 8);
    // '\t', '\n', '\v', '\f', '\r' are the only bytes below 0x0E in text; a pair of spaces
    // is a zero byte of (w ^ spaces) | (next ^ spaces).
    if (HasByteBelow(w, 0x0E) || HasByteBelow(next, 0x0E)) break;
    uint64_t pairs = (w ^ kSpaceBytes) | (next ^ kSpaceBytes);
    if (((pairs - kOnes) & ~pairs & kHighBits) != 0) break;
    i += 8;
  }
  return i;
}

}  // namespace

void JoinedText::Append(std::string_view doc_text, Span span) {
  size_t i = span.begin;
  const size_t end = std::min(span.end, doc_text.size());
  text_.reserve(text_.size() + (end > i ? end - i : 0) + 1);
  while (i < end) {
    if (IsSpace(doc_text[i])) {
      size_t run = i;
      while (i < end && IsSpace(doc_text[i])) ++i;
      // One space for the run, between words of this piece or after the previous piece.
      if (i < end && !text_.empty() && text_.back() != '\n' && text_.back() != ' ') {
        AddCopy(run, 1);
        text_.push_back(' ');
      }
      continue;
    }
    // Words with one space between them are copied as printed, in one piece.
    const size_t words = i;
    i = SkipPlainWords(doc_text, i, end);
    while (i < end && (!IsSpace(doc_text[i]) ||
                       (doc_text[i] == ' ' && i + 1 < end && !IsSpace(doc_text[i + 1])))) {
      ++i;
    }
    AddCopy(words, i - words);
    text_.append(doc_text.substr(words, i - words));
  }
}

void JoinedText::AddCopy(size_t doc, size_t size) {
  if (!copies_.empty() && copies_.back().joined + copies_.back().size == text_.size() &&
      copies_.back().doc + copies_.back().size == doc) {
    copies_.back().size += size;  // continues the previous copy
  } else {
    copies_.push_back({text_.size(), doc, size});
  }
}

void JoinedText::AppendSeparator(char c) { text_.push_back(c); }

size_t JoinedText::CopyAfter(size_t pos) const {
  auto it = std::partition_point(copies_.begin(), copies_.end(),
                                 [pos](const Copy& c) { return c.joined + c.size <= pos; });
  return static_cast<size_t>(it - copies_.begin());
}

Span JoinedText::ToDocSpan(size_t begin, size_t end) const {
  end = std::min(end, text_.size());
  size_t first = CopyAfter(begin);
  if (first == copies_.size() || copies_[first].joined >= end) {
    size_t at = ToDocOffset(begin);
    return {at, at};
  }
  size_t last = CopyAfter(end - 1);
  if (last == copies_.size() || copies_[last].joined >= end) --last;  // end in a separator
  const Copy& a = copies_[first];
  const Copy& b = copies_[last];
  size_t doc_begin = a.doc + (begin > a.joined ? begin - a.joined : 0);
  size_t doc_end = b.doc + std::min(b.size, end - b.joined);
  return {doc_begin, doc_end};
}

size_t JoinedText::ToDocOffset(size_t pos) const {
  size_t i = CopyAfter(pos);
  if (i < copies_.size()) {
    const Copy& c = copies_[i];
    return c.doc + (pos > c.joined ? pos - c.joined : 0);
  }
  if (copies_.empty()) return 0;
  return copies_.back().doc + copies_.back().size;
}

}  // namespace vanban
