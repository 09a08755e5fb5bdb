#include "pipeline/eval/match.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace vanban {
namespace {

// One row per rule of ANNOTATION.md "Matching": the two texts and whether they are equal.
struct TextCase {
  const char* rule;
  const char* a;
  const char* b;
  bool equal;
};

TEST(Match, TextRules) {
  const TextCase kCases[] = {
      // "Hòa" with the grave accent as a combining mark (U+0300), then precomposed.
      {"nfc",
       "Ho\xCC\x80"
       "a Bình",
       "Hòa Bình", true},
      {"lower case", "SỞ NỘI VỤ", "Sở Nội vụ", true},
      {"tone placement", "Hoà Bình", "Hòa Bình", true},
      {"tone placement", "Uỷ ban nhân dân", "Ủy ban nhân dân", true},
      {"quotes removed", "Phong trào “Cả nước chung tay”", "Phong trào Cả nước chung tay", true},
      {"quotes removed", "\"Ngày hội\" 'đại đoàn kết'", "Ngày hội đại đoàn kết", true},
      {"quotes removed", "«Tết» „vui”", "Tết vui", true},
      {"leading v/v", "V/v tổ chức Tết", "Về việc tổ chức Tết", true},
      {"leading v/v", "V/V: tổ chức", "về việc: tổ chức", true},
      {"v/v only leading", "báo cáo v/v tổ chức", "báo cáo về việc tổ chức", false},
      {"v/v is a whole word", "v/vx", "về việcx", false},
      {"white space", "Sở  Nội\tvụ\n tỉnh", "Sở Nội vụ tỉnh", true},
      {"white space", "  Sở Nội vụ  ", "Sở Nội vụ", true},
      {"final punctuation", "Sở Nội vụ.", "Sở Nội vụ", true},
      {"final punctuation", "năm 2024;", "năm 2024", true},
      {"final punctuation", "như sau: …", "như sau", true},
      {"inner punctuation kept", "Bộ, ngành", "Bộ ngành", false},
      {"inner punctuation kept", "kinh tế - xã hội", "kinh tế xã hội", false},
      {"đ distinct", "Đà Nẵng", "Dà Nẵng", false},
      {"đ distinct", "đồng", "dồng", false},
      {"diacritics kept", "Sở Y tế", "So Y te", false},
      {"mttq (việt nam) one word", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh",
       "Ủy ban Mặt trận Tổ quốc tỉnh", true},
      {"abbreviations not expanded", "UBND tỉnh", "Ủy ban nhân dân tỉnh", false},
  };
  for (const TextCase& c : kCases) {
    EXPECT_EQ(TextEqual(c.a, c.b), c.equal) << c.rule << ": " << c.a << " | " << c.b;
  }
}

TEST(Match, NormalizeTextForm) {
  EXPECT_EQ(NormalizeText("V/v  “Hoà” giải."), "về việc hòa giải");
  EXPECT_EQ(NormalizeText(""), "");
  EXPECT_EQ(NormalizeText(" . "), "");
}

TEST(Match, MultiWordBodiesAreOneWord) {
  using Words = std::vector<std::string>;
  EXPECT_EQ(TextWords("Ủy ban nhân dân tỉnh Hưng Yên"),
            (Words{"ủybannhândân", "tỉnh", "hưng", "yên"}));
  EXPECT_EQ(TextWords("HỘI ĐỒNG NHÂN DÂN tỉnh"), (Words{"hộiđồngnhândân", "tỉnh"}));
  EXPECT_EQ(TextWords("Mặt trận Tổ quốc"), (Words{"mặttrậntổquốc"}));
  EXPECT_EQ(TextWords("Mặt trận Tổ quốc Việt Nam"), (Words{"mặttrậntổquốc"}));
  EXPECT_EQ(TextWords("Uỷ ban nhân dân các huyện, thị xã"),
            (Words{"ủybannhândân", "các", "huyện", "thị", "xã"}));
  // Only whole words: "ban nhân dân" alone is three words.
  EXPECT_EQ(TextWords("ban nhân dân"), (Words{"ban", "nhân", "dân"}));
}

struct NumberCase {
  const char* number;
  const char* key;
};

TEST(Match, ReferenceNumberKey) {
  const NumberCase kCases[] = {
      {"02/CT - UBND", "2 ct ubnd"},  // the guide's three forms of one number
      {"02 CT/UBND", "2 ct ubnd"},
      {"02/CT-UBND", "2 ct ubnd"},
      {"41/QĐ-TCT", "41 qd tct"},  // đ read as d
      {"41/QD-TCT", "41 qd tct"},
      {"412/NQ-HĐND", "412 nq hdnd"},
      {"01/2024/NĐ-CP", "1 2024 nd cp"},
      {"TCVN 14423:2025", "tcvn 14423 2025"},
      {"322 CTr/UBND", "322 ctr ubnd"},
      {"34-CT/TW", "34 ct tw"},
      {"0/ABC", "0 abc"},  // a run of zeros keeps one
      {"", ""},
      {" - / ", ""},
  };
  for (const NumberCase& c : kCases) {
    EXPECT_EQ(ReferenceNumberKey(c.number), c.key) << c.number;
  }
}

struct ReferenceCase {
  ReferenceKey gold;
  ReferenceKey got;
  bool match;
};

TEST(Match, References) {
  const ReferenceCase kCases[] = {
      {{"chi_thi", "02/CT - UBND", ""}, {"chi_thi", "02 CT/UBND", ""}, true},
      {{"chi_thi", "02/CT-UBND", ""}, {"chi_thi", "02/CT - UBND", ""}, true},
      {{"quyet_dinh", "41/QD-TCT", ""}, {"quyet_dinh", "41/QĐ-TCT", ""}, true},
      // Different types do not match, whatever the number.
      {{"chi_thi", "02/CT-UBND", ""}, {"nghi_quyet", "02/CT-UBND", ""}, false},
      {{"chi_thi", "02/CT-UBND", ""}, {"chi_thi", "03/CT-UBND", ""}, false},
      {{"chi_thi", "2/CT-UBND", ""}, {"chi_thi", "20/CT-UBND", ""}, false},
      {{"chi_thi", "02/CT-UBND", ""}, {"chi_thi", "", ""}, false},
      // Unnumbered: type + title.
      {{"luat", "", "Luật Thi đua, khen thưởng"}, {"luat", "", "LUẬT THI ĐUA, KHEN THƯỞNG."}, true},
      {{"luat", "", "Luật Đất đai"}, {"luat", "", "Luật Đầu tư"}, false},
      {{"luat", "", "Luật Đất đai"}, {"bo_luat", "", "Luật Đất đai"}, false},
      // A numbered law is matched by number, not by its title.
      {{"luat", "31/2024/QH15", "Luật Đất đai"}, {"luat", "", "Luật Đất đai"}, false},
      {{"luat", "31/2024/QH15", "Luật Đất đai"}, {"luat", "31/2024/QH15", ""}, true},
      // A gold entry with neither number nor title matches nothing.
      {{"luat", "", ""}, {"luat", "", ""}, false},
  };
  for (const ReferenceCase& c : kCases) {
    EXPECT_EQ(ReferencesMatch(c.gold, c.got), c.match)
        << c.gold.type << " " << c.gold.number << c.gold.title << " | " << c.got.type << " "
        << c.got.number << c.got.title;
  }
}

struct NameCase {
  const char* gold;
  const char* got;
  bool match;
};

TEST(Match, AgencyNames) {
  const NameCase kCases[] = {
      {"các Bộ, ngành", "Bộ, ngành", true},  // leading "các" dropped
      {"Bộ, ngành", "các Bộ, ngành", true},
      {"những địa phương", "địa phương", true},
      {"Các Bộ, cơ quan ngang Bộ", "Bộ, cơ quan ngang Bộ", true},
      {"Sở Y tế", "Sở Y tế tỉnh Sơn La", true},  // 3 more words: tỉnh, sơn, la
      {"Sở Y tế tỉnh Sơn La", "Sở Y tế", true},
      {"Sở Y tế", "Sở Y tế tỉnh Thừa Thiên Huế", false},  // 4 more words
      // "Ủy ban nhân dân" is one word: one more word, not four.
      {"Ủy ban nhân dân tỉnh Sơn La", "tỉnh Sơn La", true},
      {"Ủy ban nhân dân các huyện", "Chủ tịch Ủy ban nhân dân các huyện, thị xã", false},
      {"Sở Nội vụ", "Sở Y tế", false},                             // not a subset
      {"Sở Nội vụ", "Nội vụ Sở", true},                            // words, not order
      {"ban ban", "ban chỉ đạo", false},                           // repeated words count
      {"UBND tỉnh Sơn La", "Ủy ban nhân dân tỉnh Sơn La", false},  // no expansion here
      {"Uỷ ban nhân dân tỉnh Hoà Bình", "ỦY BAN NHÂN DÂN TỈNH HÒA BÌNH", true},
      {"", "Sở Y tế", false},
      {"", "", true},
  };
  for (const NameCase& c : kCases) {
    EXPECT_EQ(AgencyNamesMatch(c.gold, c.got), c.match) << c.gold << " | " << c.got;
  }
}

TEST(Match, OneToOneNeverUsesAnItemTwice) {
  // Both gold names match the one extracted name; only one pair is made.
  const std::vector<std::string> gold = {"Sở Y tế", "Sở Y tế tỉnh Sơn La"};
  const std::vector<std::string> got = {"Sở Y tế tỉnh"};
  const auto pairs =
      MatchOneToOne(2, 1, [&](int i, int j) { return AgencyNamesMatch(gold[i], got[j]); });
  EXPECT_EQ(pairs, (std::vector<std::pair<int, int>>{{0, 0}}));
}

TEST(Match, OneToOneIsMaximum) {
  // gold 0 fits got 0 and 1, gold 1 fits got 0 only. Greedy in order would pair (0, 0) and
  // leave gold 1 alone; the maximum pairing is (0, 1), (1, 0).
  const bool fits[2][2] = {{true, true}, {true, false}};
  const auto pairs = MatchOneToOne(2, 2, [&](int i, int j) { return fits[i][j]; });
  EXPECT_EQ(pairs, (std::vector<std::pair<int, int>>{{0, 1}, {1, 0}}));
}

TEST(Match, OneToOneEmpty) {
  EXPECT_TRUE(MatchOneToOne(0, 3, [](int, int) { return true; }).empty());
  EXPECT_TRUE(MatchOneToOne(3, 0, [](int, int) { return true; }).empty());
  EXPECT_TRUE(MatchOneToOne(2, 2, [](int, int) { return false; }).empty());
}

}  // namespace
}  // namespace vanban
