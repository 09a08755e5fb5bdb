#include "pipeline/eval/transcription.h"

#include <gtest/gtest.h>

#include <fstream>
#include <string>

#include "tests/test_paths.h"

namespace vanban {
namespace {

namespace fs = std::filesystem;
using ::vanban::testing::TempDir;

void Touch(const fs::path& path) {
  fs::create_directories(path.parent_path());
  std::ofstream(path) << "x";
}

TEST(TranscriptionOf, LongestPrefixBeforeADotWins) {
  TempDir tmp;
  const fs::path d = tmp.path();
  Touch(d / "a.gt.txt");
  Touch(d / "a.scan-300dpi.gt.txt");
  EXPECT_EQ(TranscriptionOf(d / "a.scan-300dpi.pdf"), d / "a.scan-300dpi.gt.txt");
  EXPECT_EQ(TranscriptionOf(d / "a.scan-200dpi.pdf"), d / "a.gt.txt");
  EXPECT_EQ(TranscriptionOf(d / "a.png"), d / "a.gt.txt");
  EXPECT_EQ(TranscriptionOf(d / "ab.png"), fs::path());       // "a" is not a prefix before a dot
  EXPECT_EQ(TranscriptionOf(d / "b.rot90.png"), fs::path());  // no b.gt.txt
}

TEST(IsScanFile, ImagesAndPdfsInAnyCase) {
  for (const char* name : {"x.pdf", "x.PNG", "x.jpg", "x.JPEG", "x.tif", "x.tiff", "x.pgm"}) {
    EXPECT_TRUE(IsScanFile(name)) << name;
  }
  for (const char* name : {"x.txt", "x.gt.txt", "x.html", "x.json", "x"}) {
    EXPECT_FALSE(IsScanFile(name)) << name;
  }
}

TEST(FindTranscribedFiles, DirectoriesSkipFilesWithoutTranscription) {
  TempDir tmp;
  const fs::path d = tmp.path();
  Touch(d / "sub/p1.png");
  Touch(d / "sub/p1.gt.txt");
  Touch(d / "doc.scan-300dpi-gray-d0.pdf");
  Touch(d / "doc.gt.txt");
  Touch(d / "alone.png");
  Touch(d / "notes.txt");
  auto found = FindTranscribedFiles({d});
  ASSERT_TRUE(found.ok()) << found.status().ToString();
  ASSERT_EQ(found->size(), 2u);
  EXPECT_EQ((*found)[0].source, d / "doc.scan-300dpi-gray-d0.pdf");
  EXPECT_EQ((*found)[0].transcription, d / "doc.gt.txt");
  EXPECT_EQ((*found)[1].source, d / "sub/p1.png");
  EXPECT_EQ((*found)[1].transcription, d / "sub/p1.gt.txt");
}

TEST(FindTranscribedFiles, AFileNamedWithoutTranscriptionIsAnError) {
  TempDir tmp;
  Touch(tmp.path() / "alone.png");
  auto found = FindTranscribedFiles({tmp.path() / "alone.png"});
  ASSERT_FALSE(found.ok());
  EXPECT_EQ(found.status().code(), StatusCode::kInvalidArgument);
  EXPECT_NE(found.status().message().find("alone.png"), std::string::npos);
  EXPECT_NE(found.status().message().find("alone.gt.txt"), std::string::npos);

  auto missing = FindTranscribedFiles({tmp.path() / "nothing.png"});
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.status().code(), StatusCode::kNotFound);
}

TEST(NormalizeForErrorRate, LineBreaksAndSpacesAreOneSpaceMarksAreComposed) {
  EXPECT_EQ(NormalizeForErrorRate("  Số: 02/CT-UBND\n\nHà  Nội\n"), "Số: 02/CT-UBND Hà Nội");
  // "ế" written as e + circumflex + acute composes to the one code point of the reference.
  EXPECT_EQ(NormalizeForErrorRate("Quy\u0065\u0302\u0301t"), "Quyết");
}

TEST(CompareWithReference, CountsCharactersAndWords) {
  // One letter wrong in one word, and a line broken differently: 1 edit of 5 code points,
  // 1 word of 2.
  const TextErrors e = CompareWithReference("Số 02", "S6\n  02");
  EXPECT_EQ(e.characters, 5u);
  EXPECT_EQ(e.character_edits, 1u);
  EXPECT_EQ(e.words, 2u);
  EXPECT_EQ(e.word_edits, 1u);
  EXPECT_DOUBLE_EQ(e.Cer(), 0.2);
  EXPECT_DOUBLE_EQ(e.Wer(), 0.5);

  // A tone mark alone is one character edit and one word edit.
  const TextErrors tone = CompareWithReference("đẩy mạnh", "đấy mạnh");
  EXPECT_EQ(tone.character_edits, 1u);
  EXPECT_EQ(tone.word_edits, 1u);

  const TextErrors empty = CompareWithReference("", "");
  EXPECT_EQ(empty.Cer(), 0.0);
  EXPECT_EQ(empty.Wer(), 0.0);
}

TEST(WordEditDistance, MissingExtraAndSwappedWords) {
  EXPECT_EQ(WordEditDistance("a b c", "a b c"), 0u);
  EXPECT_EQ(WordEditDistance("a b c", "a c"), 1u);
  EXPECT_EQ(WordEditDistance("a b c", "a b c d"), 1u);
  EXPECT_EQ(WordEditDistance("a b c", "b a c"), 2u);
  EXPECT_EQ(WordEditDistance("", "a b"), 2u);
}

TEST(ErrorRateReport, TotalWeighsFilesByLengthAndSkipsFailures) {
  TranscriptionResult short_page{"short.png", 1, {10, 5, 2, 1}, ""};
  TranscriptionResult long_page{"long.pdf", 2, {90, 0, 18, 0}, ""};
  TranscriptionResult broken{"broken.pdf", 0, {}, "read: data_error: truncated"};
  const std::vector<TranscriptionResult> results = {short_page, long_page, broken};
  const TextErrors total = TotalErrors(results);
  EXPECT_EQ(total.characters, 100u);
  EXPECT_DOUBLE_EQ(total.Cer(), 0.05);  // 5 edits over 100 characters, not the mean of 50% and 0%
  EXPECT_EQ(total.words, 20u);
  EXPECT_DOUBLE_EQ(total.Wer(), 0.05);

  const std::string report = RenderErrorRateReport(results);
  EXPECT_NE(report.find("   50.00    50.00       10       2     1  short.png\n"), std::string::npos)
      << report;
  EXPECT_NE(report.find("    0.00     0.00       90      18     2  long.pdf\n"), std::string::npos)
      << report;
  EXPECT_NE(report.find("broken.pdf: read: data_error: truncated"), std::string::npos) << report;
  EXPECT_NE(report.find("    5.00     5.00      100      20     3  total of 2 file(s)\n"),
            std::string::npos)
      << report;
}

}  // namespace
}  // namespace vanban
