#include "extractors/gazetteer.h"

#include <algorithm>
#include <vector>

#include "extractors/data_table.h"
#include "pipeline/normalize/fold.h"

namespace vanban {
namespace {

bool IsEdgePunct(char c) {
  return c == ',' || c == ';' || c == ':' || c == '.' || c == '(' || c == ')' || c == '"';
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

}  // namespace

std::string TrimKey(std::string key) {
  size_t b = 0;
  size_t e = key.size();
  while (b < e && (IsEdgePunct(key[b]) || key[b] == ' ')) ++b;
  while (e > b && (IsEdgePunct(key[e - 1]) || key[e - 1] == ' ')) --e;
  return key.substr(b, e - b);
}

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
    if (fallback == AsciiFallback::kYes ||
        (fallback == AsciiFallback::kLongNames && CountWords(key) >= 3)) {
      auto [it, inserted] = by_ascii_.emplace(AsciiKey(row[name]), row[name]);
      if (!inserted && it->second != row[name]) it->second.clear();
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

std::optional<Gazetteer::PrefixMatch> Gazetteer::MatchPrefix(std::string_view text) const {
  // Word ends in text: offsets after each word (trailing punctuation excluded).
  std::vector<size_t> ends;
  size_t i = 0;
  while (i < text.size() && ends.size() < max_words_) {
    while (i < text.size() && text[i] == ' ') ++i;
    if (i >= text.size()) break;
    size_t word_end = i;
    while (word_end < text.size() && text[word_end] != ' ') ++word_end;
    size_t end = word_end;
    while (end > i && IsEdgePunct(text[end - 1])) --end;
    ends.push_back(end);
    i = word_end;
  }
  for (size_t k = ends.size(); k > 0; --k) {
    if (const std::string* name = Lookup(std::string(text.substr(0, ends[k - 1])))) {
      return PrefixMatch{name, ends[k - 1]};
    }
  }
  return std::nullopt;
}

}  // namespace vanban
