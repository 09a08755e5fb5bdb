#include "pipeline/ocr/ocr_repair.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "pipeline/eval/cer.h"
#include "pipeline/readers/reader.h"
#include "tests/test_paths.h"

namespace vanban {
namespace {

// The OCR words of `text`: every run without spaces, each read with `confidence`.
std::vector<OcrWord> WordsOf(std::string_view text, float confidence) {
  std::vector<OcrWord> words;
  size_t pos = 0;
  while (pos < text.size()) {
    const size_t begin = text.find_first_not_of(" \n", pos);
    if (begin == std::string_view::npos) break;
    size_t end = text.find_first_of(" \n", begin);
    if (end == std::string_view::npos) end = text.size();
    OcrWord& word = words.emplace_back();
    word.raw = {begin, end};
    word.confidence = confidence;
    pos = end;
  }
  return words;
}

std::string Repair(std::string_view text, float confidence) {
  return RepairOcrWords(text, WordsOf(text, confidence)).text;
}

TEST(RepairWord, MisreadLetterInContext) {
  // Tesseract's "Nghị lịnh" for "Nghị định": "lịnh" is a syllable, but a rare one, and
  // "định" after "nghị" is the most common pair of the administrative language.
  EXPECT_EQ(RepairWord("nghị", "lịnh", "số", 80), "định");
  EXPECT_EQ(RepairWord("nghị", "Lịnh", "", 80), "Định");
}

TEST(RepairWord, ToneAndVowelMarks) {
  EXPECT_EQ(RepairWord("", "tiệp", "thu", 70), "tiếp");
  EXPECT_EQ(RepairWord("khẩn", "cập", "", 70), "cấp");
  EXPECT_EQ(RepairWord("đề", "nghi", "", 70), "nghị");
}

TEST(RepairWord, InvalidSyllableGetsTheNearestLikelyOne) {
  // "quyêt" breaks the stop-coda tone rule (ngang); "thâm" is rare before "định".
  EXPECT_EQ(RepairWord("", "thâm", "định", 60), "thẩm");
  EXPECT_EQ(RepairWord("giải", "quyêt", "", 60), "quyết");
}

TEST(RepairWord, CommonWordsAreKept) {
  const std::vector<std::vector<std::string>> phrases = {
      {"căn", "cứ", "luật", "tổ", "chức", "chính", "phủ"},
      {"ngày", "tháng", "năm"},
      {"bộ", "trưởng", "bộ", "công", "an"},
      {"thực", "hiện", "nhiệm", "vụ", "được", "giao"},
      {"đến", "nay"},
  };
  for (const auto& phrase : phrases) {
    for (size_t i = 0; i < phrase.size(); ++i) {
      const std::string previous = i > 0 ? phrase[i - 1] : "";
      const std::string next = i + 1 < phrase.size() ? phrase[i + 1] : "";
      EXPECT_EQ(RepairWord(previous, phrase[i], next, 90), phrase[i]) << phrase[i];
    }
  }
}

TEST(RepairWord, NumbersCodesAndAbbreviationsAreKept) {
  for (const std::string word : {"UBND", "TTg", "APG", "XI", "II", "VI", "KTTH", "a", "B", "NĐ"}) {
    EXPECT_EQ(RepairWord("", word, "", 10), word) << word;
  }
}

TEST(RepairOcrWords, HeaderInBoldCapitals) {
  // Bold capitals lose their marks in Tesseract's reading of the header.
  EXPECT_EQ(Repair("UY BAN NHAN DAN", 60), "ỦY BAN NHÂN DÂN");
  // "TICH" is no syllable (a stop coda needs sắc or nặng), but with marks it is one.
  EXPECT_EQ(Repair("KT. CHỦ TICH", 60), "KT. CHỦ TỊCH");
  EXPECT_EQ(Repair("QUYET ĐỊNH", 60), "QUYẾT ĐỊNH");
  EXPECT_EQ(Repair("CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", 90), "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM");
}

TEST(RepairOcrWords, NumberAndDateLinesAreKept) {
  const std::string header = "Số: 707/QĐ-TTg\n\nHà Nội, ngày 22 tháng 4 năm 2026";
  EXPECT_EQ(Repair(header, 50), header);
  const std::string reference = "Nghị định số 81/2019/NĐ-CP ngày 11/11/2019 (APG);";
  EXPECT_EQ(Repair(reference, 50), reference);
}

TEST(RepairOcrWords, DateLinePattern) {
  // Between numbers a date word has one reading, whatever the frequencies say.
  EXPECT_EQ(Repair("Hà Nội, ngày 28 thắng 4 nắm 2026", 95), "Hà Nội, ngày 28 tháng 4 năm 2026");
  EXPECT_EQ(Repair("Hà Nội, ngay 28 tháng 4 năm 2026", 95), "Hà Nội, ngày 28 tháng 4 năm 2026");
  EXPECT_EQ(Repair("ban hành ngay 17/6/2020;", 95), "ban hành ngày 17/6/2020;");
  EXPECT_EQ(Repair("NGÀY 5 THANG 5 NAM 2025", 95), "NGÀY 5 THÁNG 5 NĂM 2025");
  // Without the pattern the words are left to the general repair.
  EXPECT_EQ(Repair("Việt Nam 2030", 95), "Việt Nam 2030");
  EXPECT_EQ(Repair("làm ngay 3 việc", 95), "làm ngay 3 việc");
}

TEST(RepairOcrWords, DigitLookAlikesInsideNumbers) {
  EXPECT_EQ(Repair("ngày 1] tháng l8/2020", 40), "ngày 11 tháng 18/2020");
  EXPECT_EQ(Repair("khoản 2l, 1O/2019/NĐ-CP", 40), "khoản 21, 10/2019/NĐ-CP");
  // A run with another letter, or without a digit, is a code or a word: kept.
  EXPECT_EQ(Repair("L2O26 I/TTr 20250H15 [1] lO", 40), "L2O26 I/TTr 20250H15 [1] lO");
}

TEST(RepairOcrWords, WordsGluedToNumbersAreSeparated) {
  EXPECT_EQ(Repair("Hà Nội, ngày23 tháng 4, ngày82tháng", 60),
            "Hà Nội, ngày 23 tháng 4, ngày 82 tháng");
  EXPECT_EQ(Repair("Điều5. Hiệu lực", 60), "Điều 5. Hiệu lực");
  // Codes and units keep their letters and digits together.
  EXPECT_EQ(Repair("Luật số 64/2025/QH15 và H5N1, diện tích 20 m2", 60),
            "Luật số 64/2025/QH15 và H5N1, diện tích 20 m2");
}

TEST(RepairOcrWords, DocumentNumberSplitAfterItsDashIsJoined) {
  EXPECT_EQ(Repair("Thông tư số 18/2025/TT-\nBCT ngày 13", 90),
            "Thông tư số 18/2025/TT-BCT ngày 13");
  EXPECT_EQ(Repair("Tờ trình 4017/TTr- BNNMT; Nghị định 81/2019/NĐ- CP.", 90),
            "Tờ trình 4017/TTr-BNNMT; Nghị định 81/2019/NĐ-CP.");
  // A dash before a word, or across paragraphs, is left as read.
  EXPECT_EQ(Repair("giai đoạn 2026- 2030 và 12/2025/TT-\n\nBCT", 90),
            "giai đoạn 2026- 2030 và 12/2025/TT-\n\nBCT");
  EXPECT_EQ(Repair("số 12/UBND- các sở", 90), "số 12/UBND- các sở");
}

TEST(RepairOcrWords, RuleLinesReadAsTextAreDropped) {
  EXPECT_EQ(Repair("ỦY BAN NHÂN DÂN\n___\nSố: 12/KH-UBND", 40),
            "ỦY BAN NHÂN DÂN\n\nSố: 12/KH-UBND");
  EXPECT_EQ(Repair("Độc lập - Tự do ——— Hạnh phúc", 40), "Độc lập - Tự do  Hạnh phúc");
  // Dashes that may be punctuation stay.
  EXPECT_EQ(Repair("Độc lập - Tự do —- Hạnh phúc", 40), "Độc lập - Tự do —- Hạnh phúc");
}

TEST(RepairOcrWords, AbsentPairAfterACommonWordIsNotEvidenceAgainstIt) {
  // "sô" is no word; "số" (number) is among the most common ones. That the table has no
  // pair "số dành" does not make the rare "cô" likelier before "dành".
  EXPECT_EQ(Repair("thiết bị sô dành cho", 97), "thiết bị số dành cho");
}

TEST(RepairOcrWords, RepairedWordMapsBackToTheWordItReplaced) {
  const std::string raw = "Căn cứ Nghị lịnh, số 81";
  const TextPass pass = RepairOcrWords(raw, WordsOf(raw, 70));
  ASSERT_EQ(pass.text, "Căn cứ Nghị định, số 81");
  const size_t at = pass.text.find("định");
  const Span source = pass.map.ToSource({at, at + std::string("định").size()});
  EXPECT_EQ(raw.substr(source.begin, source.end - source.begin), "lịnh");
  // The comma after the word is copied, not part of the replacement.
  const size_t comma = pass.text.find(',');
  EXPECT_EQ(pass.map.ToSource({comma, comma + 1}).begin, raw.find(','));
}

TEST(RepairOcrWords, ConfidentReadingNeedsStrongerEvidence) {
  // "dần" (gradually) is a common word; read with full confidence it stays, while a shaky
  // reading of "nhân dần" becomes the far more common "nhân dân".
  EXPECT_EQ(Repair("nhân dần", 30), "nhân dân");
  EXPECT_EQ(Repair("tăng dần", 99), "tăng dần");
}

TEST(RepairOcrWords, TextOutsideWordsIsCopied) {
  const std::string raw = "  Điều 1.\n\n  Phạm vi điều chỉnh\n";
  EXPECT_EQ(Repair(raw, 90), raw);
}

// A real 200 dpi scan (tests/data/scans/README.md) that Tesseract misreads in the way this
// repair is for: "chính quyên", "bồ sung", "số điễu", "Thành phô", "Kê hoạch".
TEST(RepairOcrWords, RealScanGetsCloserToItsTranscription) {
  StatusOr<Document> doc = ReadDocument(testing::ScanFixture("qd-2280-hanoi-real.png"));
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  ASSERT_FALSE(doc->words.empty());
  const std::string truth =
      CollapseWhitespace(testing::ReadBytes(testing::ScanFixture("qd-2280-hanoi-real.gt.txt")));
  const std::string repaired = CollapseWhitespace(RepairOcrWords(doc->raw_text, doc->words).text);
  const double before = CharacterErrorRate(truth, CollapseWhitespace(doc->raw_text));
  const double after = CharacterErrorRate(truth, repaired);
  EXPECT_LT(after, before * 0.8) << repaired;
  for (const char* phrase : {"chính quyền địa phương", "bổ sung một số", "số 325/KH-UBND",
                             "ngày 23/01/2026", "Thành ủy Hà Nội", "Kế hoạch Bảo đảm"}) {
    EXPECT_NE(repaired.find(phrase), std::string::npos) << phrase << "\n" << repaired;
  }
}

}  // namespace
}  // namespace vanban
