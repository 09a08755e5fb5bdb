#include "extractors/agency_names.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <vector>

#include "extractors/abbreviations.h"
#include "extractors/data_table.h"
#include "extractors/gazetteer.h"
#include "extractors/text_case.h"

namespace vanban {
namespace {

// True when some listed abbreviation starts with the byte c: elsewhere none can match.
bool MayStartAbbreviation(char c) {
  static const std::array<bool, 256> kFirstBytes = [] {
    std::array<bool, 256> first{};
    for (const ListedAbbreviation& a : ListedAbbreviations()) {
      if (a.printed.empty()) {
        first.fill(true);
      } else {
        first[static_cast<unsigned char>(a.printed[0])] = true;
      }
    }
    return first;
  }();
  return kFirstBytes[static_cast<unsigned char>(c)];
}

const Gazetteer& Bodies() {
  static const Gazetteer g("agencies.tsv", "name", "body", AsciiFallback::kLongNames);
  return g;
}
const Gazetteer& Heads() {
  static const Gazetteer g("agencies.tsv", "name", "head", AsciiFallback::kLongNames);
  return g;
}
const Gazetteer& Places() {
  static const Gazetteer g("places.tsv", "name", "", AsciiFallback::kYes);
  return g;
}

// Fields of the ministries: "Tài chính" from "Bộ Tài chính", lent to "Sở", "Phòng", ...
const Gazetteer& Fields() {
  static const Gazetteer* g = [] {
    // Built from the agencies file: the rows "Bộ X" give "X".
    DataTable table = LoadDataTable("agencies.tsv");
    std::string tsv = "name\n";
    const int name = table.Column("name");
    for (const auto& row : table.rows) {
      if (row[name].rfind("Bộ ", 0) == 0) tsv += row[name].substr(std::string("Bộ ").size()) + "\n";
    }
    return new Gazetteer(ParseDataTable(tsv), "name");
  }();
  return *g;
}

// Same letters, case aside ("TỈNH" and "tỉnh", not "tinh").
bool SameLetters(std::string_view a, std::string_view b) { return ToLower(a) == ToLower(b); }

// Place qualifiers written in lower case before a place name.
constexpr std::string_view kQualifiers[] = {"thành phố", "thị xã", "thị trấn", "đặc khu", "khu vực",
                                            "tỉnh",      "huyện",  "quận",     "xã",      "phường"};

// Byte length of the first n space-separated words of text, or npos when it has fewer.
size_t WordsLength(std::string_view text, size_t n) {
  size_t end = 0;
  for (size_t w = 0; w < n; ++w) {
    if (end >= text.size()) return std::string_view::npos;
    size_t next = text.find(' ', end == 0 ? 0 : end + 1);
    end = next == std::string_view::npos ? text.size() : next;
  }
  return end;
}

UChar32 CodePointAt(std::string_view s, size_t pos) {
  if (pos >= s.size()) return -1;
  int32_t i = static_cast<int32_t>(pos);
  UChar32 c;
  U8_NEXT(s.data(), i, static_cast<int32_t>(s.size()), c);
  return c;
}

// The qualifier that text starts with (as whole words), or "".
std::string_view QualifierPrefix(std::string_view text, size_t* length) {
  // Qualifiers start with t, h, q, x, p, k or đ: a cheap test before folding.
  UChar32 first = u_tolower(CodePointAt(text, 0));
  if (first != 't' && first != 'h' && first != 'q' && first != 'x' && first != 'p' &&
      first != 'k' && first != 0x0111 && first != 'd') {
    return "";
  }
  // The ASCII keys of the text's first one and two words, computed once.
  size_t one = WordsLength(text, 1);
  size_t two = WordsLength(text, 2);
  if (one == std::string_view::npos) return "";
  std::string key1 = AsciiKey(text.substr(0, one));
  std::string key2 = two == std::string_view::npos ? "" : AsciiKey(text.substr(0, two));
  static const auto* kKeys = [] {
    auto* keys = new std::vector<std::string>;
    for (std::string_view k : kQualifiers) keys->push_back(AsciiKey(k));
    return keys;
  }();
  for (size_t i = 0; i < std::size(kQualifiers); ++i) {
    std::string_view q = kQualifiers[i];
    bool two_words = q.find(' ') != std::string_view::npos;
    size_t end = two_words ? two : one;
    if (end == std::string_view::npos) continue;
    if ((two_words ? key2 : key1) != (*kKeys)[i]) continue;
    if (!SameLetters(text.substr(0, end), q)) {
      // OCR lost or swapped the marks ("TĨNH QUẢNG NGÃI"): still a qualifier before a known
      // place.
      if (end >= text.size() || !Places().FindNear(text.substr(end + 1))) continue;
    }
    // "xã hội" (society) is not the commune "xã Hội".
    if (q == "xã" && AsciiKey(text.substr(end)).rfind("hoi", 0) == 0) continue;
    *length = end;
    return q;
  }
  return "";
}

std::string_view TrimSpaces(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == ',')) s.remove_prefix(1);
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  return s;
}

bool HasDigitOrNoVowel(std::string_view word) {
  std::string base = AsciiKey(word);
  bool vowel = false;
  for (char c : base) {
    if (c >= '0' && c <= '9') return true;
    vowel = vowel || std::string_view("aeiouy").find(c) != std::string_view::npos;
  }
  return !vowel;
}

// Words in capitals by rule: lower case, the first word and the first word after ",", "-"
// or "và" capitalised, places in title case, acronyms ("TNHH") kept.
std::string GenericWords(std::string_view text) {
  std::string out;
  bool capitalize = true;
  size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && text[i] == ' ') ++i;
    if (i >= text.size()) break;
    std::string_view rest = text.substr(i);
    size_t qualifier_length = 0;
    std::string_view qualifier = QualifierPrefix(rest, &qualifier_length);
    if (!qualifier.empty() && qualifier_length < rest.size()) {
      if (!out.empty()) out += ' ';
      out += std::string(qualifier) + " " +
             WrittenPlaceName(TrimSpaces(rest.substr(qualifier_length)));
      return out;
    }
    if (auto place = Places().MatchPrefix(rest); place && place->length == rest.size()) {
      if (!out.empty()) out += ' ';
      return out + *place->name;
    }
    size_t end = text.find(' ', i);
    if (end == std::string_view::npos) end = text.size();
    std::string_view word = text.substr(i, end - i);
    std::string written = HasDigitOrNoVowel(word) ? std::string(word) : ToLower(word);
    if (capitalize) written = CapitalizeFirst(written);
    if (!out.empty()) out += ' ';
    out += written;
    capitalize = word.back() == ',' || word == "-" || AsciiKey(word) == "va";
    i = end;
  }
  return out;
}

std::string WriteUpper(std::string_view s);

// The part of a name after its head word: a body, a place, a field, a nested agency or words.
std::string WriteRest(std::string_view rest) {
  rest = TrimSpaces(rest);
  if (rest.empty()) return "";
  if (const std::string* body = Bodies().Find(rest)) return *body;
  if (const std::string* place = Places().Find(rest)) return *place;
  size_t qualifier_length = 0;
  std::string_view qualifier = QualifierPrefix(rest, &qualifier_length);
  if (!qualifier.empty()) {
    // "THUẾ TỈNH" (the province meant by the document) stays "Thuế tỉnh".
    if (qualifier_length >= rest.size()) return std::string(qualifier);
    return std::string(qualifier) + " " +
           WrittenPlaceName(TrimSpaces(rest.substr(qualifier_length)));
  }
  if (auto field = Fields().MatchPrefix(rest)) {
    std::string more = WriteRest(rest.substr(field->length));
    return *field->name + (more.empty() ? "" : " " + more);
  }
  if (Bodies().MatchPrefix(rest) || Heads().MatchPrefix(rest)) return WriteUpper(rest);
  return GenericWords(rest);
}

std::string WriteUpper(std::string_view s) {
  if (const std::string* body = Bodies().Find(s)) return *body;
  auto body = Bodies().MatchPrefix(s);
  auto head = Heads().MatchPrefix(s);
  if (body && (!head || body->length >= head->length)) {
    std::string rest = WriteRest(s.substr(body->length));
    return *body->name + (rest.empty() ? "" : " " + rest);
  }
  if (head) {
    std::string rest = WriteRest(s.substr(head->length));
    return *head->name + (rest.empty() ? "" : " " + rest);
  }
  return GenericWords(s);
}

bool IsTokenChar(UChar32 c) { return c >= 0 && (u_isalnum(c) || c == '&'); }

UChar32 CodePointBefore(std::string_view s, size_t pos) {
  if (pos == 0) return -1;
  int32_t i = static_cast<int32_t>(pos);
  UChar32 c;
  U8_PREV(s.data(), 0, i, c);
  return c;
}

std::string_view StripFinalPunct(std::string_view s) {
  while (!s.empty() && (s.back() == '.' || s.back() == ',' || s.back() == ';' || s.back() == ':' ||
                        s.back() == ' ')) {
    s.remove_suffix(1);
  }
  return s;
}

}  // namespace

std::string CollapseSpaces(std::string_view text) {
  std::string out;
  bool space = false;
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    bool is_space = c == ' ' || c == '\t' || c == '\n' || c == '\r';
    if (!is_space && i + 1 < text.size() && static_cast<unsigned char>(c) == 0xC2 &&
        static_cast<unsigned char>(text[i + 1]) == 0xA0) {
      is_space = true;
      ++i;
    }
    if (is_space) {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

std::string ExpandAbbreviations(std::string_view text) {
  std::string out;
  size_t i = 0;
  while (i < text.size()) {
    bool replaced = false;
    if (MayStartAbbreviation(text[i]) && !IsTokenChar(CodePointBefore(text, i))) {
      for (const ListedAbbreviation& a : ListedAbbreviations()) {
        if (text.compare(i, a.printed.size(), a.printed) != 0) continue;
        if (IsTokenChar(CodePointAt(text, i + a.printed.size()))) continue;
        out += a.expansion;
        i += a.printed.size();
        replaced = true;
        break;
      }
    }
    if (!replaced) out += text[i++];
  }
  return out;
}

std::string WrittenAgencyName(std::string_view printed) {
  std::string s(StripFinalPunct(CollapseSpaces(printed)));
  bool upper = IsUpperText(s);
  std::string expanded = ExpandAbbreviations(s);
  if (!upper) return expanded;
  return WriteUpper(expanded);
}

bool IsKnownAgency(std::string_view printed) {
  return Bodies().Find(ExpandAbbreviations(CollapseSpaces(printed))) != nullptr;
}

size_t StackedAgencySplit(std::string_view printed) {
  if (ExpandAbbreviations(printed) != printed) return 0;
  auto body = Bodies().MatchPrefix(printed);
  if (!body || body->length >= printed.size()) return 0;
  size_t rest = body->length;
  while (rest < printed.size() && printed[rest] == ' ') ++rest;
  return StartsWithAgencyName(printed.substr(rest)) ? rest : 0;
}

bool StartsWithAgencyName(std::string_view printed) {
  std::string expanded = ExpandAbbreviations(CollapseSpaces(printed));
  return Bodies().MatchPrefix(expanded).has_value() || Heads().MatchPrefix(expanded).has_value();
}

std::string WrittenPlaceName(std::string_view printed) {
  std::string s(StripFinalPunct(CollapseSpaces(printed)));
  if (!IsUpperText(s)) return s;
  if (const std::string* place = Places().FindNear(s)) return *place;
  return ToTitleWords(s);
}

std::string PlaceQualifier(std::string_view place) {
  static const Gazetteer provinces("places.tsv", "name", "province", AsciiFallback::kYes);
  static const Gazetteer cities("places.tsv", "name", "city", AsciiFallback::kYes);
  std::string s = CollapseSpaces(place);
  if (provinces.Find(s)) return "tỉnh";
  if (cities.Find(s)) return "thành phố";
  return "";
}

bool IsKnownPlace(std::string_view printed) {
  std::string s = CollapseSpaces(printed);
  if (Places().Find(s)) return true;
  size_t length = 0;
  if (!QualifierPrefix(s, &length).empty() && length < s.size()) {
    return Places().Find(TrimSpaces(std::string_view(s).substr(length))) != nullptr;
  }
  return false;
}

}  // namespace vanban
