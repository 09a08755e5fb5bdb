#include "extractors/words.h"

#include <gtest/gtest.h>

namespace vanban {
namespace {

TEST(Words, NextAndBefore) {
  const std::string text = "  của (Bộ Tài chính),\nngày";
  auto w = NextWord(text, 0);
  ASSERT_TRUE(w);
  EXPECT_EQ(w->text, "của");
  w = NextWord(text, w->span.end);
  EXPECT_EQ(w->text, "(Bộ");
  EXPECT_EQ(w->core, "Bộ");
  auto b = WordBefore(text, text.size());
  EXPECT_EQ(b->text, "ngày");
  b = WordBefore(text, b->span.begin);
  EXPECT_EQ(b->text, "chính),");
  EXPECT_EQ(b->core, "chính");
  EXPECT_TRUE(HasLineBreak(text, b->span.end, text.size()));
}

TEST(Words, CoreDropsFootnoteMarks) {
  // cd-230-2025-ttg.txt: "Thanh tra Chính phủ[3],".
  EXPECT_EQ(WordCore("phủ[3],"), "phủ");
  EXPECT_EQ(WordCore("“Hoà”"), "Hoà");
  EXPECT_EQ(WordCore("-"), "");
}

TEST(Words, WindowStopsAtALineBreak) {
  const std::string text = "Bộ Văn hóa, Thể thao và\nDu lịch\nĐiều 2. Quyết định";
  WordWindow win = ReadWords(text, 0, 20);
  // After "và" the name goes on; the next break ends the window.
  ASSERT_EQ(win.size(), 8u);
  EXPECT_EQ(win.Words(0, 8), "Bộ Văn hóa, Thể thao và Du lịch");
  EXPECT_EQ(win.WordsIn(0, std::string("Bộ Văn").size()), 2u);
  EXPECT_EQ(text.substr(0, win.CoreEnd(2)), "Bộ Văn hóa");
  // A line going on in lower case is one the normalizer left unjoined.
  EXPECT_EQ(ReadWords("Luật tố tụng hành\nchính năm 2015", 0, 20).size(), 7u);
  // "lead" words may run past a break: "Bộ luật\nLao động".
  EXPECT_EQ(ReadWords("Bộ luật\nLao động", 0, 20, 2).size(), 4u);
}

}  // namespace
}  // namespace vanban
