#include "pipeline/readers/windows1252.h"

#include <gtest/gtest.h>

namespace vanban {
namespace {

TEST(Windows1252, BytesAndCharacters) {
  struct Case {
    uint8_t byte;
    char32_t cp;
  };
  const Case cases[] = {
      {'a', U'a'},  {0x80, U'€'}, {0x93, U'“'}, {0x94, U'”'},   {0x96, U'–'},   {0x85, U'…'},
      {0xA9, U'©'}, {0xE0, U'à'}, {0xD5, U'Õ'}, {0xAD, 0x00AD}, {0x81, 0x0081},  // unassigned: the
                                                                                 // C1 control, as
                                                                                 // browsers read it
  };
  for (const Case& c : cases) {
    EXPECT_EQ(FromWindows1252(c.byte), c.cp) << int{c.byte};
    EXPECT_EQ(ToWindows1252(c.cp), int{c.byte}) << int{c.byte};
  }
}

TEST(Windows1252, VietnameseLettersBeyondLatin1HaveNoByte) {
  for (char32_t cp : std::u32string_view(U"ăđĩũơưạếỹ")) EXPECT_EQ(ToWindows1252(cp), -1);
  EXPECT_EQ(ToWindows1252(0x0093), 0x93);  // Latin-1 decoders leave C1 controls
}

}  // namespace
}  // namespace vanban
