#include "pipeline/normalize/fold.h"

#include <unicode/locid.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <optional>

#include "pipeline/normalize/icu_utf8.h"
#include "pipeline/normalize/string_memo.h"
#include "pipeline/normalize/tone_marks.h"
#include "pipeline/utf8.h"

namespace vanban {
namespace {

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
  return Utf8FromIcu(out);
}

// FoldKey without ICU strings for the common input: valid UTF-8 already in NFC, where lower
// case is one code point for one (full case mapping differs from simple mapping only for
// U+0130 and the final-sigma rule). Returns nothing for any other input.
std::optional<std::string> FoldKeyFast(std::string_view utf8) {
  const int32_t n = static_cast<int32_t>(utf8.size());
  int32_t i = 0;
  while (i < n && static_cast<unsigned char>(utf8[i]) < 0x80) ++i;
  if (i < n) {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
    if (U_FAILURE(status) || !nfc->isNormalizedUTF8(icu::StringPiece(utf8.data(), n), status) ||
        U_FAILURE(status)) {
      return std::nullopt;
    }
  }
  std::string out;
  out.reserve(utf8.size());
  bool pending_space = false;
  bool non_ascii = false;
  for (i = 0; i < n;) {
    UChar32 c = static_cast<unsigned char>(utf8[i]);
    if (c < 0x80) {
      ++i;
    } else {
      U8_NEXT(utf8.data(), i, n, c);
      if (c < 0 || c == 0x0130 || c == 0x03A3) return std::nullopt;
      non_ascii = true;
    }
    if (c < 0x80 ? (c == ' ' || (c >= '\t' && c <= '\r')) : u_isUWhiteSpace(c)) {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) out += ' ';
    pending_space = false;
    if (c < 0x80) {
      out += static_cast<char>(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
      continue;
    }
    AppendUtf8(out, static_cast<char32_t>(u_tolower(c)));
  }
  // Pure ASCII words carry no tone mark: PlaceToneMarks would return them unchanged.
  return non_ascii ? PlaceToneMarks(out) : out;
}

std::string FoldKeyOnce(std::string_view utf8) {
  if (std::optional<std::string> fast = FoldKeyFast(utf8)) return *std::move(fast);
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) return std::string(utf8);
  icu::UnicodeString text = nfc->normalize(IcuFromUtf8(utf8), status);
  if (U_FAILURE(status)) return std::string(utf8);
  text.toLower(icu::Locale::getRoot());
  return PlaceToneMarks(CollapseSpaces(text));
}

}  // namespace

std::string FoldKey(std::string_view utf8) {
  // Names and words are folded again and again: short texts are remembered.
  constexpr size_t kRememberedBytes = 64;
  if (utf8.size() > kRememberedBytes) return FoldKeyOnce(utf8);
  thread_local StringMemo memory(50000);
  return memory.Get(utf8, FoldKeyOnce);
}

std::string FoldAscii(std::string_view utf8) {
  const std::string key = FoldKey(utf8);
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  if (U_FAILURE(status)) return key;
  // Code point by code point: NFD of the whole key only reorders marks, which are dropped.
  std::string out;
  out.reserve(key.size());
  icu::UnicodeString decomposition;
  const int32_t n = static_cast<int32_t>(key.size());
  for (int32_t i = 0; i < n;) {
    UChar32 c = static_cast<unsigned char>(key[i]);
    if (c < 0x80) {
      out += static_cast<char>(c);
      ++i;
      continue;
    }
    U8_NEXT(key.data(), i, n, c);
    if (c < 0) c = 0xFFFD;
    if (!nfd->getDecomposition(c, decomposition)) decomposition.setTo(c);
    for (int32_t k = 0; k < decomposition.length();) {
      const UChar32 part = decomposition.char32At(k);
      k += U16_LENGTH(part);
      if (u_getCombiningClass(part) != 0) continue;
      AppendUtf8(out, part == 0x0111 ? static_cast<char32_t>('d') : static_cast<char32_t>(part));
    }
  }
  return out;
}

}  // namespace vanban
