#include "extractors/agency_tokens.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <utility>

#include "extractors/abbreviations.h"
#include "extractors/data_table.h"
#include "extractors/text_case.h"

namespace vanban {
namespace {

struct Abbreviation {
  std::string printed;              // "UBND"
  std::vector<AgencyToken> tokens;  // "ủy", "ban", "nhân", "dân"
};

// What the tokenizer asks of a code point, from one general category lookup (u_isalnum is a
// letter or a decimal digit, u_isupper an upper-case letter, u_islower a lower-case one).
struct CharClass {
  bool word = false;  // a letter, digit, mark or "&": part of a word
  bool upper = false;
  bool lower = false;
};

CharClass ClassifyByCategory(UChar32 c) {
  const int8_t category = u_charType(c);
  const uint32_t mask = U_MASK(category);
  return {(mask & (U_GC_L_MASK | U_GC_ND_MASK | U_GC_M_MASK)) != 0, category == U_UPPERCASE_LETTER,
          category == U_LOWERCASE_LETTER};
}

// The classes of the code points below U+2000 (Latin with all Vietnamese letters, marks),
// looked up instead of asking ICU for every letter.
constexpr UChar32 kTabled = 0x2000;

const std::array<CharClass, kTabled>& ClassTable() {
  static const auto* table = [] {
    auto* t = new std::array<CharClass, kTabled>;
    for (UChar32 c = 0; c < kTabled; ++c) (*t)[c] = ClassifyByCategory(c);
    return t;
  }();
  return *table;
}

// Kept apart so that the ASCII test of Classify inlines into the tokenizer's loop.
[[gnu::noinline]] CharClass ClassifyNonAscii(UChar32 c) {
  return c < kTabled ? ClassTable()[c] : ClassifyByCategory(c);
}

inline CharClass Classify(UChar32 c) {
  if (c < 0) return {};
  if (c < 0x80) {
    const bool upper = c >= 'A' && c <= 'Z';
    const bool lower = c >= 'a' && c <= 'z';
    return {c == '&' || upper || lower || (c >= '0' && c <= '9'), upper, lower};
  }
  return ClassifyNonAscii(c);
}

bool IsWordChar(UChar32 c) { return Classify(c).word; }

bool IsSpace(UChar32 c) {
  if (c < 0x80) return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
  return c == 0xA0 || u_isUWhiteSpace(c);
}

[[gnu::noinline]] UChar32 AtMultibyte(std::string_view s, size_t pos, size_t* next) {
  int32_t i = static_cast<int32_t>(pos);
  UChar32 c;
  U8_NEXT(s.data(), i, static_cast<int32_t>(s.size()), c);
  *next = static_cast<size_t>(i);
  return c;
}

// The code point at s[pos]; *next is the offset after it. ASCII inline, the rest apart.
inline UChar32 At(std::string_view s, size_t pos, size_t* next) {
  const auto byte = static_cast<unsigned char>(s[pos]);
  if (byte < 0x80) {
    *next = pos + 1;
    return byte;
  }
  return AtMultibyte(s, pos, next);
}

// Appends text[begin, end), a run of word characters, to key in lower case.
void AppendLowerCase(std::string_view text, size_t begin, size_t end, std::string& key) {
  size_t next = 0;
  for (size_t i = begin; i < end; i = next) {
    const UChar32 c = At(text, i, &next);
    const bool upper = Classify(c).upper;
    if (c < 0x80) {
      key += static_cast<char>(upper ? c - 'A' + 'a' : c);
    } else {
      char buffer[U8_MAX_LENGTH];
      int32_t length = 0;
      U8_APPEND_UNSAFE(buffer, length, upper ? u_tolower(c) : c);
      key.append(buffer, static_cast<size_t>(length));
    }
  }
}

// Appends the words and marks of text[begin, end) to out.
void AppendTokens(std::string_view text, size_t begin, size_t end, bool expanded,
                  std::vector<AgencyToken>& out);

// The listed abbreviations by their first byte, each list longest first: a capitalised word
// is compared with the few that start like it, not with all.
using AbbreviationsByFirstByte = std::array<std::vector<Abbreviation>, 256>;

const AbbreviationsByFirstByte& Abbreviations() {
  static const AbbreviationsByFirstByte* by_first = [] {
    std::vector<Abbreviation> list;  // longest first, as listed
    for (const ListedAbbreviation& listed : ListedAbbreviations()) {
      if (listed.printed.empty()) continue;
      Abbreviation abbreviation{listed.printed, {}};
      AppendTokens(listed.expansion, 0, listed.expansion.size(), true, abbreviation.tokens);
      list.push_back(std::move(abbreviation));
    }
    auto* by_byte = new AbbreviationsByFirstByte;
    for (Abbreviation& abbreviation : list) {
      (*by_byte)[static_cast<unsigned char>(abbreviation.printed[0])].push_back(
          std::move(abbreviation));
    }
    return by_byte;
  }();
  return *by_first;
}

// The listed abbreviation printed at text[pos] as a whole token, or nullptr.
const Abbreviation* AbbreviationAt(std::string_view text, size_t pos, size_t end) {
  for (const Abbreviation& a : Abbreviations()[static_cast<unsigned char>(text[pos])]) {
    if (pos + a.printed.size() > end || text.compare(pos, a.printed.size(), a.printed) != 0) {
      continue;
    }
    size_t after = pos + a.printed.size();
    size_t next = 0;
    if (after < end && IsWordChar(At(text, after, &next))) continue;
    return &a;
  }
  return nullptr;
}

void AppendTokens(std::string_view text, size_t begin, size_t end, bool expanded,
                  std::vector<AgencyToken>& out) {
  size_t i = begin;
  // An abbreviation may start here: after a space or an opening mark, not inside a word or
  // a document number ("08/CT-UBND").
  bool word_start_allowed = true;
  bool line_start = false;
  while (i < end) {
    size_t next = 0;
    UChar32 c = At(text, i, &next);
    if (c == '\n') {
      line_start = true;
      i = next;
      word_start_allowed = true;
      continue;
    }
    const CharClass first = Classify(c);
    if (c < 0 || (!first.word && IsSpace(c))) {
      i = next;
      word_start_allowed = true;
      continue;
    }
    if (!first.word) {
      AgencyToken& t = out.emplace_back();  // filled in place: no move
      t.key.assign(text.substr(i, next - i));
      t.span = {i, next};
      t.punct = true;
      t.expanded = expanded;
      t.line_start = std::exchange(line_start, false);
      i = next;
      word_start_allowed = c != '/' && c != '-' && c != '.' && c != '&';
      continue;
    }
    if (word_start_allowed && first.upper && !expanded) {
      if (const Abbreviation* a = AbbreviationAt(text, i, end)) {
        for (const AgencyToken& expansion : a->tokens) {
          out.push_back(expansion);
          out.back().span = {i, i + a->printed.size()};
          out.back().line_start = std::exchange(line_start, false);
        }
        i += a->printed.size();
        word_start_allowed = false;
        continue;
      }
    }
    AgencyToken& t = out.emplace_back();
    t.span.begin = i;
    t.expanded = expanded;
    int upper = 0;
    int lower = 0;
    bool first_upper = false;
    while (i < end) {
      const CharClass w_class = Classify(At(text, i, &next));
      if (!w_class.word) break;
      if (w_class.upper) {
        if (upper + lower == 0) first_upper = true;
        ++upper;
      } else if (w_class.lower) {
        ++lower;
      }
      i = next;
    }
    // Lower case changes only the upper-case letters: a word without any is its own key.
    if (upper == 0) {
      t.key.assign(text.substr(t.span.begin, i - t.span.begin));
    } else {
      AppendLowerCase(text, t.span.begin, i, t.key);
    }
    t.span.end = i;
    if (upper >= 2 && lower == 0) {
      t.word_case = WordCase::kUpper;
    } else if (first_upper) {
      t.word_case = WordCase::kInitial;
    }
    t.line_start = std::exchange(line_start, false);
    word_start_allowed = false;
  }
}

struct OcrPhrase {
  std::vector<std::string> printed;  // keys: "chỉ", "nhánh"
  std::vector<std::string> written;  // keys: "chi", "nhánh"
};

// The keys of a phrase, without reading OCR phrases (which are read with these).
std::vector<std::string> RawKeys(std::string_view phrase) {
  std::vector<AgencyToken> tokens;
  AppendTokens(phrase, 0, phrase.size(), false, tokens);
  std::vector<std::string> keys;
  for (AgencyToken& t : tokens) keys.push_back(std::move(t.key));
  return keys;
}

const std::vector<OcrPhrase>& OcrPhrases() {
  static const std::vector<OcrPhrase>* list = [] {
    auto* l = new std::vector<OcrPhrase>;
    DataTable table = LoadDataTable("agency_ocr_words.tsv");
    const int p = table.Column("printed");
    const int w = table.Column("written");
    for (const auto& row : table.rows) {
      OcrPhrase phrase{RawKeys(row[p]), RawKeys(row[w])};
      if (!phrase.printed.empty() && phrase.printed.size() == phrase.written.size()) {
        l->push_back(std::move(phrase));
      }
    }
    return l;
  }();
  return *list;
}

// True when some token may start a printed OCR phrase: a token whose first byte and length
// are those of no phrase's first word rules the phrases out without comparing them.
bool MayHoldOcrPhrase(const std::vector<AgencyToken>& tokens) {
  constexpr size_t kMaxLength = 64;  // bits of a uint64_t; longer first words: always checked
  static const std::array<uint64_t, 256>* lengths_by_first_byte = [] {
    auto* by_byte = new std::array<uint64_t, 256>{};
    for (const OcrPhrase& phrase : OcrPhrases()) {
      const std::string& first = phrase.printed[0];
      if (first.empty() || first.size() >= kMaxLength) {
        by_byte->fill(~uint64_t{0});
      } else {
        (*by_byte)[static_cast<unsigned char>(first[0])] |= uint64_t{1} << first.size();
      }
    }
    return by_byte;
  }();
  return std::any_of(tokens.begin(), tokens.end(), [](const AgencyToken& t) {
    if (t.punct || t.key.empty()) return false;
    const uint64_t lengths = (*lengths_by_first_byte)[static_cast<unsigned char>(t.key[0])];
    return t.key.size() >= kMaxLength ? lengths != 0 : (lengths >> t.key.size() & 1) != 0;
  });
}

// Reads the phrases OCR printed with a wrong tone mark as written, in the printed case.
void ReadOcrPhrases(std::vector<AgencyToken>& tokens) {
  if (!MayHoldOcrPhrase(tokens)) return;
  for (const OcrPhrase& phrase : OcrPhrases()) {
    const size_t n = phrase.printed.size();
    const std::string& first = phrase.printed[0];
    for (size_t i = 0; i + n <= tokens.size(); ++i) {
      // Length and first byte before comparing: most words differ in them.
      const std::string& key = tokens[i].key;
      if (key.size() != first.size() || key[0] != first[0]) continue;
      bool match = true;
      for (size_t k = 0; k < n && match; ++k) {
        match = !tokens[i + k].punct && tokens[i + k].key == phrase.printed[k];
      }
      if (!match) continue;
      for (size_t k = 0; k < n; ++k) {
        AgencyToken& t = tokens[i + k];
        if (t.key == phrase.written[k]) continue;
        t.key = phrase.written[k];
        t.written = t.word_case == WordCase::kUpper     ? ToUpper(t.key)
                    : t.word_case == WordCase::kInitial ? CapitalizeFirst(t.key)
                                                        : t.key;
      }
    }
  }
}

}  // namespace

std::vector<AgencyToken> TokenizeAgencyText(std::string_view text, Span span) {
  std::vector<AgencyToken> out;
  size_t end = std::min(span.end, text.size());
  if (span.begin < end) out.reserve((end - span.begin) / 4);
  if (span.begin < end) AppendTokens(text, span.begin, end, false, out);
  ReadOcrPhrases(out);
  return out;
}

std::vector<std::string> PhraseKeys(std::string_view phrase) {
  std::vector<std::string> keys;
  for (AgencyToken& t : TokenizeAgencyText(phrase, {0, phrase.size()})) {
    keys.push_back(std::move(t.key));
  }
  return keys;
}

}  // namespace vanban
