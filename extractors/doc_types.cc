#include "extractors/doc_types.h"

#include <re2/re2.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <memory>

#include "extractors/data_table.h"
#include "extractors/loose_pattern.h"

namespace vanban {
namespace {

// The bytes a match of `re` can start with, [low, high]: a test before running RE2.
struct FirstByteRange {
  unsigned char low = 0x00;
  unsigned char high = 0xFF;

  explicit FirstByteRange(const RE2& re) {
    std::string min;
    std::string max;
    if (re.PossibleMatchRange(&min, &max, 1) && !min.empty() && !max.empty()) {
      low = static_cast<unsigned char>(min[0]);
      high = static_cast<unsigned char>(max[0]);
    }
  }
  bool MayStart(std::string_view text) const {
    if (text.empty()) return low == 0x00;
    const auto c = static_cast<unsigned char>(text[0]);
    return c >= low && c <= high;
  }
};

struct NamePattern {
  NamePattern(const DocType* t, std::unique_ptr<RE2> u, std::unique_ptr<RE2> a)
      : type(t), upper(std::move(u)), any(std::move(a)), upper_first(*upper), any_first(*any) {}

  const DocType* type;
  std::unique_ptr<RE2> upper;  // the name in capitals, anchored
  std::unique_ptr<RE2> any;    // the name in any case, anchored
  FirstByteRange upper_first;
  FirstByteRange any_first;
};

std::vector<DocType>* LoadTypes() {
  auto* types = new std::vector<DocType>;
  DataTable table = LoadDataTable("doc_types.tsv");
  const int code = table.Column("code");
  const int name = table.Column("name");
  const int abbreviation = table.Column("abbreviation");
  for (const auto& row : table.rows) {
    types->push_back({row[code], row[name], row[abbreviation]});
  }
  return types;
}

// Name patterns, longest name first so that "Thông tư liên tịch" wins over "Thông tư".
const std::vector<NamePattern>& NamePatterns() {
  static const std::vector<NamePattern>* patterns = [] {
    auto* p = new std::vector<NamePattern>;
    for (const DocType& t : DocTypes()) {
      if (t.name.empty()) continue;
      p->emplace_back(&t, std::make_unique<RE2>(LoosePattern(t.name, LetterCase::kUpper)),
                      std::make_unique<RE2>(LoosePattern(t.name, LetterCase::kAny)));
    }
    std::stable_sort(p->begin(), p->end(), [](const NamePattern& a, const NamePattern& b) {
      return a.type->name.size() > b.type->name.size();
    });
    return p;
  }();
  return *patterns;
}

// True when text[pos] starts a letter or digit (so a name ending at pos is a word prefix).
bool LetterAt(std::string_view text, size_t pos) {
  if (pos >= text.size()) return false;
  int32_t i = static_cast<int32_t>(pos);
  UChar32 c;
  U8_NEXT(text.data(), i, static_cast<int32_t>(text.size()), c);
  return c >= 0 && (u_isalpha(c) || u_isdigit(c));
}

std::optional<TypeLineMatch> MatchName(std::string_view text, bool upper) {
  for (const NamePattern& p : NamePatterns()) {
    if (!(upper ? p.upper_first : p.any_first).MayStart(text)) continue;
    re2::StringPiece m;
    const RE2& re = upper ? *p.upper : *p.any;
    if (!re.Match(text, 0, text.size(), RE2::ANCHOR_START, &m, 1)) continue;
    if (LetterAt(text, m.size())) continue;
    return TypeLineMatch{p.type, m.size()};
  }
  return std::nullopt;
}

// "Đ" read as "D" (OCR and plain keyboards lose the bar).
std::string DotlessD(std::string_view s) {
  static constexpr std::string_view kD = "Đ";
  std::string out;
  for (size_t i = 0; i < s.size();) {
    if (s.substr(i, kD.size()) == kD) {
      out += 'D';
      i += kD.size();
    } else {
      out += s[i++];
    }
  }
  return out;
}

}  // namespace

const std::vector<DocType>& DocTypes() {
  static const std::vector<DocType>* types = LoadTypes();
  return *types;
}

const DocType* DocTypeByCode(std::string_view code) {
  for (const DocType& t : DocTypes()) {
    if (t.code == code) return &t;
  }
  return nullptr;
}

const DocType* DocTypeByAbbreviation(std::string_view abbreviation) {
  if (abbreviation.empty()) return nullptr;
  for (const DocType& t : DocTypes()) {
    if (t.abbreviation == abbreviation) return &t;
  }
  const DocType* found = nullptr;
  std::string key = DotlessD(abbreviation);
  for (const DocType& t : DocTypes()) {
    if (t.abbreviation.empty() || DotlessD(t.abbreviation) != key) continue;
    if (found && found->code != t.code) return nullptr;  // ambiguous: HD, DA
    found = &t;
  }
  return found;
}

std::optional<TypeLineMatch> MatchTypeLine(std::string_view text) { return MatchName(text, true); }

std::optional<TypeLineMatch> MatchTypeName(std::string_view text) { return MatchName(text, false); }

}  // namespace vanban
