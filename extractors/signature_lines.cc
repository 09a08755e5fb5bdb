#include "extractors/signature_lines.h"

#include <re2/re2.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <vector>

#include "extractors/agency_names.h"
#include "extractors/gazetteer.h"
#include "extractors/loose_pattern.h"
#include "extractors/text_case.h"

namespace vanban {
namespace {

// Positions of three words or more are found without their diacritics too: OCR reads a
// bold line under a seal as "CHANH VAN PHONG".
const Gazetteer& Positions() {
  static const Gazetteer g("positions.tsv", "name", "", AsciiFallback::kLongNames);
  return g;
}

const Gazetteer& NamePrefixes() {
  static const Gazetteer g("name_prefixes.tsv", "name");
  return g;
}

const Gazetteer& Surnames() {
  static const Gazetteer g("surnames.tsv", "name");
  return g;
}

// Example: "KT. CHỦ TỊCH", "T/M BỘ CHÍNH TRỊ", "TUQ. BỘ TRƯỞNG", "Q. CHỦ TỊCH".
const RE2& AuthorityRe() {
  static const RE2 re(
      R"(^(T\s?/\s?M|TM|K\s?/\s?T|KT|T\s?/\s?L|TL|TUQ|Q)(?:(\s?[.:]\s*|\s+)(\p{Lu})|\s?(\.)\s*$))");
  return re;
}

std::vector<std::string_view> Words(std::string_view s) {
  std::vector<std::string_view> words;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && s[i] == ' ') ++i;
    size_t end = s.find(' ', i);
    if (end == std::string_view::npos) end = s.size();
    if (end > i) words.push_back(s.substr(i, end - i));
    i = end;
  }
  return words;
}

// A word of letters only (a hyphen or apostrophe inside allowed: "H'Wen"); *capitalised is
// set when its first letter is upper case and the others lower, *upper when all are upper.
bool LetterWord(std::string_view w, bool* capitalised, bool* upper) {
  int32_t i = 0;
  const int32_t n = static_cast<int32_t>(w.size());
  bool first = true;
  bool rest_lower = true;
  bool all_upper = true;
  bool first_upper = false;
  while (i < n) {
    UChar32 c;
    U8_NEXT(w.data(), i, n, c);
    if (c < 0) return false;
    if ((c == '-' || c == '\'') && !first && i < n) continue;
    if (!u_isalpha(c)) return false;
    if (first) {
      first_upper = u_isupper(c);
    } else {
      rest_lower = rest_lower && u_islower(c);
    }
    all_upper = all_upper && u_isupper(c);
    first = false;
  }
  *capitalised = first_upper && rest_lower;
  *upper = all_upper;
  return !first;
}

}  // namespace

std::optional<AuthorityPrefix> MatchAuthorityPrefix(std::string_view line) {
  // Every prefix starts with one of these capitals, followed by white space, a slash, a dot,
  // a colon or a prefix's second letter: most lines are ruled out without RE2.
  if (line.size() < 2 || (line[0] != 'T' && line[0] != 'K' && line[0] != 'Q') ||
      std::string_view(" \t\n\f\r/MLUT.:").find(line[1]) == std::string_view::npos) {
    return std::nullopt;
  }
  re2::StringPiece m[5];
  if (!AuthorityRe().Match(line, 0, line.size(), RE2::ANCHOR_START, m, 5)) return std::nullopt;
  std::string code;
  for (char c : m[1]) {
    if (c != '/' && c != ' ') code += c;
  }
  // "KT." alone on its line: the position follows on the next one.
  if (!m[4].empty()) return AuthorityPrefix{code, line.size()};
  // "Q" needs its dot: "Q CHỦ TỊCH" is no prefix.
  if (code == "Q" && m[2].find('.') == re2::StringPiece::npos) return std::nullopt;
  // The word after the prefix must be in capitals: "TM. ỦY BAN", not "TL. Ông".
  size_t word_begin = m[3].data() - line.data();
  size_t word_end = line.find(' ', word_begin);
  std::string_view word =
      line.substr(word_begin, word_end == std::string_view::npos ? std::string_view::npos
                                                                 : word_end - word_begin);
  if (!IsUpperText(word) && word.size() > 2) return std::nullopt;
  return AuthorityPrefix{code, word_begin};
}

// True when the text's first word is written in capitals: a cheap test before a lookup.
bool FirstWordInCapitals(std::string_view line) {
  int32_t i = 0;
  const int32_t n = static_cast<int32_t>(line.size());
  int letters = 0;
  while (i < n) {
    UChar32 c;
    U8_NEXT(line.data(), i, n, c);
    if (c == ' ') break;
    if (c < 0 || !u_isupper(c)) return false;
    ++letters;
  }
  return letters > 0;
}

std::optional<PositionMatch> MatchPosition(std::string_view line) {
  if (!FirstWordInCapitals(line)) return std::nullopt;
  auto m = Positions().MatchPrefix(line);
  if (!m || !IsUpperText(line.substr(0, m->length))) return std::nullopt;
  return PositionMatch{m->name, m->length};
}

size_t FindInnerPosition(std::string_view line) {
  size_t i = 0;
  while (true) {
    i = line.find(' ', i);
    if (i == std::string_view::npos) return std::string_view::npos;
    ++i;
    if (MatchPosition(line.substr(i))) return i;
  }
}

std::string WrittenTitle(std::string_view line) {
  std::string s = CollapseSpaces(line);
  while (!s.empty() && (s.back() == ',' || s.back() == '.' || s.back() == ':')) s.pop_back();
  if (!IsUpperText(s)) return s;
  auto position = Positions().MatchPrefix(s);
  if (!position) return CapitalizeFirst(ToLower(s));
  std::string_view rest = std::string_view(s).substr(position->length);
  bool comma = false;
  while (!rest.empty() && (rest.front() == ' ' || rest.front() == ',')) {
    comma = comma || rest.front() == ',';
    rest.remove_prefix(1);
  }
  if (rest.empty()) return *position->name;
  // Two positions held together: "BỘ TRƯỞNG, CHỦ NHIỆM" -> "Bộ trưởng, Chủ nhiệm".
  if (comma && MatchPosition(rest)) return *position->name + ", " + WrittenTitle(rest);
  std::string written_rest = StartsWithAgencyName(rest) ? WrittenAgencyName(rest) : ToLower(rest);
  return *position->name + " " + written_rest;
}

size_t NamePrefixLength(std::string_view line) {
  auto m = NamePrefixes().MatchPrefix(line);
  if (!m) return 0;
  size_t end = m->length;
  while (end < line.size() && (line[end] == ' ' || line[end] == '.')) ++end;
  return end < line.size() ? end : 0;
}

namespace {

// True when s holds a digit or punctuation no name has: a byte table instead of
// find_first_of, which searches its set once per byte.
bool HasNonNameMark(std::string_view s) {
  static constexpr std::array<bool, 256> kMarks = [] {
    std::array<bool, 256> marks{};
    for (unsigned char c : std::string_view("0123456789,;:()/?!\"")) marks[c] = true;
    return marks;
  }();
  return std::any_of(s.begin(), s.end(),
                     [](char c) { return kMarks[static_cast<unsigned char>(c)]; });
}

}  // namespace

bool IsPersonName(std::string_view line, NameCheck check) {
  if (line.size() > 120) return false;  // a name and a rank fit in far less
  // The tests below on the collapsed text, first on the line as it is (collapsing spaces
  // keeps every other byte): no white space at all, or a digit or punctuation, is no name.
  if (line.find_first_of(" \t\n\r\xC2") == std::string_view::npos || HasNonNameMark(line)) {
    return false;
  }
  std::string s = CollapseSpaces(line);
  // Cheap tests first: a few words, no digits, no punctuation but a rank's dot.
  size_t spaces = std::count(s.begin(), s.end(), ' ');
  if (spaces < 1 || spaces > 7 || HasNonNameMark(s)) {
    return false;
  }
  if (spaces >= 2) s = s.substr(NamePrefixLength(s));
  std::vector<std::string_view> words = Words(s);
  if (words.size() < 2 || words.size() > 6) return false;
  bool all_capitalised = true;
  bool all_upper = true;
  for (std::string_view w : words) {
    bool capitalised = false;
    bool upper = false;
    if (!LetterWord(w, &capitalised, &upper)) return false;
    all_capitalised = all_capitalised && capitalised;
    all_upper = all_upper && upper;
  }
  if (!all_capitalised && !all_upper) return false;
  if ((check == NameCheck::kSurname || all_upper) && !Surnames().Find(words[0])) return false;
  std::string upper = ToUpper(s);
  return !MatchPosition(upper) && !StartsWithAgencyName(upper) && !IsKnownPlace(s);
}

size_t FindTrailingName(std::string_view line) {
  // Candidate starts: after each space, from the shortest tail (2 words) to the longest (4).
  std::vector<size_t> starts;
  for (size_t i = line.size(); i > 0 && starts.size() < 5; --i) {
    if (line[i - 1] == ' ') starts.push_back(i);
  }
  // Cheap test first: the last two words start with capitals.
  if (starts.size() < 2 || !StartsWithUpper(line.substr(starts[0])) ||
      !StartsWithUpper(line.substr(starts[1]))) {
    return std::string_view::npos;
  }
  for (size_t k = 1; k < starts.size() && k < 4; ++k) {
    std::string_view tail = line.substr(starts[k]);
    if (!IsPersonName(tail, NameCheck::kSurname)) continue;
    // The longest name: extend while still a name.
    size_t best = starts[k];
    for (size_t j = k + 1; j < starts.size() && j < 5; ++j) {
      if (IsPersonName(line.substr(starts[j]), NameCheck::kSurname)) best = starts[j];
    }
    return best;
  }
  return std::string_view::npos;
}

// True when the line holds a byte every noise pattern needs: a 'k' of "ký" (any case, or
// the Kelvin sign U+212A that case folding matches), '@' or ':'.
bool MayHoldNoiseMark(std::string_view line) {
  return line.find_first_of("kK@:") != std::string_view::npos ||
         line.find("\xE2\x84\xAA") != std::string_view::npos;
}

bool IsSignatureNoise(std::string_view line) {
  if (line.size() > 160) return false;  // a long line is text
  static const RE2 re("(?i)^[\\[(]?\\s*" + LoosePattern("đã ký", LetterCase::kAny) + "|" +
                      LoosePattern("ký bởi", LetterCase::kAny) + "|" +
                      LoosePattern("thời gian ký", LetterCase::kAny) + "|^" +
                      LoosePattern("cơ quan", LetterCase::kAny) +
                      "\\s*:|@|\\d{1,2}:\\d{2}|^\\[?daky\\]?$");
  if (MayHoldNoiseMark(line) && RE2::PartialMatch(line, re)) return true;
  // Nothing but symbols and digits: page numbers, "*", "-----".
  int32_t i = 0;
  const int32_t n = static_cast<int32_t>(line.size());
  while (i < n) {
    UChar32 c;
    U8_NEXT(line.data(), i, n, c);
    bool letter = c < 0x80 ? (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') : u_isalpha(c);
    if (c >= 0 && letter) return false;
  }
  return true;
}

}  // namespace vanban
