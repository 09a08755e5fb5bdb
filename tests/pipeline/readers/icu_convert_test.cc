#include "pipeline/readers/icu_convert.h"

#include <gtest/gtest.h>

namespace vanban {
namespace {

TEST(IcuConvert, ConvertsLegacyAndUtf16) {
  struct Case {
    std::string_view bytes;
    std::string_view charset;
    std::string_view utf8;
  };
  const Case cases[] = {
      // windows-1258 writes tones as combining marks after the letter: 0xF2 dot below,
      // 0xEC acute, 0xD2 hook above; 0xEA ê, 0xF4 ô, 0xFD ư and 0xD0 Đ are precomposed.
      {"Vi\xEA\xF2t Nam", "windows-1258", "Viê\u0323t Nam"},
      {"Nghi\xF2 quy\xEA\xECt s\xF4\xEC 412/NQ-H\xD0ND", "cp1258",
       "Nghi\u0323 quyê\u0301t sô\u0301 412/NQ-HĐND"},
      {"U\xD2y ban", "windows-1258", "U\u0309y ban"},
      {"Ng\xE0y", "iso-8859-1", "Ngày"},
      {std::string_view("\xE6\x1E\x79\x00", 4), "UTF-16LE", "Ủy"},
      {std::string_view("\x1E\xE6\x00\x79", 4), "UTF-16BE", "Ủy"},
  };
  for (const Case& c : cases) {
    StatusOr<std::string> utf8 = ConvertToUtf8(c.bytes, c.charset, OnInvalid::kFail);
    ASSERT_TRUE(utf8.ok()) << c.charset << ": " << utf8.status().ToString();
    EXPECT_EQ(*utf8, c.utf8) << c.charset;
  }
}

TEST(IcuConvert, BadInputFailsWithOffsetOrIsReplaced) {
  // A lone high surrogate D800 at byte 2, then "a".
  const std::string_view utf16("\x61\x00\x00\xD8\x61\x00", 6);
  StatusOr<std::string> strict = ConvertToUtf8(utf16, "UTF-16LE", OnInvalid::kFail);
  EXPECT_EQ(strict.status().code(), StatusCode::kDataError);
  EXPECT_EQ(strict.status().message(), "invalid utf-16le at byte 2");
  StatusOr<std::string> lenient = ConvertToUtf8(utf16, "UTF-16LE", OnInvalid::kReplace);
  ASSERT_TRUE(lenient.ok());
  EXPECT_EQ(*lenient, "a\uFFFDa");
  // An odd trailing byte is a truncated character.
  StatusOr<std::string> odd =
      ConvertToUtf8(std::string_view("a\0b", 3), "UTF-16LE", OnInvalid::kFail);
  EXPECT_EQ(odd.status().message(), "invalid utf-16le at byte 2");
}

TEST(IcuConvert, UnknownCharsetIsInvalidArgument) {
  StatusOr<std::string> result = ConvertToUtf8("abc", "x-tcvn3", OnInvalid::kFail);
  EXPECT_EQ(result.status().code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(ConvertToUtf8("abc", "", OnInvalid::kFail).status().code(),
            StatusCode::kInvalidArgument);
}

TEST(IcuConvert, CanonicalCharsetNames) {
  struct Case {
    std::string_view label;
    std::string_view name;
  };
  const Case cases[] = {
      {"windows-1258", "windows-1258"},
      {"CP1258", "windows-1258"},
      {"utf8", "utf-8"},
      {"UTF-8", "utf-8"},
      {"latin1", "iso-8859-1"},
      {"UTF-16LE", "utf-16le"},
      {"x-tcvn3", ""},
      {"", ""},
  };
  for (const Case& c : cases) EXPECT_EQ(CanonicalCharset(c.label), c.name) << c.label;
}

}  // namespace
}  // namespace vanban
