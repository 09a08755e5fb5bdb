#include "extractors/subject_words.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace vanban {
namespace {

std::vector<size_t> Lines(const std::vector<SubjectWord>& words) {
  std::vector<size_t> out;
  for (const SubjectWord& w : words) out.push_back(w.line);
  return out;
}

TEST(SubjectWords, SplitAtWhiteSpaceWithLinesAndSpans) {
  std::string_view text = "Về việc\n tăng  cường\u00A0công tác";
  std::vector<SubjectWord> words = SplitSubjectWords(text);
  EXPECT_EQ(SubjectWordTexts(words),
            (std::vector<std::string>{"Về", "việc", "tăng", "cường", "công", "tác"}));
  EXPECT_EQ(Lines(words), (std::vector<size_t>{0, 0, 1, 1, 1, 1}));
  EXPECT_EQ(text.substr(words[3].span.begin, words[3].span.size()), "cường");
  EXPECT_EQ(JoinSubjectWords(words), "Về việc tăng cường công tác");
}

TEST(SubjectWords, EachSpanIsALine) {
  std::string_view text = "CHỈ THỊ|Về việc|tăng cường";
  size_t a = text.find('|');
  size_t b = text.find('|', a + 1);
  std::vector<SubjectWord> words = SplitSubjectWords(text, {{a + 1, b}, {b + 1, text.size()}});
  EXPECT_EQ(SubjectWordTexts(words), (std::vector<std::string>{"Về", "việc", "tăng", "cường"}));
  EXPECT_EQ(Lines(words), (std::vector<size_t>{0, 0, 1, 1}));
}

TEST(SubjectWords, SourceLinesSurviveJoinedLines) {
  // ocr-q25-ct-2018-qn.txt: normalization joined the stamp's line onto the subject's.
  std::string raw = "tỉnh Quảng Ngãi\nlụ ^? Ñ";
  std::string text = raw;
  size_t nl = raw.find('\n');
  text[nl] = ' ';
  OffsetMap map;
  map.Copy(0, nl);
  map.Replace(nl, 1, 1);
  map.Copy(nl + 1, raw.size() - nl - 1);
  std::vector<SubjectWord> words = WithSourceLines(SplitSubjectWords(text), raw, map);
  EXPECT_EQ(Lines(words), (std::vector<size_t>{0, 0, 0, 1, 1, 1}));
}

struct CoreCase {
  const char* word;
  const char* core;
};

TEST(SubjectWords, CoreDropsPunctuationAtTheEnds) {
  const CoreCase cases[] = {
      {"(Dần-năm),", "Dần-năm"},     {"“L2", "L2"}, {"gay:", "gay"}, {":cÓ", "cÓ"},
      {"12/12/2011,", "12/12/2011"}, {"-", ""},     {"^?", "^?"},    {"V/v", "V/v"},
  };
  for (const CoreCase& c : cases) EXPECT_EQ(TrimEdgePunctuation(c.word), c.core) << c.word;
}

}  // namespace
}  // namespace vanban
