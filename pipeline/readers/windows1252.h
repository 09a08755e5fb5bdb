// Windows-1252, the code page legacy Vietnamese font text was typed over: VNI and TCVN3
// documents use its punctuation in 0x80-0x9F, and text converted letter by letter from
// such fonts to Unicode went through it. HTML numeric references &#128;-&#159; use it too.
#pragma once

#include <cstdint>

namespace vanban {

// The character byte `b` stands for: ASCII below 0x80, Latin-1 from 0xA0, the Windows-1252
// characters in between; the five unassigned bytes (0x81 0x8D 0x8F 0x90 0x9D) stand for the
// C1 control of the same value, as browsers do. Example: FromWindows1252(0x93) == U'“'.
char32_t FromWindows1252(uint8_t b);

// The Windows-1252 byte of `cp`, or -1 when the code page has none. Code points up to U+00FF
// map to the byte of the same value, so text that went through a Latin-1 decoder (C1
// controls instead of curly quotes) maps back too. Example: ToWindows1252(U'é') == 0xE9,
// ToWindows1252(U'“') == 0x93, ToWindows1252(U'ư') == -1.
int ToWindows1252(char32_t cp);

}  // namespace vanban
