#include "pipeline/normalize/icu_text.h"

#include <gtest/gtest.h>

#include <vector>

#include "expect_mapping.h"

namespace vanban {
namespace {

struct NfcCase {
  std::string input;
  std::string text;
  std::vector<Mapping> mappings;
};

TEST(ComposeNfc, ComposedSequencesMapToAllTheirBytes) {
  const std::vector<NfcCase> cases = {
      // Decomposed text as some PDF and Mac sources give it.
      {"Hoa\u0300 Bi\u0300nh",
       "Hoà Bình",
       {{"à", "a\u0300"}, {"ì", "i\u0300"}, {"Bình", "Bi\u0300nh"}}},
      {"tha\u0302\u0301y", "thấy", {{"ấ", "a\u0302\u0301"}, {"th", "th"}, {"y", "y"}}},
      // Deprecated tone marks U+0340/U+0341 become U+0300/U+0301.
      {"ca\u0341c", "các", {{"á", "a\u0341"}}},
      {"Quyết định", "Quyết định", {{"định", "định"}}},
      {"", "", {}},
  };
  for (const NfcCase& c : cases) {
    SCOPED_TRACE(c.input);
    StatusOr<TextPass> pass = ComposeNfc(c.input);
    ASSERT_TRUE(pass.ok()) << pass.status().ToString();
    EXPECT_EQ(pass->text, c.text);
    for (const Mapping& m : c.mappings) ExpectMapping(pass->text, pass->map, c.input, m);
  }
}

TEST(RepairMarkOrder, VowelMarkGoesInsideTheTone) {
  const std::vector<NfcCase> cases = {
      // Tone typed before the circumflex: "ế" as e + acute + circumflex.
      {"Quye\u0301\u0302t", "Quye\u0302\u0301t", {{"e\u0302\u0301", "e\u0301\u0302"}}},
      // A precomposed toned vowel followed by a circumflex: "ó" + U+0302 is "ố".
      {"đó\u0302ng", "đo\u0302\u0301ng", {{"o\u0302\u0301", "ó\u0302"}}},
      // Breve after a hook above: "ẳ".
      {"ha\u0309\u0306ng", "ha\u0306\u0309ng", {{"a\u0306\u0309", "a\u0309\u0306"}}},
      // Already in order, or not a Vietnamese vowel: unchanged.
      {"tha\u0302\u0301y", "tha\u0302\u0301y", {}},
      {"i\u0301\u0302", "i\u0301\u0302", {}},
      {"\u0302x", "\u0302x", {}},
  };
  for (const NfcCase& c : cases) {
    SCOPED_TRACE(c.input);
    StatusOr<TextPass> pass = RepairMarkOrder(c.input);
    ASSERT_TRUE(pass.ok());
    EXPECT_EQ(pass->text, c.text);
    for (const Mapping& m : c.mappings) ExpectMapping(pass->text, pass->map, c.input, m);
  }
}

TEST(IcuText, CharacterProperties) {
  EXPECT_TRUE(IsLetter(U'ệ'));
  EXPECT_TRUE(IsUpper(U'Đ'));
  EXPECT_TRUE(IsLower(U'ư'));
  EXPECT_FALSE(IsLetter(U'–'));
  EXPECT_TRUE(IsCombiningMark(0x0323));
  EXPECT_EQ(ToLower(U'Ủ'), U'ủ');
}

}  // namespace
}  // namespace vanban
