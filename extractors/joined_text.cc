#include "extractors/joined_text.h"

#include <algorithm>

namespace vanban {

void JoinedText::Append(std::string_view doc_text, Span span) {
  bool pending_space = false;
  size_t space_offset = 0;
  for (size_t i = span.begin; i < span.end && i < doc_text.size(); ++i) {
    char c = doc_text[i];
    bool space = c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v';
    if (space) {
      if (!pending_space) space_offset = i;
      pending_space = true;
      continue;
    }
    if (pending_space && !text_.empty() && text_.back() != '\n' && text_.back() != ' ') {
      text_.push_back(' ');
      offsets_.push_back(space_offset);
    }
    pending_space = false;
    text_.push_back(c);
    offsets_.push_back(i);
  }
}

void JoinedText::AppendSeparator(char c) {
  text_.push_back(c);
  offsets_.push_back(kSeparator);
}

Span JoinedText::ToDocSpan(size_t begin, size_t end) const {
  end = std::min(end, offsets_.size());
  size_t b = begin;
  while (b < end && offsets_[b] == kSeparator) ++b;
  size_t e = end;
  while (e > b && offsets_[e - 1] == kSeparator) --e;
  if (b >= e) {
    size_t at = ToDocOffset(begin);
    return {at, at};
  }
  return {offsets_[b], offsets_[e - 1] + 1};
}

size_t JoinedText::ToDocOffset(size_t pos) const {
  for (size_t i = pos; i < offsets_.size(); ++i) {
    if (offsets_[i] != kSeparator) return offsets_[i];
  }
  for (size_t i = std::min(pos, offsets_.size()); i > 0; --i) {
    if (offsets_[i - 1] != kSeparator) return offsets_[i - 1] + 1;
  }
  return 0;
}

}  // namespace vanban
