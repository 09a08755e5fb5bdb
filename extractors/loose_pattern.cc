#include "extractors/loose_pattern.h"

#include <re2/re2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <map>

#include "extractors/text_case.h"

namespace vanban {
namespace {

// Letter families, lower case: every member stands for every other.
constexpr std::string_view kFamilies[] = {
    "aàáảãạăằắẳẵặâầấẩẫậ", "eèéẻẽẹêềếểễệ", "iìíỉĩị", "oòóỏõọôồốổỗộơờớởỡợ",
    "uùúủũụưừứửữự",       "yỳýỷỹỵ",       "dđ",
};

struct FamilyTable {
  std::map<UChar32, size_t> family_of;  // lower-case code point -> index in kFamilies
  std::string any[std::size(kFamilies)];
  std::string upper[std::size(kFamilies)];
};

const FamilyTable& Families() {
  static const FamilyTable* table = [] {
    auto* t = new FamilyTable;
    for (size_t f = 0; f < std::size(kFamilies); ++f) {
      std::string_view members = kFamilies[f];
      int32_t i = 0;
      const int32_t n = static_cast<int32_t>(members.size());
      while (i < n) {
        UChar32 c;
        U8_NEXT(members.data(), i, n, c);
        t->family_of[c] = f;
      }
      std::string upper = ToUpper(members);
      t->any[f] = "[" + std::string(members) + upper + "]";
      t->upper[f] = "[" + upper + "]";
    }
    return t;
  }();
  return *table;
}

std::string Utf8(UChar32 c) {
  std::string out;
  icu::UnicodeString(c).toUTF8String(out);
  return out;
}

}  // namespace

std::string LoosePattern(std::string_view phrase, LetterCase letter_case) {
  const FamilyTable& families = Families();
  std::string pattern;
  bool in_space = false;
  int32_t i = 0;
  const int32_t n = static_cast<int32_t>(phrase.size());
  while (i < n) {
    UChar32 c;
    U8_NEXT(phrase.data(), i, n, c);
    if (c < 0) continue;
    if (u_isUWhiteSpace(c)) {
      if (!in_space) pattern += "\\s+";
      in_space = true;
      continue;
    }
    in_space = false;
    UChar32 lower = u_tolower(c);
    auto it = families.family_of.find(lower);
    if (it != families.family_of.end()) {
      pattern +=
          letter_case == LetterCase::kAny ? families.any[it->second] : families.upper[it->second];
    } else if (u_isalpha(c)) {
      pattern += letter_case == LetterCase::kAny ? "[" + Utf8(lower) + Utf8(u_toupper(c)) + "]"
                                                 : Utf8(u_toupper(c));
    } else {
      pattern += RE2::QuoteMeta(Utf8(c));
    }
  }
  return pattern;
}

}  // namespace vanban
