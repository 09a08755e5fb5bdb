#include "pipeline/normalize/fold.h"

#include <unicode/locid.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include "pipeline/normalize/tone_marks.h"

namespace vanban {
namespace {

icu::UnicodeString FromUtf8(std::string_view s) {
  return icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())));
}

std::string ToUtf8(const icu::UnicodeString& s) {
  std::string out;
  s.toUTF8String(out);
  return out;
}

// Runs of white space (any Unicode space) made one ASCII space; trimmed.
std::string CollapseSpaces(const icu::UnicodeString& s) {
  icu::UnicodeString out;
  bool pending_space = false;
  for (int32_t i = 0; i < s.length();) {
    UChar32 c = s.char32At(i);
    i += U16_LENGTH(c);
    if (u_isUWhiteSpace(c)) {
      pending_space = !out.isEmpty();
      continue;
    }
    if (pending_space) out.append(static_cast<UChar>(' '));
    pending_space = false;
    out.append(c);
  }
  return ToUtf8(out);
}

}  // namespace

std::string FoldKey(std::string_view utf8) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) return std::string(utf8);
  icu::UnicodeString text = nfc->normalize(FromUtf8(utf8), status);
  if (U_FAILURE(status)) return std::string(utf8);
  text.toLower(icu::Locale::getRoot());
  return PlaceToneMarks(CollapseSpaces(text));
}

std::string FoldAscii(std::string_view utf8) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  if (U_FAILURE(status)) return FoldKey(utf8);
  icu::UnicodeString decomposed = nfd->normalize(FromUtf8(FoldKey(utf8)), status);
  if (U_FAILURE(status)) return FoldKey(utf8);
  icu::UnicodeString out;
  for (int32_t i = 0; i < decomposed.length();) {
    UChar32 c = decomposed.char32At(i);
    i += U16_LENGTH(c);
    if (u_getCombiningClass(c) != 0) continue;
    out.append(c == 0x0111 ? static_cast<UChar32>('d') : c);
  }
  return ToUtf8(out);
}

}  // namespace vanban
