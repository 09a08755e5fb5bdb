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

struct NamePattern {
  const DocType* type;
  std::unique_ptr<RE2> upper;  // the name in capitals, anchored
  std::unique_ptr<RE2> any;    // the name in any case, anchored
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
      p->push_back({&t, std::make_unique<RE2>(LoosePattern(t.name, LetterCase::kUpper)),
                    std::make_unique<RE2>(LoosePattern(t.name, LetterCase::kAny))});
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
