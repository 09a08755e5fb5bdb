#include "pipeline/normalize/icu_text.h"

#include <unicode/bytestream.h>
#include <unicode/edits.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <string>
#include <utility>

#include "pipeline/utf8.h"

namespace vanban {
namespace {

// Tone marks that share combining class 230 with the circumflex and the breve, so that
// canonical ordering keeps whatever order they were typed in.
bool IsToneAbove(UChar32 c) { return c == 0x0300 || c == 0x0301 || c == 0x0303 || c == 0x0309; }
bool IsVowelMarkAbove(UChar32 c) { return c == 0x0302 || c == 0x0306; }
bool TakesVowelMark(UChar32 base) {
  switch (base) {
    case 'a':
    case 'A':
    case 'e':
    case 'E':
    case 'o':
    case 'O':
      return true;
    default:
      return false;
  }
}

// Decomposes one combining sequence and moves each circumflex or breve in front of the
// tone marks above that precede it. Returns false when nothing had to move.
bool ReorderSequence(std::string_view sequence, std::string* out) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  if (U_FAILURE(status)) return false;
  icu::UnicodeString s = nfd->normalize(
      icu::UnicodeString::fromUTF8(icu::StringPiece(sequence.data(), sequence.size())), status);
  if (U_FAILURE(status) || s.isEmpty() || !TakesVowelMark(s.char32At(0))) return false;
  bool moved = false;
  for (int32_t i = 1; i + 1 < s.length(); ++i) {
    // Marks here are all in the BMP: one UTF-16 unit each.
    if (!IsVowelMarkAbove(s[i + 1])) continue;
    int32_t j = i + 1;
    while (j > 1 && IsToneAbove(s[j - 1])) {
      UChar mark = s[j];
      s.setCharAt(j, s[j - 1]);
      s.setCharAt(j - 1, mark);
      --j;
      moved = true;
    }
  }
  if (!moved) return false;
  out->clear();
  s.toUTF8String(*out);
  return true;
}

bool IsVowelMarkAt(std::string_view text, size_t i) {
  // U+0302 = CC 82, U+0306 = CC 86.
  return i + 1 < text.size() && text[i] == '\xCC' &&
         (text[i + 1] == '\x82' || text[i + 1] == '\x86');
}

}  // namespace

StatusOr<TextPass> RepairMarkOrder(std::string_view text) {
  TextBuilder out(text);
  size_t copied = 0;  // text[0, copied) has been written
  std::string repaired;
  for (size_t i = text.find('\xCC'); i != std::string_view::npos; i = text.find('\xCC', i + 1)) {
    if (i < copied || !IsVowelMarkAt(text, i)) continue;
    // The combining sequence around the mark: back to its starter, on past its last mark.
    size_t begin = i;
    while (begin > copied) {
      DecodedCodePoint prev = DecodeUtf8Before(text, begin);
      if (prev.value == kInvalidCodePoint) break;
      begin -= prev.length;
      if (!IsCombiningMark(prev.value)) break;
    }
    size_t end = i;
    while (end < text.size()) {
      DecodedCodePoint next = DecodeUtf8(text, end);
      if (!IsCombiningMark(next.value)) break;
      end += next.length;
    }
    if (!ReorderSequence(text.substr(begin, end - begin), &repaired)) continue;
    out.Copy(copied, begin - copied);
    out.Replace(begin, end - begin, repaired);
    copied = end;
  }
  out.Copy(copied, text.size() - copied);
  return std::move(out).Finish();
}

StatusOr<TextPass> ComposeNfc(std::string_view text) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) return Internal(std::string("ICU NFC: ") + u_errorName(status));
  const icu::StringPiece input(text.data(), static_cast<int32_t>(text.size()));
  TextPass out;
  out.text.reserve(text.size());
  icu::StringByteSink<std::string> sink(&out.text);
  icu::Edits edits;
  nfc->normalizeUTF8(0, input, sink, &edits, status);
  if (U_FAILURE(status)) return Internal(std::string("ICU NFC: ") + u_errorName(status));
  icu::Edits::Iterator it = edits.getCoarseIterator();
  while (it.next(status)) {
    const size_t begin = static_cast<size_t>(it.sourceIndex());
    if (it.hasChange()) {
      out.map.Replace(begin, static_cast<size_t>(it.oldLength()),
                      static_cast<size_t>(it.newLength()));
    } else {
      out.map.Copy(begin, static_cast<size_t>(it.oldLength()));
    }
  }
  if (U_FAILURE(status)) return Internal(std::string("ICU edits: ") + u_errorName(status));
  return out;
}

bool IsLetterSlow(char32_t c) { return u_isalpha(static_cast<UChar32>(c)); }
bool IsUpperSlow(char32_t c) { return u_isupper(static_cast<UChar32>(c)); }
bool IsLowerSlow(char32_t c) { return u_islower(static_cast<UChar32>(c)); }
char32_t ToLowerSlow(char32_t c) {
  return c == kInvalidCodePoint ? c : static_cast<char32_t>(u_tolower(static_cast<UChar32>(c)));
}
bool IsCombiningMarkSlow(char32_t c) {
  return c != kInvalidCodePoint && u_getCombiningClass(static_cast<UChar32>(c)) != 0;
}

}  // namespace vanban
