#include "pipeline/store/search_tokens.h"

#include <gtest/gtest.h>

namespace vanban {
namespace {

std::vector<std::string> Exact(const std::vector<SearchToken>& tokens) {
  std::vector<std::string> out;
  for (const SearchToken& t : tokens) out.push_back(t.exact);
  return out;
}

std::vector<std::string> Folded(const std::vector<SearchToken>& tokens) {
  std::vector<std::string> out;
  for (const SearchToken& t : tokens) out.push_back(t.folded);
  return out;
}

TEST(SearchTokens, WordsWithExactAndFoldedForms) {
  SearchTokenizer tokenizer;
  std::vector<SearchToken> t = tokenizer.Tokens("Sở Nội vụ báo cáo");
  EXPECT_EQ(Exact(t), (std::vector<std::string>{"sở", "nội", "vụ", "báo", "cáo"}));
  EXPECT_EQ(Folded(t), (std::vector<std::string>{"so", "noi", "vu", "bao", "cao"}));
}

TEST(SearchTokens, DStrokeFoldsToD) {
  SearchTokenizer tokenizer;
  std::vector<SearchToken> t = tokenizer.Tokens("ĐẮK LẮK đường");
  EXPECT_EQ(Exact(t), (std::vector<std::string>{"đắk", "lắk", "đường"}));
  EXPECT_EQ(Folded(t), (std::vector<std::string>{"dak", "lak", "duong"}));
}

TEST(SearchTokens, ToneMarkPlacementGivesOneExactForm) {
  SearchTokenizer tokenizer;
  // "hoà" (new style) and "hòa" (classic) are one word; so are "uỷ" and "ủy".
  EXPECT_EQ(tokenizer.Tokens("hoà")[0].exact, tokenizer.Tokens("hòa")[0].exact);
  EXPECT_EQ(tokenizer.Tokens("Uỷ ban")[0].exact, tokenizer.Tokens("ủy ban")[0].exact);
  // Decomposed input (NFD) reads as the composed word.
  EXPECT_EQ(tokenizer.Tokens("ho\u0061\u0300")[0].exact, "hòa");
}

TEST(SearchTokens, NumbersSplitAtPunctuationWithByteSpans) {
  SearchTokenizer tokenizer;
  const std::string text = "số 412/NQ-HĐND, ngày 10/7";
  std::vector<SearchToken> t = tokenizer.Tokens(text);
  EXPECT_EQ(Folded(t), (std::vector<std::string>{"so", "412", "nq", "hdnd", "ngay", "10", "7"}));
  for (const SearchToken& token : t) {
    EXPECT_EQ(tokenizer.Tokens(text.substr(token.begin, token.end - token.begin))[0].exact,
              token.exact);
  }
  EXPECT_EQ(text.substr(t[3].begin, t[3].end - t[3].begin), "HĐND");
}

TEST(SearchTokens, NoWordsInPunctuation) {
  SearchTokenizer tokenizer;
  EXPECT_TRUE(tokenizer.Tokens("* … - / \"\"").empty());
  EXPECT_TRUE(tokenizer.Tokens("").empty());
}

}  // namespace
}  // namespace vanban
