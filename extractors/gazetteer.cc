#include "extractors/gazetteer.h"

#include <algorithm>
#include <vector>

#include "extractors/data_table.h"
#include "extractors/text_case.h"
#include "pipeline/normalize/fold.h"

namespace vanban {
namespace {

bool IsEdgePunct(char c) {
  return c == ',' || c == ';' || c == ':' || c == '.' || c == '(' || c == ')' || c == '"';
}

std::vector<std::string> SplitWords(const std::string& s) {
  std::vector<std::string> words;
  size_t i = 0;
  while (i < s.size()) {
    size_t end = s.find(' ', i);
    if (end == std::string::npos) end = s.size();
    if (end > i) words.push_back(s.substr(i, end - i));
    i = end + 1;
  }
  return words;
}

size_t CountWords(std::string_view s) {
  size_t words = 0;
  bool in_word = false;
  for (char c : s) {
    bool space = c == ' ';
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  return words;
}

// The first word of s, without punctuation at its ends.
std::string FirstWord(std::string_view s) {
  size_t b = 0;
  while (b < s.size() && (s[b] == ' ' || IsEdgePunct(s[b]))) ++b;
  size_t e = s.find(' ', b);
  if (e == std::string_view::npos) e = s.size();
  while (e > b && IsEdgePunct(s[e - 1])) --e;
  return std::string(s.substr(b, e - b));
}

std::string TrimKey(std::string key) {
  size_t b = 0;
  size_t e = key.size();
  while (b < e && (IsEdgePunct(key[b]) || key[b] == ' ')) ++b;
  while (e > b && (IsEdgePunct(key[e - 1]) || key[e - 1] == ' ')) --e;
  return key.substr(b, e - b);
}

}  // namespace

std::string NameKey(std::string_view text) { return TrimKey(FoldKey(text)); }

std::string AsciiKey(std::string_view text) { return TrimKey(FoldAscii(text)); }

Gazetteer::Gazetteer(std::string_view file, std::string_view name_column, std::string_view kind,
                     AsciiFallback fallback)
    : Gazetteer(LoadDataTable(file), name_column, kind, fallback) {}

Gazetteer::Gazetteer(const DataTable& table, std::string_view name_column, std::string_view kind,
                     AsciiFallback fallback) {
  const int name = table.Column(name_column);
  const int kind_column = table.Column("kind");
  if (name < 0) return;
  for (const auto& row : table.rows) {
    if (!kind.empty() && (kind_column < 0 || row[kind_column] != kind)) continue;
    std::string key = NameKey(row[name]);
    if (key.empty()) continue;
    by_key_.emplace(key, row[name]);
    std::string first = FirstWord(row[name]);
    for (const std::string& form : {first, ToLower(first), ToUpper(first)}) {
      first_words_.insert(form);
    }
    if (fallback == AsciiFallback::kYes ||
        (fallback == AsciiFallback::kLongNames && CountWords(key) >= 3)) {
      std::string ascii = AsciiKey(row[name]);
      auto [it, inserted] = by_ascii_.emplace(ascii, row[name]);
      if (!inserted && it->second != row[name]) it->second.clear();
      ascii_first_words_.insert(FirstWord(ascii));
    }
    max_words_ = std::max(max_words_, CountWords(key));
  }
}

const std::string* Gazetteer::Lookup(const std::string& text) const {
  auto it = by_key_.find(NameKey(text));
  if (it != by_key_.end()) return &it->second;
  if (by_ascii_.empty()) return nullptr;
  auto a = by_ascii_.find(AsciiKey(text));
  return a == by_ascii_.end() || a->second.empty() ? nullptr : &a->second;
}

const std::string* Gazetteer::Find(std::string_view text) const {
  return Lookup(std::string(text));
}

namespace {

// True when a and b are at most one edit apart.
bool OneEditApart(std::string_view a, std::string_view b) {
  if (a.size() > b.size()) std::swap(a, b);
  if (b.size() - a.size() > 1) return false;
  size_t i = 0;
  while (i < a.size() && a[i] == b[i]) ++i;
  if (i == a.size()) return true;
  if (a.size() == b.size()) return a.substr(i + 1) == b.substr(i + 1);
  return a.substr(i) == b.substr(i + 1);
}

}  // namespace

const std::string* Gazetteer::FindNear(std::string_view text) const {
  if (const std::string* exact = Find(text)) return exact;
  std::string key = AsciiKey(text);
  if (key.size() < 8) return nullptr;
  const std::string* found = nullptr;
  for (const auto& [name_key, name] : by_key_) {
    if (!OneEditApart(key, AsciiKey(name))) continue;
    if (found && *found != name) return nullptr;
    found = &name;
  }
  return found;
}

std::optional<Gazetteer::PrefixMatch> Gazetteer::MatchPrefix(std::string_view text) const {
  // A cheap test before folding: the first word must be one of the entries' first words.
  std::string first = FirstWord(text);
  // With the fallback, a first word in capitals may carry OCR's marks ("ÚY BAN").
  if (!first_words_.count(first) &&
      (by_ascii_.empty() || HasLowerCase(first) || !ascii_first_words_.count(AsciiKey(first)))) {
    return std::nullopt;
  }
  // Word ends in text: offsets after each word (trailing punctuation excluded).
  std::vector<size_t> ends;
  size_t i = 0;
  size_t last_word_end = 0;
  while (i < text.size() && ends.size() < max_words_) {
    while (i < text.size() && text[i] == ' ') ++i;
    if (i >= text.size()) break;
    size_t word_end = i;
    while (word_end < text.size() && text[word_end] != ' ') ++word_end;
    size_t end = word_end;
    while (end > i && IsEdgePunct(text[end - 1])) --end;
    ends.push_back(end);
    last_word_end = word_end;
    i = word_end;
  }
  if (ends.empty()) return std::nullopt;
  // Fold the words once; the folded text keeps one word per word.
  std::string_view head = text.substr(0, last_word_end);
  std::vector<std::string> keys = SplitWords(FoldKey(head));
  std::vector<std::string> ascii;
  if (!by_ascii_.empty()) ascii = SplitWords(FoldAscii(head));
  bool aligned = keys.size() == ends.size() && (ascii.empty() || ascii.size() == ends.size());
  std::string key;
  std::string ascii_key;
  std::vector<std::string> prefix_keys;
  std::vector<std::string> prefix_ascii;
  for (size_t k = 0; aligned && k < ends.size(); ++k) {
    key += (k ? " " : "") + keys[k];
    prefix_keys.push_back(TrimKey(key));
    if (!ascii.empty()) {
      ascii_key += (k ? " " : "") + ascii[k];
      prefix_ascii.push_back(TrimKey(ascii_key));
    }
  }
  for (size_t k = ends.size(); k > 0; --k) {
    const std::string* name = nullptr;
    if (aligned) {
      auto it = by_key_.find(prefix_keys[k - 1]);
      if (it != by_key_.end()) {
        name = &it->second;
      } else if (!prefix_ascii.empty()) {
        auto a = by_ascii_.find(prefix_ascii[k - 1]);
        if (a != by_ascii_.end() && !a->second.empty()) name = &a->second;
      }
    } else {
      name = Lookup(std::string(text.substr(0, ends[k - 1])));
    }
    if (name) return PrefixMatch{name, ends[k - 1]};
  }
  return std::nullopt;
}

}  // namespace vanban
