// Gazetteer lookups over the words of a WordWindow (extractors/words.h), each word folded
// once (extractors/word_keys.h) instead of once per phrase tried: the longest name of a data
// file that starts at a word, or the name that a run of words makes. Same keys and ASCII
// fallback as extractors/gazetteer.h.
//   NameTable bodies("agencies.tsv", "name", "body", AsciiFallback::kLongNames);
//   WindowKeys keys(ReadWords("Bộ Tài chính hướng dẫn", 0, 8), Abbreviations::kExpand);
//   bodies.Prefix(keys, 0)->end == 3
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "extractors/gazetteer.h"
#include "extractors/words.h"

namespace vanban {

enum class Abbreviations {
  kKeep,
  kExpand,  // "UBND" read as "Ủy ban nhân dân" (extractors/data/abbreviations.tsv)
};

// The folded words of a window, computed when first asked for.
class WindowKeys {
 public:
  WindowKeys(const WordWindow& win, Abbreviations abbreviations);

  size_t size() const { return win_.size(); }
  // NameKey / AsciiKey of words [i, j).
  std::string Key(size_t i, size_t j) const;
  std::string Ascii(size_t i, size_t j) const;
  // The folded word i (its expansion when it is a listed abbreviation).
  const std::string& Lower(size_t i) const;
  const std::string& AsciiOf(size_t i) const;

 private:
  const WordWindow& win_;
  Abbreviations abbreviations_;
  mutable std::vector<std::optional<std::string>> lower_;
  mutable std::vector<std::optional<std::string>> ascii_;
};

class NameTable {
 public:
  NameTable(std::string_view file, std::string_view column, std::string_view kind = "",
            AsciiFallback fallback = AsciiFallback::kNo);

  struct Hit {
    const std::string* name;  // written form
    size_t end;               // the word after the name
  };
  // The name that words [i, j) make, or nullptr.
  const std::string* Find(const WindowKeys& keys, size_t i, size_t j) const;
  // The longest name that starts at word i, or nullopt.
  std::optional<Hit> Prefix(const WindowKeys& keys, size_t i) const;

 private:
  // True when no name starts with the folded word i: most words are no name's first word.
  bool NoNameStartsAt(const WindowKeys& keys, size_t i) const;

  // Lookups by string_view without a copy of the key.
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  using Map = std::unordered_map<std::string, std::string, Hash, std::equal_to<>>;

  Map by_key_;
  Map by_ascii_;  // "" when two names share a key
  std::unordered_set<std::string, Hash, std::equal_to<>> first_words_;  // lower and ASCII
  size_t max_words_ = 0;
};

}  // namespace vanban
