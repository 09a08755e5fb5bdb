// JoinedText: pieces of a document's text joined into one string, so that a pattern can
// match across line breaks and column gaps, with every byte mapped back to the document.
// Runs of white space inside a piece become one space.
//   pieces "Hà Nội, ngày 20" and "tháng 11 năm 2025" joined by '\n' give
//   "Hà Nội, ngày 20\ntháng 11 năm 2025"; ToDocSpan() of any match gives its document span.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "pipeline/span.h"

namespace vanban {

class JoinedText {
 public:
  // Appends doc_text[span], white-space runs collapsed to one space.
  void Append(std::string_view doc_text, Span span);
  // Appends a separator byte (' ' or '\n') that stands for no document byte.
  void AppendSeparator(char c);

  const std::string& str() const { return text_; }
  size_t size() const { return text_.size(); }

  // The document span covered by the joined range [begin, end): from the first to the last
  // document byte inside it. Empty (at the nearest document offset) when the range holds
  // only separators.
  Span ToDocSpan(size_t begin, size_t end) const;
  // The document offset of a joined offset (of the next document byte at or after it).
  size_t ToDocOffset(size_t pos) const;

 private:
  // text_[joined, joined + size) is a copy of the document's [doc, doc + size).
  struct Copy {
    size_t joined;
    size_t doc;
    size_t size;
  };
  // Records that doc_text[doc, doc + size) is about to be appended at text_.size(),
  // extending the last copy when both go on from it.
  void AddCopy(size_t doc, size_t size);
  // The first copy that ends after pos, or copies_.size().
  size_t CopyAfter(size_t pos) const;

  std::string text_;
  std::vector<Copy> copies_;  // in order; separators lie between them
};

}  // namespace vanban
