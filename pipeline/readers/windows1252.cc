#include "pipeline/readers/windows1252.h"

namespace vanban {
namespace {

// 0x80-0x9F; zero marks the unassigned bytes.
constexpr char32_t kHigh[32] = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,  // 80-87
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,      0x017D, 0,       // 88-8F
    0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,  // 90-97
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178,  // 98-9F
};

}  // namespace

char32_t FromWindows1252(uint8_t b) {
  if (b < 0x80 || b >= 0xA0) return b;
  const char32_t cp = kHigh[b - 0x80];
  return cp == 0 ? b : cp;
}

int ToWindows1252(char32_t cp) {
  if (cp <= 0xFF) return static_cast<int>(cp);
  for (int i = 0; i < 32; ++i) {
    if (kHigh[i] == cp) return 0x80 + i;
  }
  return -1;
}

}  // namespace vanban
