#include "pipeline/readers/legacy_charset.h"

#include <cassert>
#include <cstdlib>
#include <vector>

#include "pipeline/embedded_data.h"
#include "pipeline/utf8.h"
#include "pipeline/readers/vietnamese_letters.h"
#include "pipeline/readers/windows1252.h"

namespace vanban {
namespace {

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

// "61 F8" -> {0x61, 0xF8}; empty on malformed input.
std::vector<uint8_t> ParseHexBytes(std::string_view hex) {
  std::vector<uint8_t> bytes;
  size_t pos = 0;
  while (pos < hex.size()) {
    if (hex[pos] == ' ') {
      ++pos;
      continue;
    }
    if (pos + 2 > hex.size()) return {};
    char* end = nullptr;
    const std::string digits(hex.substr(pos, 2));
    const long value = std::strtol(digits.c_str(), &end, 16);
    if (end != digits.c_str() + 2) return {};
    bytes.push_back(static_cast<uint8_t>(value));
    pos += 2;
  }
  return bytes;
}

// "ế" or "U+00A0" -> the code point; 0 when malformed.
char32_t ParseCharacter(std::string_view field) {
  if (field.size() > 2 && field.substr(0, 2) == "U+") {
    const std::string digits(field.substr(2));
    char* end = nullptr;
    const long value = std::strtol(digits.c_str(), &end, 16);
    return end == digits.c_str() + digits.size() ? static_cast<char32_t>(value) : 0;
  }
  size_t pos = 0;
  const char32_t cp = NextCodePoint(field, pos);
  return pos == field.size() && cp != 0xFFFD ? cp : 0;
}

const LegacyCharset& Build(const char* name, const char* file) {
  StatusOr<LegacyCharset> charset = LegacyCharset::Parse(name, EmbeddedData(file));
  // The tables are compiled in and tested: a malformed one is a programmer error.
  assert(charset.ok() && "embedded legacy charset table is malformed");
  if (!charset.ok()) std::abort();  // also without assert, rather than run on a broken table
  return *new LegacyCharset(std::move(charset).value());
}

bool IsAsciiLower(char32_t cp) { return cp >= U'a' && cp <= U'z'; }
bool IsAsciiUpper(char32_t cp) { return cp >= U'A' && cp <= U'Z'; }

// Upper-cases the small Vietnamese letters of `word` (code points).
void UpperWord(std::u32string& word) {
  for (char32_t& cp : word) cp = ToUpperVietnamese(cp);
}

}  // namespace

StatusOr<LegacyCharset> LegacyCharset::Parse(std::string name, std::string_view table) {
  LegacyCharset charset(std::move(name));
  int line_number = 0;
  while (!table.empty()) {
    const size_t eol = table.find('\n');
    std::string_view line = Trim(table.substr(0, eol));
    table.remove_prefix(eol == std::string_view::npos ? table.size() : eol + 1);
    ++line_number;
    if (line.empty() || line.front() == '#') continue;
    const size_t tab = line.find('\t');
    const char32_t cp = tab == std::string_view::npos ? 0 : ParseCharacter(line.substr(0, tab));
    const std::vector<uint8_t> bytes = tab == std::string_view::npos
                                           ? std::vector<uint8_t>()
                                           : ParseHexBytes(line.substr(tab + 1));
    if (cp == 0 || bytes.empty() || bytes.size() > 2 || bytes[0] < 0x20) {
      return DataError(charset.name_ + " table line " + std::to_string(line_number) +
                       ": expected a character, a tab and one or two hex bytes");
    }
    charset.codes_[cp] = std::string(bytes.begin(), bytes.end());
    if (bytes.size() == 1) {
      charset.single_[bytes[0]] = cp;
    } else {
      charset.pairs_[static_cast<uint16_t>(bytes[0] << 8 | bytes[1])] = cp;
    }
  }
  return charset;
}

std::string LegacyCharset::Decode(std::string_view bytes) const {
  std::string out;
  out.reserve(bytes.size() + bytes.size() / 2);
  size_t pos = 0;
  while (pos < bytes.size()) {
    const auto b = static_cast<uint8_t>(bytes[pos]);
    if (pos + 1 < bytes.size()) {
      const auto next = static_cast<uint8_t>(bytes[pos + 1]);
      auto it = pairs_.find(static_cast<uint16_t>(b << 8 | next));
      if (it != pairs_.end()) {
        AppendUtf8(out, it->second);
        pos += 2;
        continue;
      }
    }
    char32_t cp = single_[b];
    if (cp == 0) cp = b < 0xA0 ? FromWindows1252(b) : 0xFFFD;
    AppendUtf8(out, cp);
    ++pos;
  }
  return out;
}

std::optional<std::string> LegacyCharset::Encode(std::string_view text) const {
  std::string out;
  size_t pos = 0;
  while (pos < text.size()) {
    const char32_t cp = NextCodePoint(text, pos);
    auto it = codes_.find(cp);
    if (it == codes_.end()) it = codes_.find(ToLowerVietnamese(cp));
    if (it != codes_.end()) {
      out += it->second;
    } else if (cp < 0x80) {
      out += static_cast<char>(cp);
    } else {
      const int byte = ToWindows1252(cp);
      if (byte < 0x80 || byte >= 0xA0) return std::nullopt;
      out += static_cast<char>(byte);
    }
  }
  return out;
}

const LegacyCharset& Tcvn3Charset() {
  static const LegacyCharset& charset = Build("tcvn3", "tcvn3.tsv");
  return charset;
}

const LegacyCharset& VniCharset() {
  static const LegacyCharset& charset = Build("vni", "vni.tsv");
  return charset;
}

std::string RestoreCapitalWords(std::string_view utf8) {
  std::string out;
  out.reserve(utf8.size());
  size_t line_start = 0;
  while (line_start < utf8.size()) {
    size_t line_end = utf8.find('\n', line_start);
    line_end = line_end == std::string_view::npos ? utf8.size() : line_end + 1;
    // Split the line into words of letters and the text between them.
    std::vector<std::u32string> pieces;
    std::vector<bool> is_word;
    int line_upper = 0;
    int line_lower = 0;
    size_t pos = line_start;
    while (pos < line_end) {
      const char32_t cp = NextCodePoint(utf8, pos);
      const bool letter = ParseVietnameseLetter(cp).has_value();
      if (pieces.empty() || is_word.back() != letter) {
        pieces.emplace_back();
        is_word.push_back(letter);
      }
      pieces.back() += cp;
      line_upper += IsAsciiUpper(cp);
      line_lower += IsAsciiLower(cp);
    }
    const bool capital_line = line_lower == 0 && line_upper >= 3;
    for (size_t i = 0; i < pieces.size(); ++i) {
      if (is_word[i]) {
        int upper = 0;
        int lower = 0;
        for (char32_t cp : pieces[i]) {
          std::optional<VietnameseLetter> letter = ParseVietnameseLetter(cp);
          upper += letter->upper;
          lower += IsAsciiLower(cp);
        }
        if (capital_line || (upper >= 2 && lower == 0)) UpperWord(pieces[i]);
      }
      for (char32_t cp : pieces[i]) AppendUtf8(out, cp);
    }
    line_start = line_end;
  }
  return out;
}

}  // namespace vanban
