#include "pipeline/normalize/line_kind.h"

#include <algorithm>
#include <initializer_list>
#include <iterator>
#include <string>

#include "pipeline/normalize/icu_text.h"
#include "pipeline/utf8.h"

namespace vanban {
namespace {

// Prefixes are a few bytes long: a plain loop beats a call to memcmp.
bool StartsWith(std::string_view s, std::string_view prefix) {
  if (s.size() < prefix.size()) return false;
  for (size_t i = 0; i < prefix.size(); ++i) {
    if (s[i] != prefix[i]) return false;
  }
  return true;
}

template <size_t N>
bool StartsWithAny(std::string_view s, const std::string_view (&prefixes)[N]) {
  if (s.empty()) return false;
  for (std::string_view p : prefixes) {
    if (s[0] == p[0] && StartsWith(s, p)) return true;
  }
  return false;
}

bool EndsAt(std::string_view s, size_t k) { return k == s.size() || s[k] == ' '; }

// Digits at s[pos...]: their count, or 0 when there are none or more than `max`.
size_t Digits(std::string_view s, size_t pos, size_t max) {
  size_t k = pos;
  while (k < s.size() && IsDigit(static_cast<unsigned char>(s[k]))) ++k;
  return k - pos <= max ? k - pos : 0;
}

bool IsRomanLetter(char c) { return c == 'I' || c == 'V' || c == 'X' || c == 'L' || c == 'C'; }

size_t RomanLetters(std::string_view s, size_t pos) {
  size_t k = pos;
  while (k < s.size() && k - pos < 7 && IsRomanLetter(s[k])) ++k;
  return k - pos;
}

// A letter marker's letter: a-z, A-Z, or đ/Đ (two bytes). Its length in bytes, or 0.
size_t MarkerLetter(std::string_view s, size_t pos) {
  if (pos >= s.size()) return 0;
  if (IsAsciiLetter(static_cast<unsigned char>(s[pos]))) return 1;
  if (StartsWith(s.substr(pos), "đ") || StartsWith(s.substr(pos), "Đ")) return 2;
  return 0;
}

// Whether a word, lower-cased, is one of `words` (all lower-case and short).
template <size_t N>
bool IsOneOf(std::string_view word, const std::u32string_view (&words)[N]) {
  constexpr size_t kLongest = 8;
  if (word.empty() || word.size() > 3 * kLongest) return false;
  // An ASCII non-letter lowers to itself: a word ending with one (most last words of a line
  // end with punctuation) matches only a listed word ending with it, without decoding.
  const auto last = static_cast<unsigned char>(word.back());
  if (last < 0x80 && !IsAsciiLetter(last) &&
      std::none_of(std::begin(words), std::end(words),
                   [&](std::u32string_view w) { return w.back() == last; })) {
    return false;
  }
  char32_t lower[kLongest];
  size_t n = 0;
  for (size_t i = 0; i < word.size(); ++n) {
    if (n == kLongest) return false;
    DecodedCodePoint c = DecodeUtf8(word, i);
    i += c.length;
    lower[n] = ToLower(c.value);
  }
  const std::u32string_view lowered(lower, n);
  for (std::u32string_view w : words) {
    if (w == lowered) return true;
  }
  return false;
}

std::string_view TrimTrailing(std::string_view s, std::string_view chars) {
  const auto in_chars = [&](char c) {
    for (char x : chars) {
      if (x == c) return true;
    }
    return false;
  };
  while (!s.empty() && in_chars(s.back())) s.remove_suffix(1);
  return s;
}

}  // namespace

Numbering NumberingAt(std::string_view s) {
  if (s.empty()) return {};
  // "Điều 3.", "Điều 11a.", "ĐIỀU 3"
  static constexpr std::string_view kArticles[] = {"Điều ", "ĐIỀU "};
  for (std::string_view kw : kArticles) {
    if (!StartsWith(s, kw)) continue;
    size_t k = kw.size();
    const size_t d = Digits(s, k, 3);
    if (d == 0) return {};
    k += d;
    if (k < s.size() && s[k] >= 'a' && s[k] <= 'z') ++k;
    // An article heading has its dot ("Điều 5. Phạm vi"); "Điều 5 Luật ..." is a citation.
    if (k < s.size() && (s[k] == '.' || s[k] == ':'))
      return EndsAt(s, k + 1) ? Numbering{k + 1, false} : Numbering{};
    return k == s.size() ? Numbering{k, false} : Numbering{};
  }
  // "Chương II", "Mục 1.", "Phần thứ nhất", "PHẦN I"
  static constexpr std::string_view kHeadings[] = {"Chương ", "CHƯƠNG ", "Mục ",
                                                   "MỤC ",    "Phần ",   "PHẦN "};
  for (std::string_view kw : kHeadings) {
    if (!StartsWith(s, kw)) continue;
    size_t k = kw.size();
    if (StartsWith(s.substr(k), "thứ ") || StartsWith(s.substr(k), "THỨ ")) {
      k = s.find(' ', k + std::string_view("thứ ").size());
      if (k == std::string_view::npos) k = s.size();
    } else {
      size_t n = RomanLetters(s, k);
      if (n == 0) n = Digits(s, k, 2);
      if (n == 0) return {};
      k += n;
    }
    // A heading stands alone or goes on after a dot, colon or dash: "Chương II. QUY ĐỊNH
    // CHUNG"; "Chương II của Luật ..." is a citation.
    bool mark = false;
    if (k < s.size() && (s[k] == '.' || s[k] == ':')) {
      ++k;
      mark = true;
    }
    if (k == s.size() || (mark && s[k] == ' ') || StartsWith(s.substr(k), " - ")) {
      return {k, true};
    }
    return {};
  }
  const unsigned char c0 = static_cast<unsigned char>(s[0]);
  // "(1)", "(a)", "(iv)"
  if (c0 == '(') {
    size_t k = 1;
    size_t n = Digits(s, k, 2);
    if (n == 0) {
      while (k + n < s.size() && n < 4 && (s[k + n] == 'i' || s[k + n] == 'v' || s[k + n] == 'x')) {
        ++n;
      }
    }
    if (n == 0) n = MarkerLetter(s, k);
    k += n;
    if (n == 0 || k >= s.size() || s[k] != ')') return {};
    return EndsAt(s, k + 1) ? Numbering{k + 1, false} : Numbering{};
  }
  // "1.", "1)", "2.1.", "2.1" (but not "3.000" nor "12 tháng")
  if (IsDigit(c0)) {
    size_t k = Digits(s, 0, 2);
    if (k == 0) return {};
    int groups = 0;
    while (k + 1 < s.size() && s[k] == '.' && IsDigit(static_cast<unsigned char>(s[k + 1]))) {
      const size_t g = Digits(s, k + 1, 2);
      if (g == 0) break;
      k += 1 + g;
      ++groups;
    }
    if (k < s.size() && (s[k] == '.' || s[k] == ')')) {
      ++k;
    } else if (groups == 0) {
      return {};
    }
    return EndsAt(s, k) ? Numbering{k, false} : Numbering{};
  }
  // "IV.", "II)", "II -"
  if (const size_t n = RomanLetters(s, 0); n > 0) {
    if (n < s.size() && (s[n] == '.' || s[n] == ')') && EndsAt(s, n + 1)) return {n + 1, false};
    if (StartsWith(s.substr(n), " - ")) return {n, false};
  }
  // "a)", "đ)", "a.", "B."
  if (const size_t n = MarkerLetter(s, 0); n > 0) {
    if (n < s.size() && (s[n] == '.' || s[n] == ')') && EndsAt(s, n + 1)) return {n + 1, false};
  }
  return {};
}

bool IsListStart(std::string_view line) { return IsListStart(line, NumberingAt(line)); }

bool IsListStart(std::string_view line, const Numbering& numbering) {
  if (line.empty()) return false;
  if (line[0] == '-' || line[0] == '+' || line[0] == '*') return true;
  if (numbering.length > 0) return true;
  static constexpr std::string_view kBlocks[] = {
      "Căn cứ", "CĂN CỨ", "Xét ", "Theo đề nghị", "THEO ĐỀ NGHỊ", "Kính gửi", "KÍNH GỬI",
      "Số:",    "SỐ:",    "Số :", "V/v",          "V/V",          "Phụ lục",  "PHỤ LỤC"};
  if (StartsWithAny(line, kBlocks)) return true;
  return StartsSignature(line);
}

bool IsBareMarker(std::string_view line) { return IsBareMarker(line, NumberingAt(line)); }

bool IsBareMarker(std::string_view line, const Numbering& n) {
  if (line == "-" || line == "+" || line == "*" || line == "V/v" || line == "V/v:" ||
      line == "Kính gửi:") {
    return true;
  }
  return n.length > 0 && n.length == line.size() && !n.heading;
}

bool StartsClause(std::string_view line) {
  static constexpr std::string_view kClauses[] = {"Căn cứ", "Theo đề nghị", "Xét đề nghị",
                                                  "Thực hiện", "Trên cơ sở"};
  return StartsWithAny(line, kClauses);
}

bool StartsBody(std::string_view line) {
  static constexpr std::string_view kOpenings[] = {"Căn cứ",   "CĂN CỨ",    "Kính gửi",
                                                   "KÍNH GỬI", "Thực hiện", "Theo đề nghị",
                                                   "Xét ",     "Chương ",   "CHƯƠNG "};
  static constexpr std::string_view kArticles[] = {"Điều ", "ĐIỀU "};
  if (StartsWithAny(line, kOpenings)) return true;
  return StartsWithAny(line, kArticles) && NumberingAt(line).length > 0;
}

bool StartsSignature(std::string_view line) {
  static constexpr std::string_view kAuthorities[] = {"Nơi nhận", "NƠI NHẬN", "TM.",  "TM ", "T/M",
                                                      "KT.",      "KT ",      "K/T",  "TL.", "TL ",
                                                      "T/L",      "TUQ.",     "TUQ ", "Q. "};
  return StartsWithAny(line, kAuthorities);
}

bool IsCapsLine(std::string_view line) {
  int letters = 0;
  for (size_t i = 0; i < line.size();) {
    DecodedCodePoint c = DecodeUtf8(line, i);
    i += c.length;
    if (!IsLetter(c.value)) continue;
    if (IsLower(c.value)) return false;
    ++letters;
  }
  return letters >= 2;
}

bool EndsSentence(std::string_view line) {
  line = TrimTrailing(line, "\"'*");
  return !line.empty() && std::string_view(".;:!?").find(line.back()) != std::string_view::npos;
}

bool IsParenthetical(std::string_view line) {
  return line.size() >= 2 && line.front() == '(' && line.back() == ')';
}

bool HasLetterOrDigit(std::string_view line) {
  for (size_t i = 0; i < line.size();) {
    DecodedCodePoint c = DecodeUtf8(line, i);
    i += c.length;
    if (IsLetter(c.value) || IsDigit(c.value)) return true;
  }
  return false;
}

bool StartsLowerCase(std::string_view line) {
  size_t i = 0;
  while (i < line.size() && (line[i] == '(' || line[i] == '"' || line[i] == '\'')) ++i;
  return i < line.size() && IsLower(DecodeUtf8(line, i).value);
}

bool StartsWithDigit(std::string_view line) {
  return !line.empty() && IsDigit(static_cast<unsigned char>(line[0]));
}

bool StartsWithDocumentNumber(std::string_view line) {
  const size_t d = Digits(line, 0, 6);
  return d > 0 && d < line.size() && line[d] == '/';
}

bool StartsWithRomanNumeral(std::string_view line) {
  const size_t n = RomanLetters(line, 0);
  return n > 0 && (n == line.size() || line[n] == ' ' || line[n] == '.' || line[n] == ',');
}

std::string_view FirstWord(std::string_view line) { return line.substr(0, line.find(' ')); }

std::string_view LastWord(std::string_view line) {
  const size_t space = line.rfind(' ');
  return space == std::string_view::npos ? line : line.substr(space + 1);
}

size_t WordCount(std::string_view line) {
  if (line.empty()) return 0;
  size_t n = 1;
  for (char c : line) n += c == ' ';
  return n;
}

bool IsTitleWord(std::string_view word) {
  if (word.empty() || word.back() == ')') return false;
  word = TrimTrailing(word, ",;:.!?\"'");
  if (word.empty()) return false;
  DecodedCodePoint first = DecodeUtf8(word, 0);
  if (!IsUpper(first.value)) return false;
  if (first.length == word.size()) return true;
  for (size_t i = first.length; i < word.size();) {
    DecodedCodePoint c = DecodeUtf8(word, i);
    i += c.length;
    if (IsLower(c.value)) return true;
  }
  return false;
}

bool IsNumberWord(std::string_view word) {
  static constexpr std::u32string_view kWords[] = {
      U"số",  U"ngày", U"tháng", U"năm", U"khoản", U"điểm", U"điều", U"mục", U"chương", U"phần",
      U"lần", U"thứ",  U"đoạn",  U"kỳ",  U"khóa",  U"quý",  U"từ",   U"đến", U"và",     U"tại"};
  return IsOneOf(TrimTrailing(word, ":"), kWords);
}

bool NumberFollows(std::string_view word, std::string_view next) {
  if (!IsNumberWord(word)) return false;
  const size_t digits = Digits(next, 0, 20);
  if (digits == 0) return false;
  // A day or a month has one or two digits, a year four: "ngày\n20", "năm\n2025", but
  // not "15 ngày\n200.000 đồng".
  const std::string_view w = TrimTrailing(word, ":");
  static constexpr std::u32string_view kDayOrMonth[] = {U"ngày", U"tháng"};
  static constexpr std::u32string_view kYear[] = {U"năm"};
  if (IsOneOf(w, kDayOrMonth)) return digits <= 2;
  if (IsOneOf(w, kYear)) return digits == 4;
  return true;
}

bool IsAgencyHead(std::string_view word) {
  static constexpr std::string_view kHeads[] = {
      "Bộ",   "Sở",    "Cục", "Ban",  "Vụ",  "Viện", "Ủy",  "Chi", "Trung", "Văn",
      "Công", "Thanh", "Kho", "Ngân", "Tập", "Hội",  "Đài", "Quỹ", "Tòa",   "Phòng"};
  for (std::string_view head : kHeads) {
    if (word == head) return true;
  }
  return false;
}

bool IsFunctionWord(std::string_view word) {
  static constexpr std::u32string_view kWords[] = {
      U"của",   U"và",   U"các",  U"với", U"cho",   U"tại", U"theo", U"về",    U"là",
      U"được",  U"để",   U"từ",   U"đến", U"trong", U"do",  U"bởi",  U"những", U"hoặc",
      U"thuộc", U"giữa", U"nhằm", U"gồm", U"mà",    U"thì", U"khi",  U"nếu",   U"tới",
      U"cùng",  U"vào",  U"đã",   U"sẽ",  U"đang",  U"bị",  U"rằng", U"hay",   U"nhưng",
      U"qua",   U"bằng", U"vì",   U"ở",   U"trên"};
  return IsOneOf(word, kWords);
}

}  // namespace vanban
