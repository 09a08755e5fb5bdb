// Gazetteer: the names of one data file (extractors/data/*.tsv) looked up whatever their
// case and diacritics as printed: "BỘ TÀI CHÍNH", "Bo Tai chinh" and "Bộ Tài chính" all find
// "Bộ Tài chính". Used for agencies, places, positions and family names.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

#include "extractors/data_table.h"

namespace vanban {

class Gazetteer {
 public:
  // The `name_column` of data file `file`; when `kind` is not empty, only rows whose "kind"
  // column equals it.
  Gazetteer(std::string_view file, std::string_view name_column, std::string_view kind = "");
  // The same over a table already loaded.
  Gazetteer(const DataTable& table, std::string_view name_column, std::string_view kind = "");

  // The written form of the entry equal to text, or nullptr.
  const std::string* Find(std::string_view text) const;

  struct PrefixMatch {
    const std::string* name;  // written form
    size_t length;            // bytes of text it covers (whole words, no trailing punctuation)
  };
  // The longest entry that text starts with, ending at a word boundary, or nullopt.
  // Example: MatchPrefix("SỞ TÀI CHÍNH TỈNH X") in the heads gives "Sở", length 4.
  std::optional<PrefixMatch> MatchPrefix(std::string_view text) const;

  bool empty() const { return by_key_.empty(); }

 private:
  std::unordered_map<std::string, std::string> by_key_;  // FoldAscii(name) -> name
  size_t max_words_ = 0;
};

// The matching key of a name: FoldAscii with the punctuation at its ends dropped.
std::string NameKey(std::string_view text);

}  // namespace vanban
