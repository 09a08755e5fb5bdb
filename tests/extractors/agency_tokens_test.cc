#include "extractors/agency_tokens.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "extractors/agency_lexicon.h"

namespace vanban {
namespace {

std::vector<std::string> Keys(std::string_view text) {
  std::vector<std::string> keys;
  for (const AgencyToken& t : TokenizeAgencyText(text, {0, text.size()})) keys.push_back(t.key);
  return keys;
}

TEST(AgencyTokens, WordsAndMarks) {
  EXPECT_EQ(Keys("Sở Tài chính, Xây dựng;"),
            (std::vector<std::string>{"sở", "tài", "chính", ",", "xây", "dựng", ";"}));
  EXPECT_EQ(Keys("chính trị - xã hội"),
            (std::vector<std::string>{"chính", "trị", "-", "xã", "hội"}));
}

TEST(AgencyTokens, ListedAbbreviationsExpanded) {
  const std::string text = "Sở TT&TT, UBND tỉnh";
  std::vector<AgencyToken> tokens = TokenizeAgencyText(text, {0, text.size()});
  EXPECT_EQ(Keys(text), (std::vector<std::string>{"sở", "thông", "tin", "và", "truyền", "thông",
                                                  ",", "ủy", "ban", "nhân", "dân", "tỉnh"}));
  // Every word of an expansion keeps the abbreviation's span.
  EXPECT_EQ(text.substr(tokens[1].span.begin, tokens[1].span.size()), "TT&TT");
  EXPECT_EQ(text.substr(tokens[5].span.begin, tokens[5].span.size()), "TT&TT");
  EXPECT_TRUE(tokens[7].expanded);
  EXPECT_EQ(Keys("Sở LĐ-TB&XH")[1], "lao");
}

// "08/CT-UBND" is a document number, not the body.
TEST(AgencyTokens, NoAbbreviationInsideANumber) {
  EXPECT_EQ(Keys("số 08/CT-UBND"), (std::vector<std::string>{"số", "08", "/", "ct", "-", "ubnd"}));
  EXPECT_EQ(Keys("VPCP")[0], "vpcp");  // "VP" only as a whole token
}

TEST(AgencyTokens, OcrToneErrorsReadAsWritten) {
  // "Chỉ nhánh" is no Vietnamese: OCR took the i of "Chi nhánh" for "ỉ".
  const std::string text = "CHỈ CỤC Thuế, Chỉ nhánh Quảng Ngãi, chỉ đạo";
  std::vector<AgencyToken> tokens = TokenizeAgencyText(text, {0, text.size()});
  EXPECT_EQ(Keys(text), (std::vector<std::string>{"chi", "cục", "thuế", ",", "chi", "nhánh",
                                                  "quảng", "ngãi", ",", "chỉ", "đạo"}));
  ASSERT_EQ(tokens.size(), 11u);
  EXPECT_EQ(tokens[0].written, "CHI");
  EXPECT_EQ(tokens[1].written, "");  // "CỤC" was printed right
  EXPECT_EQ(tokens[4].written, "Chi");
  EXPECT_EQ(tokens[9].written, "");  // "chỉ đạo" is a verb, printed right
}

TEST(AgencyTokens, LetterCase) {
  const std::string text = "Bộ CHQS tỉnh";
  std::vector<AgencyToken> tokens = TokenizeAgencyText(text, {0, text.size()});
  EXPECT_EQ(tokens[0].word_case, WordCase::kInitial);
  EXPECT_EQ(tokens[1].word_case, WordCase::kUpper);
  EXPECT_EQ(tokens[2].word_case, WordCase::kLower);
}

TEST(AgencyTokens, LineStarts) {
  const std::string text = "Ban Chỉ đạo\nphòng chống dịch";
  std::vector<AgencyToken> tokens = TokenizeAgencyText(text, {0, text.size()});
  ASSERT_EQ(tokens.size(), 6u);
  EXPECT_FALSE(tokens[2].line_start);
  EXPECT_TRUE(tokens[3].line_start);
}

TEST(AgencyLexicon, WordsOfTheLists) {
  const AgencyLexicon& lex = AgencyLexicon::Get();
  const std::string text = "Giám đốc Sở Y tế";
  std::vector<AgencyToken> tokens = TokenizeAgencyText(text, {0, text.size()});
  lex.SetWordIds(tokens);
  EXPECT_EQ(lex.Match(AgencyWord::kPosition, tokens, 0), 3u);  // the longest
  EXPECT_EQ(lex.Match(AgencyWord::kFieldHead, tokens, 2), 1u);
  EXPECT_EQ(lex.Match(AgencyWord::kField, tokens, 3), 2u);
  EXPECT_EQ(lex.Match(AgencyWord::kBody, tokens, 3), 0u);
  // "Giám đốc" and "Giám đốc Sở" are both positions of positions.tsv, shortest first.
  EXPECT_EQ(lex.AllMatches(AgencyWord::kPosition, tokens, 0), (std::vector<size_t>{2, 3}));
}

}  // namespace
}  // namespace vanban
