// TextBuilder: writes a derived text and its OffsetMap back to the source together, so a
// normalization pass cannot forget to record what it changed. Each pass of the normalizer
// (see normalize.h) reads a source text and returns a TextPass: the new text and its map.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>

#include "pipeline/offset_map.h"

namespace vanban {

// The result of one pass: `text`, and `map` from `text` back to the pass's input.
struct TextPass {
  std::string text;
  OffsetMap map;
};

class TextBuilder {
 public:
  explicit TextBuilder(std::string_view source) : source_(source) {
    out_.text.reserve(source.size() + source.size() / 16);
  }

  // Appends source[begin, begin + len) unchanged. Adjacent copies are written as one.
  void Copy(size_t begin, size_t len) {
    if (len == 0) return;
    if (run_len_ > 0 && run_begin_ + run_len_ == begin) {
      run_len_ += len;
      return;
    }
    Flush();
    run_begin_ = begin;
    run_len_ = len;
  }
  // Appends `replacement` standing for source[begin, begin + len); an empty replacement
  // deletes that range.
  void Replace(size_t begin, size_t len, std::string_view replacement) {
    Flush();
    out_.text.append(replacement);
    out_.map.Replace(begin, len, replacement.size());
  }

  TextPass Finish() && {
    Flush();
    return std::move(out_);
  }

 private:
  void Flush() {
    if (run_len_ == 0) return;
    out_.text.append(source_.substr(run_begin_, run_len_));
    out_.map.Copy(run_begin_, run_len_);
    run_len_ = 0;
  }

  std::string_view source_;
  TextPass out_;
  size_t run_begin_ = 0;  // a copy not yet written: source_[run_begin_, run_begin_ + run_len_)
  size_t run_len_ = 0;
};

}  // namespace vanban
