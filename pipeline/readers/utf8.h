// UTF-8 primitives shared by the readers: validation with the offset of the first bad byte,
// decoding one code point, and appending one. The readers hand out UTF-8 only.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace vanban {

// Offset of the first byte that does not start or continue a valid UTF-8 sequence (overlong
// forms, surrogates and values past U+10FFFF are invalid), or std::string_view::npos when
// all of `bytes` is valid. Example: FirstInvalidUtf8("ab\xC3") == 2.
size_t FirstInvalidUtf8(std::string_view bytes);

// Decodes the code point starting at `pos` of valid UTF-8 `text` and advances `pos` past it.
// On an invalid sequence returns U+FFFD and advances one byte.
char32_t NextCodePoint(std::string_view text, size_t& pos);

// Appends the UTF-8 form of `cp` (U+FFFD for surrogates and values past U+10FFFF).
void AppendUtf8(std::string& out, char32_t cp);

}  // namespace vanban
