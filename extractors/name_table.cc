#include "extractors/name_table.h"

#include <algorithm>

#include "extractors/agency_names.h"
#include "extractors/data_table.h"
#include "extractors/word_keys.h"

namespace vanban {
namespace {

bool IsEdge(char c) {
  return c == ' ' || c == ',' || c == ';' || c == ':' || c == '.' || c == '(' || c == ')' ||
         c == '"';
}

// The key with the punctuation at its ends dropped (as NameKey does).
std::string_view Trim(std::string_view key) {
  size_t b = 0;
  size_t e = key.size();
  while (b < e && IsEdge(key[b])) ++b;
  while (e > b && IsEdge(key[e - 1])) --e;
  return key.substr(b, e - b);
}

size_t CountWords(std::string_view s) { return std::count(s.begin(), s.end(), ' ') + 1; }

// The first word of a key, punctuation at its ends dropped.
std::string_view FirstWord(std::string_view key) { return Trim(key.substr(0, key.find(' '))); }

// Only a word of two capitals or more and no lower-case ASCII letter can be a listed
// abbreviation ("UBND", "TT&TT", "VP").
std::string Expanded(std::string_view word) {
  const bool lower =
      std::any_of(word.begin(), word.end(), [](char c) { return c >= 'a' && c <= 'z'; });
  const auto capitals =
      std::count_if(word.begin(), word.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
  return !lower && capitals >= 2 ? ExpandAbbreviations(word) : std::string(word);
}

}  // namespace

WindowKeys::WindowKeys(const WordWindow& win, Abbreviations abbreviations)
    : win_(win), abbreviations_(abbreviations), lower_(win.size()), ascii_(win.size()) {}

const std::string& WindowKeys::Lower(size_t i) const {
  if (!lower_[i]) {
    const std::string_view text = win_.words[i].text;
    lower_[i] =
        abbreviations_ == Abbreviations::kExpand ? LowerWord(Expanded(text)) : LowerWord(text);
  }
  return *lower_[i];
}

const std::string& WindowKeys::AsciiOf(size_t i) const {
  if (!ascii_[i]) {
    const std::string_view text = win_.words[i].text;
    ascii_[i] =
        abbreviations_ == Abbreviations::kExpand ? AsciiWord(Expanded(text)) : AsciiWord(text);
  }
  return *ascii_[i];
}

std::string WindowKeys::Key(size_t i, size_t j) const {
  std::string key;
  for (size_t k = i; k < j; ++k) {
    if (k > i) key += ' ';
    key += Lower(k);
  }
  return std::string(Trim(key));
}

std::string WindowKeys::Ascii(size_t i, size_t j) const {
  std::string key;
  for (size_t k = i; k < j; ++k) {
    if (k > i) key += ' ';
    key += AsciiOf(k);
  }
  return std::string(Trim(key));
}

NameTable::NameTable(std::string_view file, std::string_view column, std::string_view kind,
                     AsciiFallback fallback) {
  DataTable table = LoadDataTable(file);
  const int name = table.Column(column);
  const int kind_column = table.Column("kind");
  if (name < 0) return;
  for (const auto& row : table.rows) {
    if (!kind.empty() && (kind_column < 0 || row[kind_column] != kind)) continue;
    const std::string key = NameKey(row[name]);
    if (key.empty()) continue;
    by_key_.emplace(key, row[name]);
    first_words_.emplace(FirstWord(key));
    first_words_.emplace(FirstWord(AsciiKey(row[name])));
    if (fallback == AsciiFallback::kYes ||
        (fallback == AsciiFallback::kLongNames && CountWords(key) >= 3)) {
      auto [it, inserted] = by_ascii_.emplace(AsciiKey(row[name]), row[name]);
      if (!inserted && it->second != row[name]) it->second.clear();
    }
    max_words_ = std::max(max_words_, CountWords(key));
  }
}

bool NameTable::NoNameStartsAt(const WindowKeys& keys, size_t i) const {
  return !first_words_.contains(FirstWord(keys.Lower(i))) &&
         !first_words_.contains(FirstWord(keys.AsciiOf(i)));
}

const std::string* NameTable::Find(const WindowKeys& keys, size_t i, size_t j) const {
  if (i >= j || j > keys.size() || NoNameStartsAt(keys, i)) return nullptr;
  auto it = by_key_.find(keys.Key(i, j));
  if (it != by_key_.end()) return &it->second;
  if (by_ascii_.empty()) return nullptr;
  auto a = by_ascii_.find(keys.Ascii(i, j));
  return a == by_ascii_.end() || a->second.empty() ? nullptr : &a->second;
}

std::optional<NameTable::Hit> NameTable::Prefix(const WindowKeys& keys, size_t i) const {
  if (i >= keys.size() || NoNameStartsAt(keys, i)) return std::nullopt;
  // The keys of words [i, j) for every j, built word by word; the longest name wins.
  const size_t last = std::min(keys.size(), i + max_words_);
  std::string lower;
  std::string ascii;
  std::vector<size_t> lower_ends;
  std::vector<size_t> ascii_ends;
  for (size_t j = i; j < last; ++j) {
    if (j > i) lower += ' ';
    lower += keys.Lower(j);
    lower_ends.push_back(lower.size());
    if (!by_ascii_.empty()) {
      if (j > i) ascii += ' ';
      ascii += keys.AsciiOf(j);
      ascii_ends.push_back(ascii.size());
    }
  }
  for (size_t n = lower_ends.size(); n > 0; --n) {
    auto it = by_key_.find(Trim(std::string_view(lower).substr(0, lower_ends[n - 1])));
    if (it != by_key_.end()) return Hit{&it->second, i + n};
    if (by_ascii_.empty()) continue;
    auto b = by_ascii_.find(Trim(std::string_view(ascii).substr(0, ascii_ends[n - 1])));
    if (b != by_ascii_.end() && !b->second.empty()) return Hit{&b->second, i + n};
  }
  return std::nullopt;
}

}  // namespace vanban
