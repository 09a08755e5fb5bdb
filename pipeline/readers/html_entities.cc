#include "pipeline/readers/html_entities.h"

#include <cstdint>
#include <unordered_map>

#include "pipeline/utf8.h"
#include "pipeline/readers/windows1252.h"

namespace vanban {
namespace {

struct NamedEntity {
  std::string_view name;
  char32_t cp;
};

constexpr NamedEntity kNamed[] = {
    // Markup and spacing.
    {"amp", U'&'},
    {"AMP", U'&'},
    {"lt", U'<'},
    {"LT", U'<'},
    {"gt", U'>'},
    {"GT", U'>'},
    {"quot", U'"'},
    {"QUOT", U'"'},
    {"apos", U'\''},
    {"nbsp", 0x00A0},
    {"ensp", 0x2002},
    {"emsp", 0x2003},
    {"thinsp", 0x2009},
    {"zwnj", 0x200C},
    {"zwj", 0x200D},
    {"lrm", 0x200E},
    {"rlm", 0x200F},
    {"shy", 0x00AD},
    // Punctuation and symbols.
    {"hellip", 0x2026},
    {"mdash", 0x2014},
    {"ndash", 0x2013},
    {"lsquo", 0x2018},
    {"rsquo", 0x2019},
    {"sbquo", 0x201A},
    {"ldquo", 0x201C},
    {"rdquo", 0x201D},
    {"bdquo", 0x201E},
    {"laquo", 0x00AB},
    {"raquo", 0x00BB},
    {"lsaquo", 0x2039},
    {"rsaquo", 0x203A},
    {"bull", 0x2022},
    {"middot", 0x00B7},
    {"prime", 0x2032},
    {"Prime", 0x2033},
    {"dagger", 0x2020},
    {"Dagger", 0x2021},
    {"permil", 0x2030},
    {"sect", 0x00A7},
    {"para", 0x00B6},
    {"copy", 0x00A9},
    {"COPY", 0x00A9},
    {"reg", 0x00AE},
    {"REG", 0x00AE},
    {"trade", 0x2122},
    {"deg", 0x00B0},
    {"plusmn", 0x00B1},
    {"times", 0x00D7},
    {"divide", 0x00F7},
    {"minus", 0x2212},
    {"le", 0x2264},
    {"ge", 0x2265},
    {"ne", 0x2260},
    {"asymp", 0x2248},
    {"infin", 0x221E},
    {"frac12", 0x00BD},
    {"frac14", 0x00BC},
    {"frac34", 0x00BE},
    {"sup1", 0x00B9},
    {"sup2", 0x00B2},
    {"sup3", 0x00B3},
    {"ordf", 0x00AA},
    {"ordm", 0x00BA},
    {"micro", 0x00B5},
    {"euro", 0x20AC},
    {"cent", 0x00A2},
    {"pound", 0x00A3},
    {"yen", 0x00A5},
    {"curren", 0x00A4},
    {"iexcl", 0x00A1},
    {"iquest", 0x00BF},
    {"brvbar", 0x00A6},
    {"not", 0x00AC},
    {"acute", 0x00B4},
    {"cedil", 0x00B8},
    {"uml", 0x00A8},
    {"macr", 0x00AF},
    {"circ", 0x02C6},
    {"tilde", 0x02DC},
    {"larr", 0x2190},
    {"uarr", 0x2191},
    {"rarr", 0x2192},
    {"darr", 0x2193},
    {"harr", 0x2194},
    // Latin-1 letters.
    {"Agrave", 0x00C0},
    {"Aacute", 0x00C1},
    {"Acirc", 0x00C2},
    {"Atilde", 0x00C3},
    {"Auml", 0x00C4},
    {"Aring", 0x00C5},
    {"AElig", 0x00C6},
    {"Ccedil", 0x00C7},
    {"Egrave", 0x00C8},
    {"Eacute", 0x00C9},
    {"Ecirc", 0x00CA},
    {"Euml", 0x00CB},
    {"Igrave", 0x00CC},
    {"Iacute", 0x00CD},
    {"Icirc", 0x00CE},
    {"Iuml", 0x00CF},
    {"ETH", 0x00D0},
    {"Ntilde", 0x00D1},
    {"Ograve", 0x00D2},
    {"Oacute", 0x00D3},
    {"Ocirc", 0x00D4},
    {"Otilde", 0x00D5},
    {"Ouml", 0x00D6},
    {"Oslash", 0x00D8},
    {"Ugrave", 0x00D9},
    {"Uacute", 0x00DA},
    {"Ucirc", 0x00DB},
    {"Uuml", 0x00DC},
    {"Yacute", 0x00DD},
    {"THORN", 0x00DE},
    {"szlig", 0x00DF},
    {"agrave", 0x00E0},
    {"aacute", 0x00E1},
    {"acirc", 0x00E2},
    {"atilde", 0x00E3},
    {"auml", 0x00E4},
    {"aring", 0x00E5},
    {"aelig", 0x00E6},
    {"ccedil", 0x00E7},
    {"egrave", 0x00E8},
    {"eacute", 0x00E9},
    {"ecirc", 0x00EA},
    {"euml", 0x00EB},
    {"igrave", 0x00EC},
    {"iacute", 0x00ED},
    {"icirc", 0x00EE},
    {"iuml", 0x00EF},
    {"eth", 0x00F0},
    {"ntilde", 0x00F1},
    {"ograve", 0x00F2},
    {"oacute", 0x00F3},
    {"ocirc", 0x00F4},
    {"otilde", 0x00F5},
    {"ouml", 0x00F6},
    {"oslash", 0x00F8},
    {"ugrave", 0x00F9},
    {"uacute", 0x00FA},
    {"ucirc", 0x00FB},
    {"uuml", 0x00FC},
    {"yacute", 0x00FD},
    {"thorn", 0x00FE},
    {"yuml", 0x00FF},
    {"Yuml", 0x0178},
    {"OElig", 0x0152},
    {"oelig", 0x0153},
    {"Scaron", 0x0160},
    {"scaron", 0x0161},
    {"fnof", 0x0192},
    // HTML5 names of Vietnamese letters outside Latin-1.
    {"Abreve", 0x0102},
    {"abreve", 0x0103},
    {"Dstrok", 0x0110},
    {"dstrok", 0x0111},
    {"Itilde", 0x0128},
    {"itilde", 0x0129},
    {"Utilde", 0x0168},
    {"utilde", 0x0169},
};

const std::unordered_map<std::string_view, char32_t>& NamedMap() {
  static const auto* map = [] {
    auto* m = new std::unordered_map<std::string_view, char32_t>();
    for (const NamedEntity& entity : kNamed) m->emplace(entity.name, entity.cp);
    return m;
  }();
  return *map;
}

bool IsAsciiAlnum(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

char32_t NumericCodePoint(uint32_t value) {
  if (value >= 0x80 && value <= 0x9F) return FromWindows1252(static_cast<uint8_t>(value));
  if (value == 0 || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF)) return 0xFFFD;
  return value;
}

// Decodes the reference starting at text[pos] == '&' into `out`; returns its length, or 0
// when there is none.
size_t DecodeReference(std::string_view text, size_t pos, std::string& out) {
  size_t i = pos + 1;
  if (i < text.size() && text[i] == '#') {
    ++i;
    const bool hex = i < text.size() && (text[i] == 'x' || text[i] == 'X');
    if (hex) ++i;
    const size_t digits_start = i;
    uint32_t value = 0;
    while (i < text.size()) {
      const int digit =
          hex ? HexValue(text[i]) : (text[i] >= '0' && text[i] <= '9' ? text[i] - '0' : -1);
      if (digit < 0) break;
      if (value <= 0x10FFFF) value = value * (hex ? 16 : 10) + digit;
      ++i;
    }
    if (i == digits_start) return 0;
    if (i < text.size() && text[i] == ';') ++i;
    AppendUtf8(out, NumericCodePoint(value));
    return i - pos;
  }
  while (i < text.size() && IsAsciiAlnum(text[i]) && i - pos <= 32) ++i;
  if (i == pos + 1 || i >= text.size() || text[i] != ';') return 0;
  const auto& named = NamedMap();
  auto it = named.find(text.substr(pos + 1, i - pos - 1));
  if (it == named.end()) return 0;
  AppendUtf8(out, it->second);
  return i + 1 - pos;
}

}  // namespace

std::string DecodeHtmlEntities(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  size_t pos = 0;
  while (pos < text.size()) {
    const size_t amp = text.find('&', pos);
    if (amp == std::string_view::npos) {
      out.append(text.substr(pos));
      break;
    }
    out.append(text.substr(pos, amp - pos));
    const size_t len = DecodeReference(text, amp, out);
    if (len == 0) {
      out += '&';
      pos = amp + 1;
    } else {
      pos = amp + len;
    }
  }
  return out;
}

}  // namespace vanban
