#include "pipeline/readers/icu_convert.h"

#include <unicode/ucnv.h>
#include <unicode/utf16.h>

#include <cctype>
#include <iterator>
#include <memory>

#include "pipeline/utf8.h"

namespace vanban {
namespace {

using Converter = std::unique_ptr<UConverter, decltype(&ucnv_close)>;

Converter OpenConverter(std::string_view charset) {
  if (charset.empty()) return Converter(nullptr, &ucnv_close);  // "" would open the default
  UErrorCode err = U_ZERO_ERROR;
  UConverter* conv = ucnv_open(std::string(charset).c_str(), &err);
  if (U_FAILURE(err)) conv = nullptr;
  return Converter(conv, &ucnv_close);
}

bool IsBadInput(UErrorCode err) {
  return err == U_INVALID_CHAR_FOUND || err == U_ILLEGAL_CHAR_FOUND ||
         err == U_TRUNCATED_CHAR_FOUND || err == U_ILLEGAL_ESCAPE_SEQUENCE ||
         err == U_UNSUPPORTED_ESCAPE_SEQUENCE;
}

std::string Utf16ToUtf8(const std::u16string& utf16) {
  std::string out;
  out.reserve(utf16.size() * 3 / 2);
  const int32_t length = static_cast<int32_t>(utf16.size());
  int32_t i = 0;
  while (i < length) {
    UChar32 cp;
    U16_NEXT(utf16.data(), i, length, cp);
    AppendUtf8(out, static_cast<char32_t>(cp));  // a lone surrogate becomes U+FFFD
  }
  return out;
}

}  // namespace

StatusOr<std::string> ConvertToUtf8(std::string_view bytes, std::string_view charset,
                                    OnInvalid on_invalid) {
  Converter conv = OpenConverter(charset);
  if (conv == nullptr) return InvalidArgument("unknown charset " + std::string(charset));
  UErrorCode err = U_ZERO_ERROR;
  // Stop at every bad sequence so its offset is known; kReplace then writes U+FFFD itself
  // (ICU's own substitute is U+001A for some single-byte code pages).
  ucnv_setToUCallBack(conv.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &err);
  if (U_FAILURE(err)) return Internal("ICU: cannot set the conversion callback");

  std::u16string utf16;
  UChar buffer[4096];
  const char* source = bytes.data();
  const char* const source_limit = bytes.data() + bytes.size();
  while (true) {
    UChar* target = buffer;
    err = U_ZERO_ERROR;
    ucnv_toUnicode(conv.get(), &target, buffer + std::size(buffer), &source, source_limit, nullptr,
                   /*flush=*/true, &err);
    utf16.append(buffer, target);
    if (err == U_BUFFER_OVERFLOW_ERROR) continue;
    if (U_SUCCESS(err)) break;
    if (!IsBadInput(err)) {
      return Internal(std::string("ICU conversion from ") + std::string(charset) +
                      " failed: " + u_errorName(err));
    }
    char bad[32];
    int8_t bad_len = sizeof(bad);
    UErrorCode bad_err = U_ZERO_ERROR;
    ucnv_getInvalidChars(conv.get(), bad, &bad_len, &bad_err);
    if (U_FAILURE(bad_err)) bad_len = 0;
    if (on_invalid == OnInvalid::kFail) {
      const size_t offset = static_cast<size_t>(source - bytes.data()) - bad_len;
      return DataError("invalid " + CanonicalCharset(charset) + " at byte " +
                       std::to_string(offset));
    }
    utf16.push_back(u'\uFFFD');
  }
  return Utf16ToUtf8(utf16);
}

std::string CanonicalCharset(std::string_view label) {
  Converter conv = OpenConverter(label);
  if (conv == nullptr) return "";
  UErrorCode err = U_ZERO_ERROR;
  const char* internal = ucnv_getName(conv.get(), &err);
  if (U_FAILURE(err)) return "";
  const char* standard = nullptr;
  for (const char* standard_name : {"MIME", "IANA"}) {
    err = U_ZERO_ERROR;
    standard = ucnv_getStandardName(internal, standard_name, &err);
    if (U_SUCCESS(err) && standard != nullptr) break;
    standard = nullptr;
  }
  std::string name = standard != nullptr ? standard : internal;
  for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return name;
}

}  // namespace vanban
