#include "extractors/doc_number.h"

#include <gtest/gtest.h>

namespace vanban {
namespace {

struct NumberCase {
  const char* text;       // text starting with the number
  const char* canonical;  // "" when there is no number
  const char* abbreviation;
  const char* type;  // implied type code, "" for none
};

const NumberCase kCases[] = {
    // seeds/003
    {"02/CT-UBND", "02/CT-UBND", "CT", "chi_thi"},
    // cv-5348-2025-cs.txt: a Công văn of Cục Thuế; the symbol alone says CT
    {"5348/CT-CS", "5348/CT-CS", "CT", "chi_thi"},
    // Party form (ANNOTATION.md references)
    {"34-CT/TW, ngày", "34-CT/TW", "CT", "chi_thi"},
    // nd-249-2025-cp.txt style
    {"01/2024/NĐ-CP ngày", "01/2024/NĐ-CP", "NĐ", "nghi_dinh"},
    // a law: no type abbreviation
    {"45/2019/QH14;", "45/2019/QH14", "", ""},
    // odd form kept as printed
    {"322 CTr/UBND ngày", "322 CTr/UBND", "CTr", "chuong_trinh"},
    // spaces around '-' removed
    {"02/CT - UBND", "02/CT-UBND", "CT", "chi_thi"},
    // qd-2280-2026-hanoi.txt: a column gap before the symbol
    {"2280         /QĐ-UBND", "2280/QĐ-UBND", "QĐ", "quyet_dinh"},
    // qd-44-2025-ttg.txt
    {"44 /2025/QĐ-TTg", "44/2025/QĐ-TTg", "QĐ", "quyet_dinh"},
    // cv-11554-2025-v-i.txt: a dot inside a part
    {"11554/VPCP-V.I năm", "11554/VPCP-V.I", "VPCP", ""},
    // ct-1980-tvpl.txt: one symbol part
    {"299/TTg Hà Nội", "299/TTg", "", ""},
    // hd-37-8bfc54.txt
    {"37-HD/BTGDVTW", "37-HD/BTGDVTW", "HD", "huong_dan"},
    // tt-06-2026-bt.txt: a Cyrillic С read as Latin C
    {"06/2026/TT-BT\xD0\xA1", "06/2026/TT-BTC", "TT", "thong_tu"},
    // nq-000032.txt
    {"105/2025/UBTVQH15", "105/2025/UBTVQH15", "", ""},
    // ttlt-29-2025-btp-bca-bqp-btc-.txt
    {"29/2025/TTLT-BTP-BCA", "29/2025/TTLT-BTP-BCA", "TTLT", "thong_tu_lien_tich"},
    // nq-66-2025-cp.txt: a numbered sub-document
    {"66.7/2025/NQ-CP", "66.7/2025/NQ-CP", "NQ", "nghi_quyet"},
    // a final period is not part of the number
    {"12/BC-UBND.", "12/BC-UBND", "BC", "bao_cao"},
    // a spaced dash followed by a place is not part of the number
    {"12/BC-UBND - Hà Nội", "12/BC-UBND", "BC", "bao_cao"},
    // dates and ranges are no numbers
    {"12/8/2016", "", "", ""},
    {"2021-2025", "", "", ""},
};

TEST(DocNumber, TableOfPrintedForms) {
  for (const NumberCase& c : kCases) {
    auto n = MatchDocNumber(c.text, 0);
    if (*c.canonical == '\0') {
      EXPECT_FALSE(n.has_value()) << c.text;
      continue;
    }
    ASSERT_TRUE(n.has_value()) << c.text;
    EXPECT_EQ(n->text, c.canonical) << c.text;
    EXPECT_EQ(SymbolTypeAbbreviation(n->text), c.abbreviation) << c.text;
    const DocType* type = TypeImpliedByNumber(n->text);
    EXPECT_EQ(type ? type->code : "", c.type) << c.text;
  }
}

TEST(DocNumber, FindsNumbersInRunningText) {
  auto numbers = FindDocNumbers(
      "Căn cứ Nghị định số 181/2025/NĐ-CP ngày 01/7/2025 và Thông tư số\n219/2013/TT-BTC;");
  ASSERT_EQ(numbers.size(), 2u);
  EXPECT_EQ(numbers[0].text, "181/2025/NĐ-CP");
  EXPECT_EQ(numbers[1].text, "219/2013/TT-BTC");
}

TEST(DocNumber, SpanCoversThePrintedForm) {
  std::string_view text = "Số: 02/CT - UBND\n";
  auto n = MatchDocNumber(text, text.find("02"));
  ASSERT_TRUE(n.has_value());
  EXPECT_EQ(text.substr(n->span.begin, n->span.size()), "02/CT - UBND");
}

}  // namespace
}  // namespace vanban
