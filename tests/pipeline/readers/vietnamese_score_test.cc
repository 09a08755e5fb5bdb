#include "pipeline/readers/vietnamese_score.h"

#include <gtest/gtest.h>

namespace vanban {
namespace {

TEST(VietnameseScore, Syllables) {
  struct Case {
    std::string_view word;
    bool syllable;
  };
  const Case cases[] = {
      {"Nghị", true},
      {"quyết", true},
      {"ĐỊNH", true},
      {"người", true},
      {"giữa", true},
      {"gìn", true},
      {"khuya", true},
      {"hoặc", true},
      {"nguyễn", true},
      {"Đắk", true},
      {"thuở", true},
      {"ý", true},
      {"Vie\u0323\u0302t", false},  // circumflex as a combining mark is not windows-1258
      {"Viê\u0323t", true},         // windows-1258: ê then a combining dot below
      {"QuyÕt", false},
      {"Quyeát", false},
      {"ñònh", false},
      {"X·", false},
      {"café", false},
      {"ủũnh", false},
      {"HĐND", false},
      {"tiếngg", false},
  };
  for (const Case& c : cases) EXPECT_EQ(IsVietnameseSyllable(c.word), c.syllable) << c.word;
}

TEST(VietnameseScore, CountsNonAsciiWords) {
  struct Case {
    std::string_view text;
    int words;
    int syllables;
  };
  const Case cases[] = {
      {"Nghị quyết số 412/NQ-HĐND ngày 07/12/2023", 5, 4},  // HĐND is no syllable
      {"UBND tinh Hung Yen", 0, 0},                         // ASCII words are not counted
      {"QuyÕt ®Þnh sè 12", 3, 1},    // TCVN3 bytes read as Latin-1: only "sè" reads
      {"Quyeát ñònh soá 12", 3, 1},  // VNI bytes read as Latin-1: only "soá" reads
      {"“Quyết định” – số…", 3, 3},  // general punctuation splits
  };
  for (const Case& c : cases) {
    VietnameseScore score = ScoreVietnamese(c.text);
    EXPECT_EQ(score.words, c.words) << c.text;
    EXPECT_EQ(score.syllables, c.syllables) << c.text;
  }
  EXPECT_DOUBLE_EQ(ScoreVietnamese("Nghị quyết số 412/NQ-HĐND ngày").share(), 0.8);
  EXPECT_DOUBLE_EQ(ScoreVietnamese("").share(), 0.0);
}

}  // namespace
}  // namespace vanban
