#include "extractors/doc_number.h"

#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include "extractors/text_case.h"

namespace vanban {
namespace {

constexpr size_t kMaxDigits = 6;

struct CodePoint {
  UChar32 c = -1;
  size_t next = 0;  // offset after it
};

CodePoint At(std::string_view text, size_t pos) {
  if (pos >= text.size()) return {-1, pos};
  int32_t i = static_cast<int32_t>(pos);
  UChar32 c;
  U8_NEXT(text.data(), i, static_cast<int32_t>(text.size()), c);
  return {c, static_cast<size_t>(i)};
}

bool IsDigit(UChar32 c) { return c >= '0' && c <= '9'; }

// Cyrillic letters OCR puts in Latin symbols ("BTС"): written as the Latin letter.
UChar32 LatinLookAlike(UChar32 c) {
  switch (c) {
    case 0x0410:
      return 'A';
    case 0x0412:
      return 'B';
    case 0x0421:
      return 'C';
    case 0x0415:
      return 'E';
    case 0x041D:
      return 'H';
    case 0x041A:
      return 'K';
    case 0x041C:
      return 'M';
    case 0x041E:
      return 'O';
    case 0x0420:
      return 'P';
    case 0x0422:
      return 'T';
    case 0x0425:
      return 'X';
    case 0x0430:
      return 'a';
    case 0x0441:
      return 'c';
    case 0x0435:
      return 'e';
    case 0x043E:
      return 'o';
    case 0x0440:
      return 'p';
    case 0x0445:
      return 'x';
    default:
      return c;
  }
}

void AppendUtf8(std::string& out, UChar32 c) { icu::UnicodeString(c).toUTF8String(out); }

// Skips spaces and tabs (and U+00A0); returns the new offset.
size_t SkipSpaces(std::string_view text, size_t pos) {
  while (true) {
    CodePoint cp = At(text, pos);
    if (cp.c == ' ' || cp.c == '\t' || cp.c == 0x00A0) {
      pos = cp.next;
    } else {
      return pos;
    }
  }
}

// A separator at pos: '/' or a dash. Returns its canonical char and end, or 0.
char SeparatorAt(std::string_view text, size_t pos, size_t* end) {
  CodePoint cp = At(text, pos);
  *end = cp.next;
  if (cp.c == '/') return '/';
  if (cp.c == '-' || cp.c == 0x2010 || cp.c == 0x2011 || cp.c == 0x2013 || cp.c == 0x2212) {
    return '-';
  }
  return 0;
}

struct Part {
  std::string text;  // canonical
  size_t end = 0;
  bool has_letter = false;
  bool has_lower = false;
  bool letters_only = true;
};

// A symbol part at pos: letters and digits, with '.' and '&' inside ("V.I", "TT&TT").
Part ReadPart(std::string_view text, size_t pos) {
  Part part;
  size_t i = pos;
  size_t last_good_end = pos;
  std::string last_good;
  while (true) {
    CodePoint cp = At(text, i);
    if (cp.c < 0) break;
    if (u_isalpha(cp.c) || IsDigit(cp.c)) {
      UChar32 c = LatinLookAlike(cp.c);
      AppendUtf8(part.text, c);
      if (u_isalpha(c)) {
        part.has_letter = true;
        part.has_lower = part.has_lower || u_islower(c);
      } else {
        part.letters_only = false;
      }
      i = cp.next;
      last_good_end = i;
      last_good = part.text;
      continue;
    }
    if ((cp.c == '.' || cp.c == '&') && !part.text.empty()) {
      part.text.push_back(static_cast<char>(cp.c));
      part.letters_only = false;
      i = cp.next;
      continue;
    }
    break;
  }
  part.text = last_good;  // no trailing '.' or '&'
  part.end = last_good_end;
  return part;
}

bool IsWordChar(UChar32 c) { return c >= 0 && (u_isalpha(c) || IsDigit(c)); }

// The code point just before pos.
UChar32 Before(std::string_view text, size_t pos) {
  if (pos == 0) return -1;
  int32_t i = static_cast<int32_t>(pos);
  UChar32 c;
  U8_PREV(text.data(), 0, i, c);
  return c;
}

}  // namespace

std::optional<DocNumber> MatchDocNumber(std::string_view text, size_t pos) {
  size_t i = pos;
  while (i < text.size() && IsDigit(static_cast<unsigned char>(text[i]))) ++i;
  if (i == pos || i - pos > kMaxDigits) return std::nullopt;
  // A numbered sub-document: "66.7/2025/NQ-CP".
  if (i + 1 < text.size() && text[i] == '.' && IsDigit(static_cast<unsigned char>(text[i + 1]))) {
    size_t j = i + 1;
    while (j < text.size() && IsDigit(static_cast<unsigned char>(text[j]))) ++j;
    if (j < text.size() && (text[j] == '/' || text[j] == '-')) i = j;
  }
  std::string canonical(text.substr(pos, i - pos));
  bool any_letter = false;
  int parts = 0;

  // The odd form "322 CTr/UBND": a space, a word, then a separator.
  {
    size_t after_space = SkipSpaces(text, i);
    if (after_space == i + 1) {
      Part word = ReadPart(text, after_space);
      size_t sep_end;
      if (word.has_letter && word.letters_only && StartsWithUpper(word.text) &&
          SeparatorAt(text, word.end, &sep_end) == '/') {
        canonical += " " + word.text;
        any_letter = true;
        ++parts;
        i = word.end;
      }
    }
  }

  while (true) {
    size_t before_sep = SkipSpaces(text, i);
    size_t sep_end;
    char sep = SeparatorAt(text, before_sep, &sep_end);
    if (sep == 0) break;
    size_t part_begin = SkipSpaces(text, sep_end);
    bool spaced = before_sep != i || part_begin != sep_end;
    Part part = ReadPart(text, part_begin);
    if (part.text.empty() || (spaced && part.has_lower)) break;
    canonical.push_back(sep);
    canonical += part.text;
    any_letter = any_letter || part.has_letter;
    ++parts;
    i = part.end;
  }
  if (parts == 0 || !any_letter) return std::nullopt;
  return DocNumber{canonical, {pos, i}};
}

std::vector<DocNumber> FindDocNumbers(std::string_view text) {
  std::vector<DocNumber> numbers;
  size_t pos = 0;
  while (pos < text.size()) {
    if (!IsDigit(static_cast<unsigned char>(text[pos])) || IsWordChar(Before(text, pos))) {
      ++pos;
      continue;
    }
    if (auto number = MatchDocNumber(text, pos)) {
      numbers.push_back(*number);
      pos = number->span.end;
      continue;
    }
    while (pos < text.size() && IsDigit(static_cast<unsigned char>(text[pos]))) ++pos;
  }
  return numbers;
}

std::string SymbolTypeAbbreviation(std::string_view number) {
  size_t i = 0;
  while (i < number.size() && IsDigit(static_cast<unsigned char>(number[i]))) ++i;
  std::vector<std::string_view> tokens;
  while (i < number.size()) {
    size_t begin = ++i;  // skip the separator (or the space of the odd form)
    while (i < number.size() && number[i] != '/' && number[i] != '-') ++i;
    tokens.push_back(number.substr(begin, i - begin));
  }
  std::vector<std::string_view> symbol;
  for (std::string_view t : tokens) {
    bool digits = !t.empty();
    for (char c : t) digits = digits && IsDigit(static_cast<unsigned char>(c));
    if (!digits) symbol.push_back(t);
  }
  if (symbol.size() < 2) return "";
  return std::string(symbol.front());
}

const DocType* TypeImpliedByNumber(std::string_view number) {
  return DocTypeByAbbreviation(SymbolTypeAbbreviation(number));
}

}  // namespace vanban
