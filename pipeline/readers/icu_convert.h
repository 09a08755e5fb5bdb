// Character set conversion through ICU: legacy code pages (windows-1258, iso-8859-1, ...)
// and UTF-16 to UTF-8. The only file of the readers that touches ICU; ICU's error codes
// become Status here.
#pragma once

#include <string>
#include <string_view>

#include "pipeline/status.h"

namespace vanban {

enum class OnInvalid {
  kFail,     // the first bad byte sequence is a data_error naming its offset
  kReplace,  // every bad byte sequence becomes U+FFFD
};

// `bytes` in `charset` (any name ICU knows: "windows-1258", "cp1258", "UTF-16LE") as UTF-8.
// Fails with invalid_argument for a charset ICU does not know, with data_error
// "invalid windows-1258 at byte 17" for bad input under OnInvalid::kFail.
// Example: ConvertToUtf8("Vi\xEA\xF2t", "windows-1258", OnInvalid::kFail) == "Viê\u0323t".
StatusOr<std::string> ConvertToUtf8(std::string_view bytes, std::string_view charset,
                                    OnInvalid on_invalid);

// The lower-case standard name (MIME, else IANA) of a charset label, or "" when ICU knows no
// such charset. Example: CanonicalCharset("CP1258") == "windows-1258",
// CanonicalCharset("utf8") == "utf-8", CanonicalCharset("x-tcvn3") == "".
std::string CanonicalCharset(std::string_view label);

}  // namespace vanban
