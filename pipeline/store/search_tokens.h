// Search tokens: the words of a text as the full-text index (schemas/sql/002_search.sql)
// sees them. Words are found by ICU word boundaries (letters and digits; punctuation and
// spaces between them are not words). Each word has two forms:
//   exact:  lower case, NFC, one tone-mark placement     "Hoà" -> "hòa", "Sở" -> "sở"
//   folded: exact without diacritics, "đ" read "d"        "Hoà" -> "hoa", "Đồng" -> "dong"
// The index holds the folded form of every word and, at the same position, the exact form
// when it differs, so a query can match diacritic-free and still rank exact spellings first.
#pragma once

#include <cstddef>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace vanban {

struct SearchToken {
  std::string exact;
  std::string folded;
  size_t begin = 0;  // byte span of the word in the text
  size_t end = 0;
};

// A token whose forms are valid only during the call it is passed to.
struct SearchTokenView {
  std::string_view exact;
  std::string_view folded;
  size_t begin = 0;
  size_t end = 0;
};

// Splits texts into search tokens. Keeps a word-break iterator and a cache of the forms of
// words seen, so one instance should serve many texts; not safe to share between threads.
class SearchTokenizer {
 public:
  SearchTokenizer();
  ~SearchTokenizer();
  SearchTokenizer(const SearchTokenizer&) = delete;
  SearchTokenizer& operator=(const SearchTokenizer&) = delete;

  // The words of utf8 in text order; empty for a text with no letters or digits.
  // Tokens("Sở Nội vụ, 412/NQ-HĐND") gives sở/so, nội/noi, vụ/vu, 412/412, nq/nq, hđnd/hdnd.
  std::vector<SearchToken> Tokens(std::string_view utf8);

  // Calls fn on each word of utf8 in text order, without copying the forms; stops when fn
  // returns false. The same words as Tokens.
  void ForEach(std::string_view utf8, const std::function<bool(const SearchTokenView&)>& fn);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace vanban
