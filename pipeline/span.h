// Span: a half-open byte range [begin, end) in a text. Every extracted value carries one.
#pragma once

#include <cstddef>

namespace vanban {

struct Span {
  size_t begin = 0;
  size_t end = 0;

  size_t size() const { return end - begin; }
  bool empty() const { return end <= begin; }
  bool Contains(size_t pos) const { return pos >= begin && pos < end; }
  bool operator==(const Span&) const = default;
};

}  // namespace vanban
