#include "pipeline/normalize/words.h"

#include <gtest/gtest.h>

#include <vector>

#include "expect_mapping.h"

namespace vanban {
namespace {

struct WordCase {
  std::string input;
  std::string text;
  std::vector<Mapping> mappings;
};

TEST(RepairWords, TableOfCases) {
  const std::vector<WordCase> cases = {
      // New-style tone placement, as printed in the real corpus, made classic.
      {"Uỷ ban nhân dân tỉnh Hoà Bình",
       "Ủy ban nhân dân tỉnh Hòa Bình",
       {{"Ủy", "Uỷ"}, {"Hòa", "Hoà"}, {"Bình", "Bình"}}},
      {"thuỷ lợi, sức khoẻ, tuỳ theo",
       "thủy lợi, sức khỏe, tùy theo",
       {{"thủy", "thuỷ"}, {"khỏe", "khoẻ"}, {"tùy", "tuỳ"}}},
      {"HOÀ BÌNH, UỶ BAN", "HÒA BÌNH, ỦY BAN", {{"HÒA", "HOÀ"}, {"ỦY", "UỶ"}}},
      // Words both styles agree on are kept byte for byte.
      {"quý, hoàn thành, người, của, quyết định, ngoài, giải",
       "quý, hoàn thành, người, của, quyết định, ngoài, giải",
       {{"ngoài", "ngoài"}}},
      // Cyrillic look-alikes inside a Latin document number (cd-230-2025-ttg.txt has
      // "16495/BТС-PTHT" with Cyrillic Т and С).
      {"văn bản số 16495/B\u0422\u0421-PTHT",
       "văn bản số 16495/BTC-PTHT",
       {{"BTC", "B\u0422\u0421"}}},
      {"TT-BT\u0421; C\u0420;", "TT-BTC; CP;", {{"BTC", "BT\u0421"}, {"CP", "C\u0420"}}},
      // A Cyrillic word stays Cyrillic; so does a token with a letter that has no twin.
      {"\u041C\u043E\u0441\u043A\u0432\u0430", "\u041C\u043E\u0441\u043A\u0432\u0430", {}},
      {"A\u0416\u0421", "A\u0416\u0421", {}},
      // A mark on a Cyrillic letter would compose with the Latin twin: kept as it is.
      {"Q\u0421\u0302", "Q\u0421\u0302", {}},
      {"", "", {}},
  };
  for (const WordCase& c : cases) {
    SCOPED_TRACE(c.input);
    const TextPass pass = RepairWords(c.input);
    EXPECT_EQ(pass.text, c.text);
    for (const Mapping& m : c.mappings) ExpectMapping(pass.text, pass.map, c.input, m);
  }
}

}  // namespace
}  // namespace vanban
