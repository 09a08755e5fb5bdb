// TCVN3 and VNI, the legacy Vietnamese font encodings ICU has no converter for. Their
// tables are data (extractors/data/tcvn3.tsv, vni.tsv: a character, a tab, its one or two
// bytes in hex); this file turns a table into a decoder and an encoder.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>

#include "pipeline/status.h"

namespace vanban {

class LegacyCharset {
 public:
  // Builds the charset `name` from a table; fails with data_error naming the first bad line.
  static StatusOr<LegacyCharset> Parse(std::string name, std::string_view table);

  const std::string& name() const { return name_; }

  // `bytes` as UTF-8: table sequences first (two bytes before one), ASCII as is, other
  // bytes 0x80-0x9F as Windows-1252 punctuation (the fonts kept it), any other byte U+FFFD.
  // Example: VniCharset().Decode("Quye\xE1t \xF1\xF2nh") == "Quyết định".
  std::string Decode(std::string_view bytes) const;

  // UTF-8 `text` (NFC) in this charset. A capital the table lacks is written with the code
  // of its small letter, as TCVN3 capital fonts did; nullopt when a character has no code.
  std::optional<std::string> Encode(std::string_view text) const;

 private:
  explicit LegacyCharset(std::string name) : name_(std::move(name)) {}

  std::string name_;
  char32_t single_[256] = {};                        // byte -> character, 0 when none
  std::unordered_map<uint16_t, char32_t> pairs_;     // (first << 8 | second) -> character
  std::unordered_map<char32_t, std::string> codes_;  // character -> bytes
};

// The charsets built from the embedded tables (built once; the tables are tested).
const LegacyCharset& Tcvn3Charset();
const LegacyCharset& VniCharset();

// TCVN3 text typed in an all-capital font decodes with small toned letters inside capital
// words ("CéNG HOµ" reads "CộNG HOà"). Makes such letters capital in a word of two or more
// capitals and no small ASCII letter, and in every word of a line whose ASCII letters are
// all capitals. Example: "CộNG HOà Xã HộI" -> "CỘNG HOÀ XÃ HỘI".
std::string RestoreCapitalWords(std::string_view utf8);

}  // namespace vanban
