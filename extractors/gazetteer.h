// Gazetteer: the names of one data file (extractors/data/*.tsv) looked up whatever their
// case and tone-mark placement as printed: "BỘ TÀI CHÍNH" and "Bộ Tài chính" find "Bộ Tài
// chính". Diacritics count ("Vũ" is not "Vụ", "Trương" not "Trường"), except in gazetteers
// built with AsciiFallback::kYes, where a name printed without them ("QUANG NGAI", OCR)
// still finds its one entry. Used for agencies, places, positions and family names.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "extractors/data_table.h"

namespace vanban {

enum class AsciiFallback {
  kNo,
  kYes,        // every name
  kLongNames,  // names of three words or more ("Ủy ban nhân dân", not "Vụ" or "Trường")
};

class Gazetteer {
 public:
  // The `name_column` of data file `file`; when `kind` is not empty, only rows whose "kind"
  // column equals it.
  Gazetteer(std::string_view file, std::string_view name_column, std::string_view kind = "",
            AsciiFallback fallback = AsciiFallback::kNo);
  // The same over a table already loaded.
  Gazetteer(const DataTable& table, std::string_view name_column, std::string_view kind = "",
            AsciiFallback fallback = AsciiFallback::kNo);

  // The written form of the entry equal to text, or nullptr.
  const std::string* Find(std::string_view text) const;

  // Find, else the one entry whose AsciiKey is one edit (a letter changed, added or dropped)
  // away from the text's, for names of eight letters or more: OCR's "QUANG NGAÀI" finds
  // "Quảng Ngãi". nullptr when none or several are that close.
  const std::string* FindNear(std::string_view text) const;

  struct PrefixMatch {
    const std::string* name;  // written form
    size_t length;            // bytes of text it covers (whole words, no trailing punctuation)
  };
  // The longest entry that text starts with, ending at a word boundary, or nullopt.
  // Example: MatchPrefix("SỞ TÀI CHÍNH TỈNH X") in the heads gives "Sở", length 4.
  std::optional<PrefixMatch> MatchPrefix(std::string_view text) const;

  bool empty() const { return by_key_.empty(); }

 private:
  const std::string* Lookup(const std::string& text) const;

  std::unordered_map<std::string, std::string> by_key_;  // NameKey(name) -> name
  // AsciiKey(name) -> name, or "" when two names share the key; only with the fallback.
  std::unordered_map<std::string, std::string> by_ascii_;
  // The entries' first words as written, in lower case and in capitals, and their AsciiKey
  // with the fallback: no name starts with any other word.
  std::unordered_set<std::string> first_words_;
  std::unordered_set<std::string> ascii_first_words_;
  size_t max_words_ = 0;
};

// The matching key of a name: FoldKey (lower case, one tone placement, single spaces) with
// the punctuation at its ends dropped.
std::string NameKey(std::string_view text);

// The same with FoldAscii: diacritics dropped, "đ" read as "d".
std::string AsciiKey(std::string_view text);

}  // namespace vanban
