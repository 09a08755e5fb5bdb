#include "pipeline/readers/legacy_charset.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "pipeline/utf8.h"
#include "pipeline/readers/vietnamese_letters.h"

namespace vanban {
namespace {

struct Case {
  std::string_view bytes;  // written from the published charts, not by Encode
  std::string_view text;
};

// TCVN3 (TCVN 5712:1993 VN3): ă A8, â A9, ê AA, ư AD, Đ A7; à B5, ã B7, ạ B9, ậ CB, ế D5,
// ệ D6, ỉ D8, ĩ DC, ị DE, ố E8, ộ E9, ủ F1, ú F3, ứ F8, ự F9. Capitals with a tone have no code:
// "Ủy" is written with the code of "ủ".
TEST(LegacyCharset, Tcvn3DecodesPublishedBytes) {
  const Case cases[] = {
      {"\xF1y ban nh\xA9n d\xA9n t\xD8nh H\xADng Y\xAAn", "ủy ban nhân dân tỉnh Hưng Yên"},
      {"Ngh\xDE quy\xD5t s\xE8 412/NQ-H\xA7ND ng\xB5y 07/12/2023",
       "Nghị quyết số 412/NQ-HĐND ngày 07/12/2023"},
      {"\xA7\xE9\x63 l\xCBp - T\xF9 do - H\xB9nh ph\xF3\x63", "Độc lập - Tự do - Hạnh phúc"},
      {"C\xA8n c\xF8 Lu\xCBt", "Căn cứ Luật"},
  };
  for (const Case& c : cases) EXPECT_EQ(Tcvn3Charset().Decode(c.bytes), c.text) << c.text;
}

// VNI-Windows: a vowel is its base letter then a mark byte: F8 grave, F9 acute, FB hook,
// F5 tilde, EF dot, E2 circumflex, E1 circumflex+acute, E4 circumflex+dot, EA breve; the
// capital forms are D8 D9 DB D5 CF C2 C1 C4 CA. ơ F4, ư F6, đ F1, Đ D1, ỉ E6, ị F2.
TEST(LegacyCharset, VniDecodesPublishedBytes) {
  const Case cases[] = {
      {"U\xDBy ban nha\xE2n da\xE2n t\xE6nh H\xF6ng Ye\xE2n", "Ủy ban nhân dân tỉnh Hưng Yên"},
      {"Ngh\xF2 quye\xE1t so\xE1 412/NQ-H\xD1ND nga\xF8y 07/12/2023",
       "Nghị quyết số 412/NQ-HĐND ngày 07/12/2023"},
      {"\xD1o\xE4\x63 la\xE4p - T\xF6\xEF do - Ha\xEFnh phu\xF9\x63",
       "Độc lập - Tự do - Hạnh phúc"},
      {"CO\xC4NG HO\xD8\x41 XA\xD5 HO\xC4I CHU\xDB NGH\xD3\x41 VIE\xC4T NAM",
       "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"},
      {"\xF1\xF6\xF4\xEF\x63", "được"},  // ư then ơ with a dot below
  };
  for (const Case& c : cases) EXPECT_EQ(VniCharset().Decode(c.bytes), c.text) << c.text;
}

TEST(LegacyCharset, BytesOutsideTheTable) {
  // Windows-1252 punctuation stays what it was; a lone VNI mark or a TCVN3 gap is U+FFFD.
  EXPECT_EQ(VniCharset().Decode("\x93Ha\xEFn\x94 \x96 x\xF9"), "“Hạn” – x\uFFFD");
  EXPECT_EQ(Tcvn3Charset().Decode("\xE0"), "\uFFFD");
}

TEST(LegacyCharset, RestoresWordsOfTheCapitalFont) {
  const Case cases[] = {
      // A whole line in the capital font.
      {"C\xE9NG HO\xB5 X\xB7 H\xE9I CH\xF1 NGH\xDC\x41 VI\xD6T NAM",
       "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM"},
      // A capital word in a sentence; "Tỉnh" with one capital stays as it is.
      {"UBND T\xD8NH H\xAD\x4EG Y\xAAN v\xB5 T\xD8nh", "UBND TỈNH HƯNG YÊN và Tỉnh"},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(RestoreCapitalWords(Tcvn3Charset().Decode(c.bytes)), c.text) << c.text;
  }
}

TEST(LegacyCharset, TablesAreWellFormed) {
  StatusOr<LegacyCharset> bad = LegacyCharset::Parse("test", "# comment\nà\tB5\nà B5\n");
  EXPECT_EQ(bad.status().code(), StatusCode::kDataError);
  EXPECT_EQ(bad.status().message(),
            "test table line 3: expected a character, a tab and one or two hex bytes");
  StatusOr<LegacyCharset> good = LegacyCharset::Parse("test", "à\tB5\nU+00A0\tA0\n");
  ASSERT_TRUE(good.ok());
  EXPECT_EQ(good->Decode("\xB5\xA0"), "à\u00A0");
}

// What TCVN3 can hold of a line: capitals with a tone (and those VN3 lacks) become small.
std::string Tcvn3Expected(std::string_view line) {
  std::string out;
  size_t pos = 0;
  while (pos < line.size()) {
    char32_t cp = NextCodePoint(line, pos);
    std::optional<VietnameseLetter> letter = ParseVietnameseLetter(cp);
    if (letter && letter->upper && cp >= 0x80 &&
        std::u32string_view(U"ĂÂÊÔƠƯĐ").find(cp) == std::u32string_view::npos) {
      cp = ToLowerVietnamese(cp);
    }
    AppendUtf8(out, cp);
  }
  return out;
}

// Round trip over the real corpus: every line our tables can encode decodes back to itself
// (TCVN3: with its capitals made small), so no character is missing or doubled.
TEST(LegacyCharset, RoundTripOverTheCorpus) {
  const std::filesystem::path corpus = std::filesystem::path(VANBAN_SOURCE_DIR) / "corpus/real";
  int lines = 0;
  int encoded = 0;
  for (const auto& entry : std::filesystem::directory_iterator(corpus)) {
    if (entry.path().extension() != ".txt") continue;
    std::ifstream in(entry.path(), std::ios::binary);
    std::string line;
    while (std::getline(in, line)) {
      ++lines;
      for (const LegacyCharset* charset : {&Tcvn3Charset(), &VniCharset()}) {
        std::optional<std::string> bytes = charset->Encode(line);
        if (!bytes) continue;  // a character outside the charset ("≤", combining marks)
        ++encoded;
        const std::string want = charset == &Tcvn3Charset() ? Tcvn3Expected(line) : line;
        ASSERT_EQ(charset->Decode(*bytes), want) << charset->name() << ": " << line;
      }
    }
  }
  EXPECT_GT(lines, 1000);
  EXPECT_GT(encoded, lines);  // most lines encode in both charsets
}

}  // namespace
}  // namespace vanban
