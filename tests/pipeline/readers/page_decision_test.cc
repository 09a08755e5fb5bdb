#include "pipeline/readers/page_decision.h"

#include <gtest/gtest.h>

#include <string>

namespace vanban {
namespace {

// A born-digital page's text layer (qd-47-2025-ttg, tests/data/scans).
constexpr const char* kUnicodePage =
    "Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;\n"
    "Căn cứ Nghị định số 28/2025/NĐ-CP của Chính phủ quy định chức năng,\n"
    "nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ Ngoại giao;\n"
    "Theo đề nghị của Bộ trưởng Bộ Ngoại giao;\n";

TEST(DecidePage, Table) {
  struct Case {
    std::string name;
    std::string layer;
    PageSource source;
    std::string method;
    std::string reason;
  };
  const Case cases[] = {
      {"unicode text layer", kUnicodePage, PageSource::kTextLayer, "pdf-text", ""},
      {"no layer (image only)", "", PageSource::kOcr, "ocr", "too little text"},
      {"page number only", "\n2\n\f", PageSource::kOcr, "ocr", "too little text"},
      {"signature stamp only",
       "Ký bởi: Văn phòng Chính phủ\nEmail: vpcp@chinhphu.vn\nCơ quan: Văn phòng Chính phủ\n"
       "Thời gian ký: 11.12.2025 10:21:37 +07:00\n",
       PageSource::kOcr, "ocr", "too little text"},
      // The layer of a real scan (corpus/scans/qn-bc-280-2024.pdf, page 1): a signature stamp
      // and the provincial gazette's receipt stamp, wrapped as the PDF draws them.
      {"signature and gazette stamps only",
       "Ký bởi: Ủy ban nhân dân tỉnh Quảng\nNgãi\nCơ quan: Tỉnh Quảng Ngãi\n"
       "Thời gian ký: 26/11/2024 10:40:48\nTRUNG TÂM CÔNG\nBÁO VÀ TIN HỌC\n"
       "ttcbth@quangngai.gov.\nvn\n26.11.2024 13:45:56\n+07:00\n",
       PageSource::kOcr, "ocr", "too little text"},
      {"stamp over a text page", std::string("Ký bởi: Văn phòng Chính phủ\n") + kUnicodePage,
       PageSource::kTextLayer, "pdf-text", ""},
      {"glyphs without unicode",
       "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD \xEF\xBF\xBD\xEF\xBF\xBD "
       "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD \xEF\xBF\xBD\xEF\xBF\xBD "
       "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD 2025 ABCDEFGHIJKLMNOPQRSTU\n",
       PageSource::kOcr, "ocr", "glyphs without Unicode"},
      {"private use glyphs",
       "\xEE\x80\x81\xEE\x80\x82\xEE\x80\x83\xEE\x80\x84 \xEE\x80\x85\xEE\x80\x86 Số 12/2025 của "
       "\xEE\x80\x87\xEE\x80\x88\xEE\x80\x89 \xEE\x80\x8A\xEE\x80\x8B Ủy ban nhân dân tỉnh "
       "\xEE\x80\x87\xEE\x80\x88\xEE\x80\x89 \xEE\x80\x8A\xEE\x80\x8B Hưng Yên\n",
       PageSource::kOcr, "ocr", "glyphs without Unicode"},
      {"bullets from a symbol font are few",
       std::string(kUnicodePage) + "\xEF\x82\xB7 Bộ Ngoại giao;\n", PageSource::kTextLayer,
       "pdf-text", ""},
      {"tcvn3 layer is converted",
       "QuyÕt ®Þnh vÒ viÖc ban hµnh Quy chÕ phèi hîp ho¹t ®éng cña c¸c c¬ quan tham gia\n"
       "hîp t¸c ASEAN; Bé tr­ëng Bé Ngo¹i giao chÞu tr¸ch nhiÖm thi hµnh QuyÕt ®Þnh nµy.\n",
       PageSource::kLegacyLayer, "pdf-text-legacy", ""},
      {"vni layer is converted",
       "Quyeát ñònh veà vieäc ban haønh Quy cheá phoái hôïp hoaït ñoäng cuûa caùc cô quan\n"
       "tham gia hôïp taùc ASEAN; Boä tröôûng Boä Ngoaïi giao chòu traùch nhieäm thi haønh.\n",
       PageSource::kLegacyLayer, "pdf-text-legacy", ""},
      {"letter soup no charset explains",
       "Quyǿt ǯǿnh vȁ viǿc ban hȁnh Quy chǿ phǿi hȁp hoȁt ǯǿng cȁa cȁc cȁ quan tham gia\n"
       "hȁp tȁc ASEAN; Bǿ trȁǿng Bǿ Ngoȁi giao chǿu trȁch nhiǿm thi hȁnh Quyǿt ǯǿnh nȁy.\n",
       PageSource::kOcr, "ocr", "text layer does not read as Vietnamese (legacy font?)"},
      {"english text is not judged as vietnamese",
       "This agreement between the parties is made in two copies of equal value, one for each\n"
       "party, and takes effect on the date of signature.\n",
       PageSource::kTextLayer, "pdf-text", ""},
  };
  for (const Case& c : cases) {
    const PageDecision d = DecidePage(c.layer);
    EXPECT_EQ(d.source, c.source) << c.name;
    EXPECT_EQ(d.method, c.method) << c.name;
    EXPECT_EQ(d.reason, c.reason) << c.name;
    if (c.source == PageSource::kOcr) {
      EXPECT_EQ(d.text, "") << c.name;
    }
  }
}

TEST(DecidePage, UnicodeLayerIsKeptAsItIs) {
  EXPECT_EQ(DecidePage(kUnicodePage).text, kUnicodePage);
}

TEST(DecidePage, LegacyLayerReadsAsVietnamese) {
  const PageDecision tcvn3 = DecidePage(
      "QuyÕt ®Þnh vÒ viÖc ban hµnh Quy chÕ phèi hîp ho¹t ®éng cña c¸c c¬ quan tham gia\n");
  EXPECT_EQ(tcvn3.text,
            "Quyết định về việc ban hành Quy chế phối hợp hoạt động của các cơ quan tham gia\n");
  const PageDecision vni = DecidePage(
      "Quyeát ñònh veà vieäc ban haønh Quy cheá phoái hôïp hoaït ñoäng cuûa caùc cô quan\n");
  EXPECT_EQ(vni.text, "Quyết định về việc ban hành Quy chế phối hợp hoạt động của các cơ quan\n");
}

}  // namespace
}  // namespace vanban
