#include "pipeline/readers/text_decoding.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

namespace vanban {
namespace {

// UTF-16 bytes of `text` (the compiler's encoding of a u"" literal, not our decoder's).
std::string Utf16Bytes(std::u16string_view text, bool little_endian, bool bom) {
  std::string bytes;
  auto put = [&](char16_t unit) {
    const char high = static_cast<char>(unit >> 8);
    const char low = static_cast<char>(unit & 0xFF);
    bytes += little_endian ? low : high;
    bytes += little_endian ? high : low;
  };
  if (bom) put(u'\uFEFF');
  for (char16_t unit : text) put(unit);
  return bytes;
}

struct Case {
  std::string name;
  std::string bytes;
  std::string text;
  std::string encoding;
};

TEST(TextDecoding, EveryEncodingPath) {
  const Case cases[] = {
      {"utf-8", "Ủy ban nhân dân tỉnh Hưng Yên", "Ủy ban nhân dân tỉnh Hưng Yên", "utf-8"},
      {"utf-8 with BOM", "\xEF\xBB\xBFNghị quyết số 412/NQ-HĐND", "Nghị quyết số 412/NQ-HĐND",
       "utf-8"},
      {"ascii", "UBND tinh Hung Yen\n", "UBND tinh Hung Yen\n", "utf-8"},
      {"utf-16le with BOM", Utf16Bytes(u"Ủy ban nhân dân tỉnh Hưng Yên", true, true),
       "Ủy ban nhân dân tỉnh Hưng Yên", "utf-16le"},
      {"utf-16be with BOM", Utf16Bytes(u"Nghị quyết số 412/NQ-HĐND", false, true),
       "Nghị quyết số 412/NQ-HĐND", "utf-16be"},
      {"utf-16le without BOM", Utf16Bytes(u"Số: 02/CT-UBND ngày 06 tháng 3", true, false),
       "Số: 02/CT-UBND ngày 06 tháng 3", "utf-16le"},
      // windows-1258: 0xD2 hook, 0xF2 dot below, 0xEC acute follow their vowel.
      {"windows-1258",
       "U\xD2y ban nh\xE2n d\xE2n ti\xD2nh H\xFDng Y\xEAn. Nghi\xF2 quy\xEA\xECt s\xF4\xEC "
       "412/NQ-H\xD0ND ng\xE0y 07/12/2023",
       "U\u0309y ban nhân dân ti\u0309nh Hưng Yên. Nghi\u0323 quyê\u0301t sô\u0301 "
       "412/NQ-HĐND ngày 07/12/2023",
       "windows-1258"},
      // TCVN3: "Ủy" is written with the code of "ủ" (F1).
      {"tcvn3",
       "\xF1y ban nh\xA9n d\xA9n t\xD8nh H\xADng Y\xAAn. Ngh\xDE quy\xD5t s\xE8 412/NQ-H\xA7ND "
       "ng\xB5y 07/12/2023",
       "ủy ban nhân dân tỉnh Hưng Yên. Nghị quyết số 412/NQ-HĐND ngày 07/12/2023", "tcvn3"},
      {"tcvn3 capital line", "C\xE9NG HO\xB5 X\xB7 H\xE9I CH\xF1 NGH\xDC\x41 VI\xD6T NAM",
       "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", "tcvn3"},
      {"vni",
       "U\xDBy ban nha\xE2n da\xE2n t\xE6nh H\xF6ng Ye\xE2n. Ngh\xF2 quye\xE1t so\xE1 "
       "412/NQ-H\xD1ND nga\xF8y 07/12/2023",
       "Ủy ban nhân dân tỉnh Hưng Yên. Nghị quyết số 412/NQ-HĐND ngày 07/12/2023", "vni"},
      {"vni motto", "\xD1o\xE4\x63 la\xE4p - T\xF6\xEF do - Ha\xEFnh phu\xF9\x63",
       "Độc lập - Tự do - Hạnh phúc", "vni"},
  };
  for (const Case& c : cases) {
    StatusOr<DecodedText> decoded = DecodeText(c.bytes);
    ASSERT_TRUE(decoded.ok()) << c.name << ": " << decoded.status().ToString();
    EXPECT_EQ(decoded->text, c.text) << c.name;
    EXPECT_EQ(decoded->encoding, c.encoding) << c.name;
  }
}

TEST(TextDecoding, DeclaredCharset) {
  struct Declared {
    std::string_view bytes;
    std::string_view charset;
    std::string_view text;
    std::string_view encoding;
  };
  const Declared cases[] = {
      {"Vi\xEA\xF2t Nam", "windows-1258", "Viê\u0323t Nam", "windows-1258"},
      {"Vi\xEA\xF2t Nam", "CP1258", "Viê\u0323t Nam", "windows-1258"},
      {"Ng\xE0y", "iso-8859-1", "Ngày", "iso-8859-1"},
      // A UTF-8 or unknown declaration leaves the choice to the bytes.
      {"Ngh\xF2 quye\xE1t so\xE1 12", "utf-8", "Nghị quyết số 12", "vni"},
      {"Việt Nam", "x-unknown", "Việt Nam", "utf-8"},
      // UTF-8 beyond ASCII is never an accident: it wins over a stale declaration.
      {"Việt Nam", "iso-8859-1", "Việt Nam", "utf-8"},
      {"Viet Nam", "iso-8859-1", "Viet Nam", "iso-8859-1"},
      // A byte order mark wins over the declaration.
      {"\xEF\xBB\xBFViệt", "windows-1258", "Việt", "utf-8"},
  };
  for (const Declared& c : cases) {
    StatusOr<DecodedText> decoded = DecodeText(c.bytes, c.charset);
    ASSERT_TRUE(decoded.ok()) << c.charset << ": " << decoded.status().ToString();
    EXPECT_EQ(decoded->text, c.text) << c.charset;
    EXPECT_EQ(decoded->encoding, c.encoding) << c.charset;
  }
}

TEST(TextDecoding, Refusals) {
  struct Refusal {
    std::string name;
    std::string bytes;
    StatusCode code;
    std::string message;
  };
  const Refusal cases[] = {
      {"empty", "", StatusCode::kDataError, "empty file"},
      {"byte order mark alone", "\xEF\xBB\xBF", StatusCode::kDataError, "empty file"},
      {"utf-16 byte order mark alone", "\xFF\xFE", StatusCode::kDataError, "empty file"},
      {"NUL bytes",
       std::string("\x7F"
                   "ELF\x02\x01\x01\x00\x00\x00\x00",
                   11),
       StatusCode::kUnsupported, "binary file, not text"},
      {"control bytes", "\x01\x02\x03\x04\x05 abc \x06\x07", StatusCode::kUnsupported,
       "binary file, not text"},
      {"random invalid bytes", "abc \xC3\x28 \x8F\x9D\xFF \xFE\xFD\x81", StatusCode::kDataError,
       "invalid UTF-8 at byte 4 and no legacy Vietnamese encoding fits"},
      {"Latin-1 French", "Le caf\xE9 est pr\xEAt, d\xE9j\xE0 servi", StatusCode::kDataError,
       "invalid UTF-8 at byte 6 and no legacy Vietnamese encoding fits"},
      {"broken utf-8 after a BOM", "\xEF\xBB\xBFVi\xE1\xBBt", StatusCode::kDataError,
       "invalid UTF-8 at byte 5"},
      {"lone surrogate in utf-16", std::string("\xFF\xFE\x61\x00\x00\xD8\x62\x00", 8),
       StatusCode::kDataError, "invalid utf-16le at byte 4"},
  };
  for (const Refusal& c : cases) {
    StatusOr<DecodedText> decoded = DecodeText(c.bytes);
    ASSERT_FALSE(decoded.ok()) << c.name;
    EXPECT_EQ(decoded.status().code(), c.code) << c.name;
    EXPECT_EQ(decoded.status().message(), c.message) << c.name;
  }
}

TEST(TextDecoding, RepairsLegacyLettersInUtf8) {
  const Case cases[] = {
      // VNI letters converted one by one to Unicode.
      {"vni", "Quyeát ñònh soá 12/QÑ-UBND ngaøy 06 thaùng 3 naêm 2024",
       "Quyết định số 12/QĐ-UBND ngày 06 tháng 3 năm 2024", "utf-8+vni"},
      // TCVN3 letters, including ư (0xAD, the soft hyphen in Latin-1).
      {"tcvn3", "QuyÕt ®Þnh cña Bé tr\u00ADëng Bé X©y dùng", "Quyết định của Bộ trưởng Bộ Xây dựng",
       "utf-8+tcvn3"},
      // Only the suspect lines change; real Unicode lines stay.
      {"mixed", "QUYẾT ĐỊNH\nV/v: §Ýnh chÝnh QuyÕt ®Þnh sè 29/2007/Q§-BXD\n",
       "QUYẾT ĐỊNH\nV/v: Đính chính Quyết định số 29/2007/QĐ-BXD\n", "utf-8+tcvn3"},
  };
  for (const Case& c : cases) {
    DecodedText repaired = RepairLegacyLetters({c.bytes, "utf-8"});
    EXPECT_EQ(repaired.text, c.text) << c.name;
    EXPECT_EQ(repaired.encoding, c.encoding) << c.name;
  }
}

TEST(TextDecoding, LeavesRealTextAlone) {
  const std::string_view texts[] = {
      "Ủy ban nhân dân tỉnh Hưng Yên",  // characters outside Windows-1252
      "Cà phê sữa đá",
      "Hà Nội, ngày 18 tháng 11 năm 2025",
      "Le café est prêt, déjà servi",  // Latin-1 but no Vietnamese reading fits
      "eÌ|ttcbth@)quangngai.gov.vn",   // OCR noise: one word is not enough evidence
      "UBND tinh Hung Yen",
  };
  for (std::string_view text : texts) {
    DecodedText repaired = RepairLegacyLetters({std::string(text), "utf-8"});
    EXPECT_EQ(repaired.text, text);
    EXPECT_EQ(repaired.encoding, "utf-8");
  }
}

// Regression: a real page of the corpus (qd-000891) whose title is Unicode and whose body
// is TCVN3 letters that went through Windows-1252.
TEST(TextDecoding, RepairsTheCorpusDocumentWithTcvn3Letters) {
  std::ifstream in(
      std::filesystem::path(VANBAN_SOURCE_DIR) / "tests/data/readers/qd-000891-tcvn3-letters.txt",
      std::ios::binary);
  std::stringstream bytes;
  bytes << in.rdbuf();
  StatusOr<DecodedText> decoded = DecodeText(bytes.str());
  ASSERT_TRUE(decoded.ok());
  DecodedText repaired = RepairLegacyLetters(std::move(decoded).value());
  EXPECT_EQ(repaired.encoding, "utf-8+tcvn3");
  EXPECT_EQ(repaired.text.substr(0, repaired.text.find('\n', repaired.text.find('\n') + 1)),
            "QUYẾT ĐỊNH\nV/v: Đính chính Quyết định số 29/2007/QĐ-BXD ngày 31/12/2007 của");
  EXPECT_NE(repaired.text.find("Căn cứ Nghị định số 104/2004/NĐ-CP ngày 23/3/2004 của Chính phủ"),
            std::string::npos);
}

}  // namespace
}  // namespace vanban
