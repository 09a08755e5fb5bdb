#include "pipeline/normalize/normalize.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <random>
#include <vector>

#include "corpus_files.h"
#include "expect_mapping.h"
#include "pipeline/normalize/icu_text.h"
#include "pipeline/utf8.h"

namespace vanban {
namespace {

struct NormalizeCase {
  std::string raw;
  std::string text;
  std::vector<Mapping> mappings;  // each changed place, mapped back to the raw text
};

// All passes together; every mapping goes through the composed offset map.
TEST(Normalize, TableOfCases) {
  const std::vector<NormalizeCase> cases = {
      {"Uỷ ban nhân dân tỉnh Hoa\u0300 Bi\u0300nh",
       "Ủy ban nhân dân tỉnh Hòa Bình",
       {{"Ủy", "Uỷ"}, {"Hòa", "Hoa\u0300"}, {"Bình", "Bi\u0300nh"}, {"tỉnh", "tỉnh"}}},
      {"Quye\u0301\u0302t \u0111i\u0323nh",
       "Quyết định",
       {{"Quyết", "Quye\u0301\u0302t"}, {"ị", "i\u0323"}}},
      {"Hà Nội, ngày 20  \r\ntháng 11 năm 2025",
       "Hà Nội, ngày 20 tháng 11 năm 2025",
       {{" tháng", "\r\ntháng"}, {"20 tháng", "20  \r\ntháng"}}},
      {"\u2022\u200B Độc lập \u2013 Tự do \u2013 Hạnh phúc",
       "- Độc lập - Tự do - Hạnh phúc",
       {{"- Độc", "\u2022\u200B Độc"}, {"-", "\u2013", 1}}},
      {"Số: 16495/B\u0422\u0421-PTHT, Q\u00D0-UBND",
       "Số: 16495/BTC-PTHT, QĐ-UBND",
       {{"BTC", "B\u0422\u0421"}, {"Đ", "\u00D0"}}},
      {"Điều 1.\u00A0\n\u00A0\nĐiều 2.",
       "Điều 1.\n\nĐiều 2.",
       {{"\n\n", "\n\u00A0\n"}, {".\n", ".\u00A0\n"}}},
      {"\uFEFF", "", {}},
      {"", "", {}},
  };
  for (const NormalizeCase& c : cases) {
    SCOPED_TRACE(c.raw);
    Document doc;
    doc.raw_text = c.raw;
    ASSERT_TRUE(Normalize(doc).ok());
    EXPECT_EQ(doc.text, c.text);
    EXPECT_EQ(doc.offsets.derived_size(), doc.text.size());
    for (const Mapping& m : c.mappings) ExpectMapping(doc.text, doc.offsets, doc.raw_text, m);
  }
}

// What normalized text never holds.
void ExpectClean(std::string_view text) {
  for (size_t i = 0; i < text.size();) {
    const DecodedCodePoint c = DecodeUtf8(text, i);
    ASSERT_NE(c.value, kInvalidCodePoint) << "ill-formed UTF-8 at byte " << i;
    const auto code = static_cast<uint32_t>(c.value);
    ASSERT_TRUE(c.value == '\n' || c.value >= 0x20) << "control U+" << std::hex << code;
    for (char32_t gone : {U'\u00A0', U'\u00AD', U'\u200B', U'\uFEFF', U'\u2013', U'\u201C',
                          U'\u2026', U'\u00D0', U'\u2003'}) {
      ASSERT_NE(code, static_cast<uint32_t>(gone))
          << "U+" << std::hex << code << " at byte " << std::dec << i;
    }
    i += c.length;
  }
  EXPECT_EQ(text.find("  "), std::string_view::npos);
  EXPECT_EQ(text.find(" \n"), std::string_view::npos);
  EXPECT_EQ(text.find("\n "), std::string_view::npos);
  StatusOr<TextPass> nfc = ComposeNfc(text);
  ASSERT_TRUE(nfc.ok());
  EXPECT_TRUE(nfc->text == text) << "not NFC";
}

std::string Squash(std::string s) {
  std::replace(s.begin(), s.end(), '\n', ' ');
  return s;
}

bool StartsWithBullet(std::string_view s) {
  for (std::string_view bullet : {"•", "·", "▪", "●", "◦", "‣", "⁃", "\uF0A7", "\uF0B7"}) {
    if (s.starts_with(bullet)) return true;
  }
  return false;
}

// The words of `doc.raw_text` (runs without spaces) as OCR words read with `confidence`.
void AddOcrWords(Document& doc, float confidence) {
  const std::string& raw = doc.raw_text;
  for (size_t pos = 0; pos < raw.size();) {
    const size_t begin = raw.find_first_not_of(" \n", pos);
    if (begin == std::string::npos) break;
    const size_t end = std::min(raw.find_first_of(" \n", begin), raw.size());
    OcrWord& word = doc.words.emplace_back();
    word.raw = {begin, end};
    word.confidence = confidence;
    pos = end;
  }
}

// Misread words are repaired on OCR pages only, and map back to the word OCR read; the
// other passes still run after the repair ("hoà" placement, "Uỷ").
TEST(Normalize, RepairsOcrWordsOnlyOnOcrPages) {
  const std::string raw = "Căn cứ Nghị lịnh số 30/2020/NĐ-CP của Uỷ ban";
  Document text_page;
  text_page.raw_text = raw;
  ASSERT_TRUE(Normalize(text_page).ok());
  EXPECT_EQ(text_page.text, "Căn cứ Nghị lịnh số 30/2020/NĐ-CP của Ủy ban");

  Document ocr_page;
  ocr_page.raw_text = raw;
  Page& page = ocr_page.pages.emplace_back();
  page.raw = {0, raw.size()};
  page.method = "ocr";
  AddOcrWords(ocr_page, 70);
  ASSERT_TRUE(Normalize(ocr_page).ok());
  EXPECT_EQ(ocr_page.text, "Căn cứ Nghị định số 30/2020/NĐ-CP của Ủy ban");
  for (const Mapping& m : std::vector<Mapping>{{"định", "lịnh"},
                                               {"Nghị định số", "Nghị lịnh số"},
                                               {"Ủy", "Uỷ"},
                                               {"30/2020", "30/2020"}}) {
    ExpectMapping(ocr_page.text, ocr_page.offsets, raw, m);
  }
}

// Random text built from the pieces normalization reacts to, ill-formed bytes included:
// Normalize never fails, its text is clean, and its map stays in bounds and in order.
TEST(Normalize, RandomTextKeepsAnExactMap) {
  const std::vector<std::string> pieces = {
      "a",      "Q",      "1",      " ",        "  ",     "\n",     "\r\n",       "\r",
      "\t",     "\f",     ".",      ";",        "(",      ")",      ",",          "\u00A0",
      "\u200B", "\uFEFF", "\u00AD", "\x01",     "\u2013", "\u201C", "\u2026",     "\u2022",
      "\u00B7", "\uFFFD", "\xFF",   "\xE1\xBB", "\u0300", "\u0301", "\u0302",     "\u0323",
      "o",      "e",      "Đ",      "\u00D0",   "\u0421", "\u0422", "hoà",        "Uỷ",
      "người",  "của",    "Số:",    "ngày",     "20",     "Căn cứ", "QUYẾT ĐỊNH", "- ",
      "1. ",    "V/v",    "Điều 1."};
  std::mt19937 rng(7);
  for (int round = 0; round < 3000; ++round) {
    Document doc;
    const int n = static_cast<int>(rng() % 40);
    for (int k = 0; k < n; ++k) doc.raw_text += pieces[rng() % pieces.size()];
    SCOPED_TRACE(doc.raw_text);
    ASSERT_TRUE(Normalize(doc).ok());
    ASSERT_EQ(doc.offsets.derived_size(), doc.text.size());
    ExpectClean(doc.text);
    size_t last = 0;
    for (size_t i = 0; i < doc.text.size(); ++i) {
      const Span raw = doc.offsets.ToSource({i, i + 1});
      ASSERT_LE(raw.begin, raw.end);
      ASSERT_LE(raw.end, doc.raw_text.size());
      ASSERT_GE(raw.begin, last);
      last = raw.begin;
    }
  }
}

// Over every real document: the offset map stays inside the raw text and in order, and the
// raw bytes behind a span, normalized on their own, give back that span (line breaks
// inside it aside, which the joiner decides with the whole document in view).
TEST(Normalize, EveryCorpusDocumentMapsBackExactly) {
  const std::vector<std::filesystem::path> files = CorpusFiles();
  ASSERT_FALSE(files.empty());
  std::mt19937 rng(20251122);
  for (const auto& path : files) {
    SCOPED_TRACE(path.string());
    Document doc;
    doc.raw_text = ReadTestFile(path);
    ASSERT_TRUE(Normalize(doc).ok());
    ASSERT_EQ(doc.offsets.derived_size(), doc.text.size());
    ExpectClean(doc.text);
    const std::string_view text = doc.text;
    const std::string_view raw = doc.raw_text;
    EXPECT_LE(doc.offsets.ToSource({0, text.size()}).end, raw.size());

    // Spans made of whole tokens: [start of a token, end of a later token).
    std::vector<size_t> starts;
    std::vector<size_t> ends;
    for (size_t i = 0; i < text.size(); ++i) {
      const bool space = text[i] == ' ' || text[i] == '\n';
      if (!space && (i == 0 || text[i - 1] == ' ' || text[i - 1] == '\n')) starts.push_back(i);
      if (!space && (i + 1 == text.size() || text[i + 1] == ' ' || text[i + 1] == '\n')) {
        ends.push_back(i + 1);
      }
    }
    size_t last_begin = 0;
    size_t last_raw_begin = 0;
    for (size_t k = 0; k < starts.size(); k += 1 + rng() % 40) {
      const size_t begin = starts[k];
      const size_t end = ends[std::min(ends.size() - 1, k + rng() % 12)];
      const Span span{begin, end};
      const Span raw_span = doc.offsets.ToSource(span);
      ASSERT_LE(raw_span.begin, raw_span.end);
      ASSERT_LE(raw_span.end, raw.size());
      ASSERT_GE(begin, last_begin);
      ASSERT_GE(raw_span.begin, last_raw_begin) << "ToSource went backwards";
      last_begin = begin;
      last_raw_begin = raw_span.begin;
      const std::string_view slice = raw.substr(raw_span.begin, raw_span.size());
      if (StartsWithBullet(slice)) continue;  // a bullet only counts at a line start
      StatusOr<TextPass> alone = NormalizeWithinLines(slice);
      ASSERT_TRUE(alone.ok());
      ASSERT_EQ(Squash(alone->text), Squash(std::string(text.substr(begin, end - begin))))
          << "raw: " << slice;
    }
  }
}

}  // namespace
}  // namespace vanban
