#include "pipeline/normalize/characters.h"

#include <gtest/gtest.h>

#include <vector>

#include "expect_mapping.h"

namespace vanban {
namespace {

struct CharacterCase {
  std::string raw;
  std::string text;
  std::vector<Mapping> mappings;  // each replaced or removed place, mapped back
};

const std::vector<CharacterCase>& Cases() {
  static const std::vector<CharacterCase> cases = {
      // Removed: zero-width characters, the BOM, soft hyphens, controls.
      {"số\u200B 12/CT-UBND", "số 12/CT-UBND", {{"số 12", "số\u200B 12"}}},
      {"\uFEFFCỘNG HÒA", "CỘNG HÒA", {{"CỘNG", "CỘNG"}}},
      {"Quyết đị\u00ADnh", "Quyết định", {{"định", "đị\u00ADnh"}}},
      {"Số:\x01 12\x7F", "Số: 12", {{"Số: 12", "Số:\x01 12"}}},
      {"a\u200Eb\u202Cc\u2066d", "abcd", {{"bc", "b\u202Cc"}}},
      {"x\xC2\x80y", "xy", {{"xy", "x\xC2\x80y"}}},  // C1 control U+0080
      // Line ends.
      {"Điều 1.\r\nĐiều 2.\rĐiều 3.",
       "Điều 1.\nĐiều 2.\nĐiều 3.",
       {{"\n", "\r\n", 0}, {"\n", "\r", 1}}},
      {"trang 1\fTrang 2\n\f  3", "trang 1\nTrang 2\n3", {{"1\nT", "1\fT"}, {"3", "3"}}},
      {"a\u2028b", "a\nb", {{"\n", "\u2028"}}},
      // U+FFFD and ill-formed bytes: noise when alone, a lost letter inside a word.
      {"tỉnh \uFFFD Bắc Ninh", "tỉnh Bắc Ninh", {{"tỉnh Bắc", "tỉnh \uFFFD Bắc"}}},
      {"Nguy\uFFFDn", "Nguy\uFFFDn", {{"\uFFFD", "\uFFFD"}}},
      {"Nguy\xFFn \xFE\xFE x", "Nguy\uFFFDn x", {{"\uFFFD", "\xFF"}, {"n x", "n \xFE\xFE x"}}},
      // Dashes, quotes, ellipsis.
      {"Độc lập \u2013 Tự do \u2013 Hạnh phúc",
       "Độc lập - Tự do - Hạnh phúc",
       {{"-", "\u2013", 0}, {"-", "\u2013", 1}}},
      {"\u22125% (1981\u20141985)", "-5% (1981-1985)", {{"-5", "\u22125"}, {"1-1", "1\u20141"}}},
      {"\u201cHà Nội\u201d, \u2018x\u2019 \u201eo\u201f",
       "\"Hà Nội\", 'x' \"o\"",
       {{"\"Hà", "\u201cHà"}, {"'x'", "\u2018x\u2019"}}},
      {"10°10\u203213\u2033 N", "10°10'13\" N", {{"'13\"", "\u203213\u2033"}}},
      {"ngày \u2026 tháng", "ngày ... tháng", {{"...", "\u2026"}}},
      // Spaces: unified, runs made one, trimmed at line ends.
      {"Hà\u00A0Nội,\u2003 ngày\t20  \n",
       "Hà Nội, ngày 20\n",
       {{" ", "\u00A0"}, {"Nội, ngày", "Nội,\u2003 ngày"}, {"20\n", "20  \n"}}},
      {"  QUYẾT ĐỊNH \u3000 \n \u202F Điều 1.",
       "QUYẾT ĐỊNH\nĐiều 1.",
       {{"QUYẾT", "QUYẾT"}, {"ĐỊNH\nĐiều", "ĐỊNH \u3000 \n \u202F Điều"}}},
      {"a \u200B b", "a b", {{" ", " \u200B "}}},
      // Bullets that start a line; a middle dot inside a line is kept.
      {"\u2022 Nội dung a;\n  \u25CF Nội dung b;\n\uF0A7Nội dung c",
       "- Nội dung a;\n- Nội dung b;\n- Nội dung c",
       {{"-", "\u2022", 0}, {"-", "\u25CF", 1}, {"- N", "\uF0A7N", 2}}},
      {"A \u00B7 B", "A \u00B7 B", {{"\u00B7", "\u00B7"}}},
      // Regression: a bullet, then a removed character, then a space gave two spaces.
      {"\u2022\u200B Nội dung\n\u2022\n", "- Nội dung\n-\n", {{"- ", "\u2022\u200B "}}},
      // Regression (found by the random test): noise after a bullet did the same.
      {"\u2022\uFFFD  Nội\n\u00B7 \xFF \n", "- Nội\n-\n", {{"- N", "\u2022\uFFFD  N"}}},
      // Look-alikes of Đ and đ.
      {"Ðiều 5 QÐ-UBND, ðồng", "Điều 5 QĐ-UBND, đồng", {{"Đ", "Ð"}, {"đồng", "ðồng"}}},
      {"\u0189\u0256", "Đđ", {{"Đ", "\u0189"}, {"đ", "\u0256"}}},
      // Unchanged text maps byte for byte.
      {"Số: 02/CT-UBND", "Số: 02/CT-UBND", {{"02/CT", "02/CT"}}},
      {"", "", {}},
  };
  return cases;
}

TEST(CleanCharacters, TableOfCases) {
  for (const CharacterCase& c : Cases()) {
    SCOPED_TRACE(c.raw);
    const TextPass pass = CleanCharacters(c.raw);
    EXPECT_EQ(pass.text, c.text);
    EXPECT_EQ(pass.map.derived_size(), pass.text.size());
    for (const Mapping& m : c.mappings) ExpectMapping(pass.text, pass.map, c.raw, m);
  }
}

}  // namespace
}  // namespace vanban
