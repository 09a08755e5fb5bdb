// TEMPORARY: FoldKey and FoldAscii (pipeline/normalize/fold.h) until the normalizer's
// fold.cc reaches main. Delete this file when merging main brings pipeline/normalize/fold.cc.
#include <unicode/locid.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include "pipeline/normalize/fold.h"

namespace vanban {
namespace {

std::string Fold(std::string_view utf8, bool ascii) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  icu::UnicodeString s = icu::UnicodeString::fromUTF8(
      icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
  s.toLower(icu::Locale::getRoot());
  if (U_SUCCESS(status)) s = nfd->normalize(s, status);
  icu::UnicodeString out;
  bool space = false;
  for (int32_t i = 0; i < s.length();) {
    UChar32 c = s.char32At(i);
    i += U16_LENGTH(c);
    if (u_isUWhiteSpace(c)) {
      space = !out.isEmpty();
      continue;
    }
    if (ascii && u_getCombiningClass(c) != 0) continue;
    if (space) out.append(static_cast<UChar>(' '));
    space = false;
    out.append(ascii && c == 0x0111 ? static_cast<UChar32>('d') : c);
  }
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_SUCCESS(status)) out = nfc->normalize(out, status);
  std::string result;
  out.toUTF8String(result);
  return result;
}

}  // namespace

std::string FoldKey(std::string_view utf8) { return Fold(utf8, false); }
std::string FoldAscii(std::string_view utf8) { return Fold(utf8, true); }

}  // namespace vanban
