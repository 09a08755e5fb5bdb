#include "extractors/lines.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "extractors/joined_text.h"
#include "extractors/layout_units.h"

namespace vanban {
namespace {

std::vector<std::string> Texts(std::string_view text, const std::vector<Span>& spans) {
  std::vector<std::string> out;
  for (const Span& s : spans) out.emplace_back(text.substr(s.begin, s.size()));
  return out;
}

TEST(Lines, SplitKeepsBlankLines) {
  std::string_view text = "a\r\n\nb";
  EXPECT_EQ(Texts(text, SplitLines(text)), (std::vector<std::string>{"a", "", "b"}));
}

TEST(Lines, CellsOfATwoColumnLine) {
  // qd-2280-2026-hanoi.txt (pdftotext -layout)
  std::string_view line =
      "       ỦY BAN NHÂN DÂN                     CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
  EXPECT_EQ(Texts(line, SplitCells(line, {0, line.size()})),
            (std::vector<std::string>{"ỦY BAN NHÂN DÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"}));
}

TEST(Lines, TableBordersSplit) {
  // nd-158-2025-cp.txt: a web page's header table.
  std::string_view line = "CHÍNH PHỦ------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |";
  EXPECT_EQ(Texts(line, SplitCells(line, {0, line.size()})),
            (std::vector<std::string>{"CHÍNH PHỦ-------", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"}));
  std::string_view no_border = "a|b";
  EXPECT_EQ(SplitCells(no_border, {0, no_border.size()}).size(), 1u);
}

TEST(Lines, OneOrTwoSpacesDoNotSplit) {
  std::string_view line = "Số: 02/CT - UBND  Hưng Yên";
  EXPECT_EQ(SplitCells(line, {0, line.size()}).size(), 1u);
}

TEST(Lines, ColumnGapFoundAtEveryOffset) {
  // The gap of three spaces at each position of a long line, wherever it falls in the
  // eight-byte steps of the scan for double spaces.
  const std::string words = "QUYẾT ĐỊNH VỀ VIỆC BAN HÀNH QUY CHẾ LÀM VIỆC";
  for (size_t at = 1; at + 1 < words.size(); ++at) {
    if (words[at - 1] == ' ' || words[at] == ' ' || (words[at] & 0xC0) == 0x80) continue;
    std::string line = words.substr(0, at) + "   " + words.substr(at);
    EXPECT_EQ(Texts(line, SplitCells(line, {0, line.size()})),
              (std::vector<std::string>{words.substr(0, at), words.substr(at)}))
        << line;
  }
}

TEST(Lines, TabAndBorderAfterALongPrefixSplit) {
  std::string_view tab = "Nơi nhận: các Bộ, cơ quan ngang Bộ\tKT. BỘ TRƯỞNG";
  EXPECT_EQ(SplitCells(tab, {0, tab.size()}).size(), 2u);
  std::string_view border = "Nơi nhận: các Bộ, cơ quan ngang Bộ | KT. BỘ TRƯỞNG";
  EXPECT_EQ(SplitCells(border, {0, border.size()}).size(), 2u);
}

TEST(Lines, SplitCellsIntoClearsWhatItIsGiven) {
  std::string_view line = "ỦY BAN NHÂN DÂN     CỘNG HÒA XÃ HỘI";
  std::vector<Span> cells = {{1, 2}, {3, 4}, {5, 6}};
  SplitCellsInto(line, {0, line.size()}, &cells);
  EXPECT_EQ(Texts(line, cells), (std::vector<std::string>{"ỦY BAN NHÂN DÂN", "CỘNG HÒA XÃ HỘI"}));
}

TEST(JoinedText, CollapsesWhiteSpaceAtEveryOffsetOfALongLine) {
  // A gap of two spaces, a tab or a carriage return anywhere in a long line is one space,
  // wherever it falls in the eight-byte steps of the scan for plain words.
  const std::string words = "Ủy ban nhân dân tỉnh Hưng Yên quyết định ban hành quy chế";
  for (std::string gap : {"  ", "\t", " \r "}) {
    for (size_t at = 1; at + 1 < words.size(); ++at) {
      if (words[at - 1] == ' ' || words[at] == ' ' || (words[at] & 0xC0) == 0x80) continue;
      const std::string doc = words.substr(0, at) + gap + words.substr(at);
      JoinedText j;
      j.Append(doc, {0, doc.size()});
      EXPECT_EQ(j.str(), words.substr(0, at) + " " + words.substr(at)) << at;
      Span s = j.ToDocSpan(0, j.size());
      EXPECT_EQ(s.begin, 0u);
      EXPECT_EQ(s.end, doc.size());
    }
  }
}

TEST(JoinedText, MapsBackAcrossSeparators) {
  std::string_view doc = "Hà Nội, ngày 20\ntháng   11 năm 2025";
  size_t nl = doc.find('\n');
  JoinedText j;
  j.Append(doc, {0, nl});  // "Hà Nội, ngày 20"
  j.AppendSeparator('\n');
  j.Append(doc, {nl + 1, doc.size()});
  EXPECT_EQ(j.str(), "Hà Nội, ngày 20\ntháng 11 năm 2025");
  size_t b = j.str().find("20\n");
  Span s = j.ToDocSpan(b, j.size());
  EXPECT_EQ(doc.substr(s.begin, s.size()), "20\ntháng   11 năm 2025");
}

TEST(LayoutUnits, CellsBecomeUnitsAndBoldMarkersGo) {
  // seeds/003: "**TM. ỦY BAN NHÂN DÂN" in a page converted from markdown
  std::string_view doc = "**TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH**\n\n-----";
  LayoutUnits units = BuildUnits(doc, {0, doc.size()});
  ASSERT_EQ(units.units.size(), 4u);
  EXPECT_EQ(units.Text(units.units[0]), "TM. ỦY BAN NHÂN DÂN");
  EXPECT_EQ(units.Text(units.units[1]), "CHỦ TỊCH");
  EXPECT_TRUE(units.units[2].blank);
  EXPECT_EQ(units.Text(units.units[3]), "-----");
  EXPECT_EQ(units.UnitAt(units.units[1].begin), 1u);
}

}  // namespace
}  // namespace vanban
