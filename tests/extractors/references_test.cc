// Passages of corpus documents (file named in each case) run through the stages a document
// goes through (normalize, segment, metadata, references): every reference they cite, each
// once, with its date and issuer.
#include "extractors/references.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "pipeline/stages.h"

namespace vanban {
namespace {

Document RunPipeline(std::string text) {
  Document doc;
  doc.raw_text = std::move(text);
  EXPECT_FALSE(RunStages(doc).has_value());
  return doc;
}

// A reference as the cases write it: number or title, "" for a null date or issuer.
struct Want {
  const char* type;
  const char* number_or_title;
  const char* date;
  const char* issuer;
};

std::string Show(const Reference& r) {
  return r.type + " " + r.number.value_or(r.title.value_or("?")) + " " + r.date.value_or("-") +
         " " + r.issuer.value_or("-");
}

void ExpectReferences(const std::string& text, const std::vector<Want>& wants) {
  Document doc = RunPipeline(text);
  std::string got;
  for (const Reference& r : doc.references) got += Show(r) + "\n";
  ASSERT_EQ(doc.references.size(), wants.size()) << got;
  for (const Want& w : wants) {
    const Reference* found = nullptr;
    for (const Reference& r : doc.references) {
      if (r.type == w.type && (r.number.value_or("") == w.number_or_title ||
                               r.title.value_or("") == w.number_or_title)) {
        found = &r;
      }
    }
    ASSERT_NE(found, nullptr) << w.type << " " << w.number_or_title << " in\n" << got;
    EXPECT_EQ(found->date.value_or(""), w.date) << Show(*found);
    EXPECT_EQ(found->issuer.value_or(""), w.issuer) << Show(*found);
    EXPECT_LE(found->span.end, doc.text.size());
    EXPECT_FALSE(found->span.empty());
  }
}

TEST(References, NumberDateIssuer) {
  // seeds/003: Party numbers with a hyphen, "của" and the issuer.
  ExpectReferences(
      "triển khai thực hiện có hiệu quả Chỉ thị số 34-CT/TW ngày 07/4/2014 của Bộ Chính trị, "
      "Chỉ thị số 31-CT/TU ngày 09/12/2014 của Ban thường vụ Tỉnh ủy về tiếp tục đổi mới công tác "
      "thi đua khen thưởng.\n",
      {{"chi_thi", "34-CT/TW", "2014-04-07", "Bộ Chính trị"},
       {"chi_thi", "31-CT/TU", "2014-12-09", "Ban thường vụ Tỉnh ủy"}});
}

TEST(References, ListHeadSharesTypeAndIssuer) {
  // seeds/003 (ANNOTATION.md): "các Nghị quyết của HĐND tỉnh: số ...; số ...".
  ExpectReferences(
      "thi đua thực hiện hoàn thành các nhiệm vụ năm 2024 theo các Nghị quyết của Hội đồng nhân "
      "dân tỉnh: số 412/NQ-HĐND ngày 07/12/2023 về nhiệm vụ phát triển kinh tế - xã hội năm 2024; "
      "số 413/NQ-HĐND ngày 07/12/2023 về dự toán thu ngân sách nhà nước trên địa bàn.\n",
      {{"nghi_quyet", "412/NQ-HĐND", "2023-12-07", "Hội đồng nhân dân tỉnh"},
       {"nghi_quyet", "413/NQ-HĐND", "2023-12-07", "Hội đồng nhân dân tỉnh"}});
}

TEST(References, LaterMentionOfTheListSharesDateAndIssuer) {
  // seeds/000: "Nghị quyết số 01/NQ-CP và Nghị quyết số 02/NQ-CP ngày 05/01/2024 của Chính phủ".
  ExpectReferences(
      "Căn cứ các mục tiêu, chỉ tiêu của Nghị quyết số 01/NQ-CP và Nghị quyết số 02/NQ-CP ngày "
      "05/01/2024 của Chính phủ về nhiệm vụ, giải pháp chủ yếu năm 2024.\n",
      {{"nghi_quyet", "01/NQ-CP", "2024-01-05", "Chính phủ"},
       {"nghi_quyet", "02/NQ-CP", "2024-01-05", "Chính phủ"}});
}

TEST(References, NumbersListedAfterOneTypeName) {
  // cd-223-2025-ttg.txt
  ExpectReferences(
      "tiếp theo các Công điện số 217/CĐ-TTg, 218/CĐ-TTg, 219/CĐ-TTg và 222/CĐ-TTg ngày "
      "19/11/2025, Thủ tướng Chính phủ yêu cầu:\n",
      {{"cong_dien", "217/CĐ-TTg", "2025-11-19", ""},
       {"cong_dien", "218/CĐ-TTg", "2025-11-19", ""},
       {"cong_dien", "219/CĐ-TTg", "2025-11-19", ""},
       {"cong_dien", "222/CĐ-TTg", "2025-11-19", ""}});
}

TEST(References, LawByNumberAndByTitle) {
  // cv-2025-416ea2.txt, seeds/000: a numbered law with its title, an unnumbered one with its
  // year (written as laws.tsv writes it); the later mention of a law cited by number is the
  // same reference.
  ExpectReferences(
      "- Tại khoản 25 Điều 3 Luật Quản lý thuế số 38/2019/QH14 ngày 13/06/2019 quy định:\n"
      "triển khai thực hiện tốt Luật thi đua, khen thưởng năm 2022 và các văn bản hướng dẫn thi "
      "hành; đối chiếu quy định của Luật Quản lý thuế.\n",
      {{"luat", "38/2019/QH14", "2019-06-13", ""}, {"luat", "Luật Thi đua, khen thưởng", "", ""}});
}

TEST(References, ShortFormOfALawCitedByNumber) {
  // cv-5333-2025-cs.txt: "Luật Thuế GTGT" after "Luật Thuế giá trị gia tăng số 48/2024/QH15".
  ExpectReferences(
      "Căn cứ Điều 3 Luật Thuế giá trị gia tăng số 48/2024/QH15 ngày 26/11/2024 quy định đối "
      "tượng chịu thuế.\nCăn cứ quy định trên, Luật Thuế GTGT và các văn bản hướng dẫn đã quy "
      "định rõ đối tượng chịu thuế.\n",
      {{"luat", "48/2024/QH15", "2024-11-26", ""}});
}

TEST(References, CongressResolution) {
  // kh-0124-dak-lak.txt
  ExpectReferences(
      "đồng hành cùng đất nước thực hiện thắng lợi các chỉ tiêu Nghị quyết Đại hội đại biểu toàn "
      "quốc lần thứ XIII của Đảng, thi đua lập thành tích.\n",
      {{"nghi_quyet", "Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng", "", ""}});
}

TEST(References, LawNamedInsideACitedTitle) {
  // kh-980-2025-nghe-an.txt: the law is named in the Nghị định's trích yếu only.
  ExpectReferences(
      "Thực hiện Nghị định số 200/2025/NĐ-CP ngày 09/7/2025 của Chính phủ quy định chi tiết một "
      "số điều của Luật Phòng thủ dân sự.\n",
      {{"nghi_dinh", "200/2025/NĐ-CP", "2025-07-09", "Chính phủ"}});
  // tb-627-2025-vpcp.txt: after a type name without number.
  ExpectReferences(
      "đã hoàn thành xây dựng Nghị định hướng dẫn Luật số 90/2025/QH15 của Quốc hội.\n", {});
}

TEST(References, BillsAndDraftsAreNoReferences) {
  // nq-000032.txt: a programme of bills; cv-2025-7f6efa.txt: a draft.
  ExpectReferences(
      "1. Trình Quốc hội xem xét, thông qua đối với 13 dự án luật sau đây:\n"
      "a) Luật Hộ tịch (sửa đổi);\n"
      "b) Luật Thủ tục ban hành quyết định hành chính;\n"
      "đ) Luật sửa đổi, bổ sung một số điều của Luật Bảo hiểm xã hội;\n"
      "Đưa nội dung vào dự thảo Luật sửa đổi, bổ sung một số điều của Luật Điện ảnh, Luật Du "
      "lịch.\n",
      {});
}

TEST(References, OwnNumberAndAppendixHeading) {
  // qd-2031-2013-cao-bang.txt: "(Kèm theo Quyết định số: 203/QĐ-UBND ...)" heads the
  // appendix of the document itself.
  Document doc = RunPipeline(
      "ỦY BAN NHÂN DÂN\nTỈNH CAO BẰNG\nSố: 2031/QĐ-UBND\nCao Bằng, ngày 28 tháng 11 năm 2025\n"
      "QUYẾT ĐỊNH\nVề việc công bố danh mục thủ tục hành chính\n"
      "Điều 1. Quyết định số 2031/QĐ-UBND có hiệu lực kể từ ngày ký.\n"
      "(Kèm theo Quyết định số: 203/QĐ-UBND ngày 28 tháng 11 năm 2025 của Chủ tịch Ủy ban nhân "
      "dân tỉnh Cao Bằng)\n");
  for (const Reference& r : doc.references) ADD_FAILURE() << Show(r);
}

TEST(References, VanBanAndCongVan) {
  // cv-2025-f846e8.txt: "công văn số" and "văn bản số", sharing the issuer after the list.
  ExpectReferences(
      "Cục Thuế nhận được công văn số 9172/HAN-KTr5 ngày 06/8/2025 của Thuế TP. Hà Nội, văn bản "
      "số 14/2025/CV-E.K.LM ngày 12/8/2025 và văn bản số 15/2025/CV-E.K.LM ngày 19/9/2025 của "
      "Công ty cổ phần E.K.LM về chính sách thuế.\n",
      {{"cong_van", "9172/HAN-KTr5", "2025-08-06", "Thuế TP. Hà Nội"},
       {"van_ban", "14/2025/CV-E.K.LM", "2025-08-12", "Công ty cổ phần E.K.LM"},
       {"van_ban", "15/2025/CV-E.K.LM", "2025-09-19", "Công ty cổ phần E.K.LM"}});
}

TEST(References, LaterMentionFillsTheDate) {
  // cv-2025-f846e8.txt
  ExpectReferences(
      "Căn cứ Điều 4 Thông tư số 69/2025/TT-BTC của Bộ Tài chính quy định chi tiết.\n"
      "Từ ngày 01/7/2025, Thông tư số 69/2025/TT-BTC ngày 01/7/2025 đã quy định cụ thể.\n",
      {{"thong_tu", "69/2025/TT-BTC", "2025-07-01", "Bộ Tài chính"}});
}

TEST(References, TypoInALaterMention) {
  // cv-2025-7f6efa.txt: "NĐ" for "NQ" in a later mention; the type name decides the type.
  ExpectReferences(
      "theo Nghị quyết số 66.7/2025/NQ-CP ngày 15/11/2025 của Chính phủ.\n"
      "thực hiện Nghị quyết số 66.7/2025/NĐ-CP.\n",
      {{"nghi_quyet", "66.7/2025/NQ-CP", "2025-11-15", "Chính phủ"}});
}

TEST(References, DigitsAloneAndTheirFullNumber) {
  // news-4882ff5c.txt
  ExpectReferences(
      "triển khai thực hiện Nghị quyết số 18, Chỉ thị số 35 và các văn bản của Trung ương, trong "
      "đó có Kết luận số 127-KL/TW, ngày 28/2/2025. Xây dựng Đề án theo Kết luận số 127; quyết "
      "liệt lãnh đạo.\n",
      {{"nghi_quyet", "18", "", ""},
       {"chi_thi", "35", "", ""},
       {"ket_luan", "127-KL/TW", "2025-02-28", ""}});
}

TEST(References, IssuerAndDateBeforeTheMention) {
  // seeds/000 (news): "Ngày ..., UBND tỉnh ban hành Công văn số ...".
  ExpectReferences(
      "Ngày 18/01/2024, UBND tỉnh ban hành Công văn số 85/UBND-NVK về việc phát động phong trào "
      "thi đua yêu nước năm 2024.\n",
      {{"cong_van", "85/UBND-NVK", "2024-01-18", "Ủy ban nhân dân tỉnh"}});
  // qd-1627-2025-quang-ngai.txt: "đề nghị của X tại Công văn số ...".
  ExpectReferences(
      "Theo đề nghị của Sở Tài chính tại Công văn số 3679/STC-QLGCS ngày 05 tháng 11 năm "
      "2025.\n",
      {{"cong_van", "3679/STC-QLGCS", "2025-11-05", "Sở Tài chính"}});
}

TEST(References, PageNumberBetweenSoAndTheNumber) {
  // ocr-q14-ct-qn.txt: "3" is the page number of an OCR page break.
  ExpectReferences(
      "thực hiện nghiêm Quy định số 3\n\n205-QĐ/TW ngày 23/9/2019 của Bộ Chính trị về việc kiểm "
      "soát quyền lực.\n",
      {{"quy_dinh", "205-QĐ/TW", "2019-09-23", "Bộ Chính trị"}});
}

TEST(References, Relations) {
  Document doc = RunPipeline(
      "Căn cứ Nghị định số 118/2025/NĐ-CP ngày 09 tháng 6 năm 2025 của Chính phủ;\n"
      "Điều 2. Quyết định này thay thế Quyết định số 78/2016/QĐ-UBND ngày 21/12/2016.\n");
  ASSERT_EQ(doc.references.size(), 2u);
  EXPECT_EQ(doc.references[0].relation, "can_cu");
  EXPECT_EQ(doc.references[1].relation, "replaces");
}

}  // namespace
}  // namespace vanban
