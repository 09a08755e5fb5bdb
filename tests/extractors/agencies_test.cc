#include "extractors/agencies.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace vanban {
namespace {

struct StretchCase {
  const char* stretch;
  std::vector<std::string> names;
};

std::vector<std::string> Names(const Document& doc) {
  std::vector<std::string> names;
  for (const AgencyMention& m : FindAgencies(doc, {0, doc.text.size()})) names.push_back(m.name);
  return names;
}

void ExpectNames(const std::vector<StretchCase>& cases, const Document& base = {}) {
  for (const StretchCase& c : cases) {
    Document doc = base;
    doc.text = c.stretch;
    EXPECT_EQ(Names(doc), c.names) << c.stretch;
  }
}

// ANNOTATION.md, "How a name is written", and stretches of the corpus.
TEST(Agencies, PositionsDropped) {
  ExpectNames({
      {"Giám đốc Sở Y tế", {"Sở Y tế"}},
      {"Chủ tịch UBND các huyện", {"Ủy ban nhân dân các huyện"}},
      {"Bộ trưởng, Thủ trưởng cơ quan ngang Bộ, Thủ trưởng cơ quan thuộc Chính phủ",
       {"các Bộ, cơ quan ngang Bộ, cơ quan thuộc Chính phủ"}},
      {"Chánh Văn phòng UBND tỉnh", {"Văn phòng Ủy ban nhân dân tỉnh"}},
      // cd-220-2025-ttg.txt
      {"Bộ trưởng các Bộ, Thủ trưởng cơ quan ngang bộ, Chủ tịch Ủy ban nhân dân các tỉnh, thành "
       "phố trực thuộc Trung ương",
       {"các Bộ, cơ quan ngang bộ", "Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"}},
      {"Bí thư Tỉnh ủy, Thành ủy các tỉnh, thành phố để",
       {"Tỉnh ủy các tỉnh, thành phố", "Thành ủy các tỉnh, thành phố"}},
  });
}

TEST(Agencies, SharedHeadsDistributed) {
  ExpectNames({
      {"các Bộ: Quốc phòng, Công an", {"Bộ Quốc phòng", "Bộ Công an"}},
      {"Sở Tài chính, Xây dựng", {"Sở Tài chính", "Sở Xây dựng"}},
      {"Các tỉnh Nghệ An, Quảng Ngãi, Cao Bằng",  // tb-627-2025-vpcp.txt
       {"tỉnh Nghệ An", "tỉnh Quảng Ngãi", "tỉnh Cao Bằng"}},
      {"Tòa án nhân dân, Viện kiểm sát nhân dân cấp huyện, thành phố trực thuộc",
       {"Tòa án nhân dân cấp huyện, thành phố trực thuộc",
        "Viện kiểm sát nhân dân cấp huyện, thành phố trực thuộc"}},
      // Kinds each printed in full with the same first word: one entry each.
      {"các tổ chức chính trị - xã hội, tổ chức xã hội - nghề nghiệp",
       {"các tổ chức chính trị - xã hội", "các tổ chức xã hội - nghề nghiệp"}},
      {"các sở, ban, ngành, tổ chức chính trị - xã hội",
       {"các sở, ban, ngành, tổ chức chính trị - xã hội"}},
      // "các" + a ministry + fields: the head is shared.
      {"Các Bộ Quốc phòng, Công an chỉ đạo các đơn vị trực thuộc", {"Bộ Quốc phòng", "Bộ Công an"}},
      {"các Bộ Xây dựng và Công Thương hướng dẫn", {"Bộ Xây dựng", "Bộ Công Thương"}},
      // A kind ending with its link word takes the parent after it.
      {"Thủ trưởng các sở, ban, ngành, đơn vị trực thuộc Ủy ban nhân dân tỉnh",
       {"các sở, ban, ngành, đơn vị trực thuộc Ủy ban nhân dân tỉnh"}},
      // One kind named in words of its own, without "các".
      {"Cơ quan thanh tra khẩn trương hoàn thành việc thanh tra", {"Cơ quan thanh tra"}},
      {"phối hợp với cơ quan thanh tra cùng cấp", {"cơ quan thanh tra"}},
      {"báo cáo cơ quan trung ương", {}},
      // A head shared by levels: one body per level.
      {"Ban Chỉ đạo phòng, chống thiên tai cấp tỉnh, cấp xã",
       {"Ban Chỉ đạo phòng, chống thiên tai cấp tỉnh",
        "Ban Chỉ đạo phòng, chống thiên tai cấp xã"}},
      {"Ủy ban nhân dân cấp huyện và cấp xã",
       {"Ủy ban nhân dân cấp huyện", "Ủy ban nhân dân cấp xã"}},
  });
}

TEST(Agencies, ListsAndGroups) {
  ExpectNames({
      {"Sở Tư pháp, Sở Nội vụ và Ủy ban nhân dân các huyện, thị xã, thành phố",
       {"Sở Tư pháp", "Sở Nội vụ", "Ủy ban nhân dân các huyện, thị xã, thành phố"}},
      {"Sở Kế hoạch và Đầu tư, Sở LĐ-TB&XH, Sở TN&MT",
       {"Sở Kế hoạch và Đầu tư", "Sở Lao động - Thương binh và Xã hội",
        "Sở Tài nguyên và Môi trường"}},
      {"các sở, ban, ngành, đoàn thể tỉnh", {"các sở, ban, ngành, đoàn thể tỉnh"}},
      {"các địa phương", {"các địa phương"}},
      {"Cục Thuế các tỉnh, thành phố", {"Cục Thuế các tỉnh, thành phố"}},
      {"các ngân hàng thương mại", {"các ngân hàng thương mại"}},
      {"các tỉnh ủy, thành ủy, đảng ủy trực thuộc Trung ương",
       {"các tỉnh ủy, thành ủy, đảng ủy trực thuộc Trung ương"}},
      // cd-231-2025-ttg.txt
      {"Văn phòng Chính phủ, Bộ Tài chính, các bộ, ngành địa phương",
       {"Văn phòng Chính phủ", "Bộ Tài chính", "các bộ, ngành, địa phương"}},
      {"Đài Truyền hình Việt Nam, Đài Tiếng nói Việt Nam, Thông tấn xã Việt Nam",
       {"Đài Truyền hình Việt Nam", "Đài Tiếng nói Việt Nam", "Thông tấn xã Việt Nam"}},
      {"Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh",
       {"Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "các tổ chức chính trị - xã hội tỉnh"}},
  });
}

TEST(Agencies, NameEnds) {
  ExpectNames({
      {"Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương tại khu vực dự báo xảy ra mưa, "
       "lũ",
       {"Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương"}},
      {"Bộ Công an chỉ đạo Công an các tỉnh", {"Bộ Công an", "Công an các tỉnh"}},
      {"Cục Kiểm tra văn bản quy phạm pháp luật", {"Cục Kiểm tra văn bản quy phạm pháp luật"}},
      {"Vụ Kế hoạch, Tài chính và Quản lý doanh nghiệp",
       {"Vụ Kế hoạch, Tài chính và Quản lý doanh nghiệp"}},
      {"Vụ Phổ biến, giáo dục pháp luật chủ trì", {"Vụ Phổ biến, giáo dục pháp luật"}},
      {"Vụ Phổ biến, giáo dục pháp luật, Cục Trợ giúp pháp lý",  // qd-173-2015-btp.txt
       {"Vụ Phổ biến, giáo dục pháp luật", "Cục Trợ giúp pháp lý"}},
      {"phối hợp với Chi cục Thuế, các Phòng Giao dịch của các Ngân hàng thương mại",
       {"Chi cục Thuế", "Phòng Giao dịch của các Ngân hàng thương mại"}},
      {"Ủy ban Pháp luật và Tư pháp của Quốc hội", {"Ủy ban Pháp luật và Tư pháp của Quốc hội"}},
      {"Chủ tịch HĐTV Tập đoàn Bưu chính Viễn thông Việt Nam;",
       {"Tập đoàn Bưu chính Viễn thông Việt Nam"}},
      {"Chủ tịch UBND các huyện, thị xã Đức Phổ và thành phố Quảng Ngãi khẩn trương",
       {"Ủy ban nhân dân các huyện", "Ủy ban nhân dân thị xã Đức Phổ",
        "Ủy ban nhân dân thành phố Quảng Ngãi"}},
      {"Chánh Văn phòng Ban chỉ đạo phòng thủ dân sự quốc gia phối hợp",
       {"Văn phòng Ban chỉ đạo phòng thủ dân sự quốc gia"}},
      {"BỘ TRƯỞNG BỘ TƯ PHÁP", {"Bộ Tư pháp"}},
      {"Ngân hàng Nhà nước Việt Nam - Chi nhánh tỉnh Quảng Ngãi",  // ocr-q08-ct-qn.txt
       {"Ngân hàng Nhà nước Việt Nam - Chi nhánh tỉnh Quảng Ngãi"}},
      {"Ban Chỉ huy Phòng thủ dân sự cấp tỉnh", {"Ban Chỉ huy Phòng thủ dân sự cấp tỉnh"}},
      {"Trung tâm Phục vụ hành chính công tỉnh", {"Trung tâm Phục vụ hành chính công tỉnh"}},
      {"Bộ CHQS tỉnh", {"Bộ CHQS tỉnh"}},
  });
}

TEST(Agencies, AsidesLeftOut) {
  ExpectNames({
      {"Sở Nội vụ (Ban Thi đua - Khen thưởng)", {"Sở Nội vụ"}},
      {"Tập đoàn Điện lực Việt Nam (EVN)", {"Tập đoàn Điện lực Việt Nam"}},
      {"Cơ quan chức năng của Bộ Nông nghiệp và Môi trường", {"Bộ Nông nghiệp và Môi trường"}},
      {"các đơn vị thuộc Bộ Tư pháp", {"Bộ Tư pháp"}},
  });
}

TEST(Agencies, Members) {
  ExpectNames({
      // nq-80-2025-ha-noi.txt; the bare council of the list is the city's as well.
      {"Giao Thường trực Hội đồng nhân dân, các Ban của Hội đồng nhân dân Thành phố, các Tổ đại "
       "biểu và đại biểu Hội đồng nhân dân Thành phố giám sát",
       {"Thường trực Hội đồng nhân dân Thành phố", "các Ban của Hội đồng nhân dân Thành phố",
        "các Tổ đại biểu Hội đồng nhân dân Thành phố", "đại biểu Hội đồng nhân dân Thành phố"}},
      // nq-000032.txt
      {"Thường trực Hội đồng Dân tộc, Thường trực các Ủy ban của Quốc hội",
       {"Thường trực Hội đồng Dân tộc", "Thường trực các Ủy ban của Quốc hội"}},
  });
}

TEST(Agencies, Persons) {
  ExpectNames({
      {"Phó Thủ tướng Lê Minh Khái", {"Phó Thủ tướng Lê Minh Khái"}},
      {"Phó Thủ tướng Chính phủ Trần Hồng Hà", {"Phó Thủ tướng Chính phủ Trần Hồng Hà"}},
      {"các Phó Thủ tướng", {"các Phó Thủ tướng"}},
  });
}

TEST(Agencies, NotBodies) {
  ExpectNames({
      {"Thuế GTGT thu từ hàng hóa nhập khẩu", {}},  // a tax, not the tax office
      {"các cơ quan, đơn vị liên quan", {}},
      {"các sở, ngành liên quan", {}},
      {"các cơ quan, đơn vị", {}},
      {"cơ quan chủ trì", {}},
      {"người dân, doanh nghiệp", {}},
      {"Ban hành kèm theo Quyết định này", {}},
      {"Luật Thuế GTGT", {}},
      {"7. Thanh tra tỉnh: Thanh tra, kiểm tra các khâu tổ chức Kỳ thi", {"Thanh tra tỉnh"}},
      {"b) Bộ Xây dựng, Bộ Quốc phòng các tỉnh Ninh Bình, Hưng Yên",  // tb-627-2025-vpcp.txt
       {"Bộ Xây dựng", "Bộ Quốc phòng", "tỉnh Ninh Bình", "tỉnh Hưng Yên"}},
      {"trụ sở, trường học", {}},
      {"các Ban bầu cử", {"Ban bầu cử"}},
      {"Chủ tịch Ủy ban nhân dân tỉnh, Giám đốc Sở Tài chính, Thủ trưởng các cơ quan, đơn vị "
       "liên quan",
       {"Ủy ban nhân dân tỉnh", "Sở Tài chính"}},
  });
}

TEST(Agencies, ProvinceOfTheDocument) {
  Document doc;
  doc.meta.issuer = Field{"Ủy ban nhân dân tỉnh Sơn La", {}};
  ExpectNames({{"Ủy ban nhân dân Tỉnh", {"Ủy ban nhân dân tỉnh Sơn La"}},
               {"Ủy ban nhân dân tỉnh", {"Ủy ban nhân dân tỉnh"}}},
              doc);
}

// A central issuer's document about one province: its subject names the province that a
// bare "Thành phố" stands for, not the place of the place-date line.
TEST(Agencies, ProvinceOfTheSubject) {
  Document doc;
  doc.meta.issuer = Field{"Văn phòng Chính phủ", {}};
  doc.meta.place = Field{"Hà Nội", {}};
  doc.meta.subject = Field{
      "KẾT LUẬN CỦA PHÓ THỦ TƯỚNG TẠI BUỔI LÀM VIỆC VỚI THÀNH PHỐ HẢI PHÒNG VỀ TÌNH HÌNH", {}};
  ExpectNames({{"Ủy ban nhân dân Thành phố", {"Ủy ban nhân dân thành phố Hải Phòng"}}}, doc);
  doc.meta.subject = Field{"V/v hỗ trợ các tỉnh Nghệ An, Hà Tĩnh khắc phục hậu quả bão", {}};
  ExpectNames({{"Ủy ban nhân dân Thành phố", {"Ủy ban nhân dân thành phố Hà Nội"}}}, doc);
}

TEST(Agencies, QualifierBindsTheLastConjunct) {
  ExpectNames({
      // qd-50-2025-ttg.txt
      {"Các Bộ trưởng, Thủ trưởng cơ quan ngang bộ và cơ quan, tổ chức, đơn vị, cá nhân có liên "
       "quan chịu trách nhiệm thi hành",
       {"Các Bộ, cơ quan ngang bộ"}},
      {"các sở, ban, ngành liên quan và Ủy ban nhân dân các xã", {"Ủy ban nhân dân các xã"}},
      // qd-173-2015-btp.txt
      {"Vụ trưởng Vụ Tổ chức cán bộ và Thủ trưởng các đơn vị có liên quan thuộc Bộ Tư pháp chịu "
       "trách nhiệm thi hành",
       {"Vụ Tổ chức cán bộ"}},
  });
}

// Every mention in text order, none overlapping, each span starting where its list starts,
// so that a caller reading a whole zone can tell what stands between two of them.
TEST(Agencies, SpansInTextOrder) {
  Document doc;
  doc.text =
      "1. Giao các Bộ: Quốc phòng, Công an chủ trì.\n"
      "2. Chủ tịch Ủy ban nhân dân các tỉnh: Nghệ An, Hà Tĩnh phối hợp với Sở Tài chính, Xây "
      "dựng.";
  std::vector<AgencyMention> found = FindAgencies(doc, {0, doc.text.size()});
  ASSERT_EQ(found.size(), 6u);
  EXPECT_EQ(doc.Slice(found[0].span), "Bộ: Quốc phòng");
  EXPECT_EQ(doc.Slice(found[1].span), "Công an");
  EXPECT_EQ(doc.Slice(found[2].span), "Ủy ban nhân dân các tỉnh: Nghệ An");
  EXPECT_EQ(found[3].name, "Ủy ban nhân dân tỉnh Hà Tĩnh");
  EXPECT_EQ(doc.Slice(found[4].span), "Sở Tài chính");
  EXPECT_EQ(found[5].name, "Sở Xây dựng");
  for (size_t k = 1; k < found.size(); ++k) {
    EXPECT_LE(found[k - 1].span.end, found[k].span.begin) << found[k].name;
  }
}

TEST(Agencies, LineBreakEndsAName) {
  ExpectNames({{"2. Ban Chỉ đạo\nphòng chống dịch", {"Ban Chỉ đạo"}},
               {"Cục Thuế tỉnh:\nChủ trì", {"Cục Thuế tỉnh"}}});
}

TEST(Agencies, OcrToneErrorsWrittenRight) {
  ExpectNames({
      // ocr-q34-ct-2-ubnd.txt
      {"2. Ngân hàng Nhà nước - Chỉ nhánh Quảng Ngãi chỉ đạo",
       {"Ngân hàng Nhà nước - Chi nhánh Quảng Ngãi"}},
      {"chỉ đạo Chỉ cục Thuế tổ chức", {"Chi cục Thuế"}},
  });
}

// "Cơ quan công tác dân tộc" is the kind of body that handles ethnic affairs in a province,
// named alone or with its place.
TEST(Agencies, EthnicAffairsBody) {
  ExpectNames({
      {"phối hợp với Cơ quan công tác dân tộc tỉnh báo cáo Bộ Tư pháp",
       {"Cơ quan công tác dân tộc tỉnh", "Bộ Tư pháp"}},
      {"phối hợp với Cơ quan công tác dân tộc và Sở Tư pháp",
       {"Cơ quan công tác dân tộc", "Sở Tư pháp"}},
  });
}

TEST(Agencies, PlaceSharedAcrossAList) {
  ExpectNames({
      {"Giao Thường trực HĐND, các Ban của HĐND và các Tổ đại biểu HĐND tỉnh Quảng Ngãi giám "
       "sát",
       {"Thường trực Hội đồng nhân dân tỉnh Quảng Ngãi",
        "các Ban của Hội đồng nhân dân tỉnh Quảng Ngãi",
        "các Tổ đại biểu Hội đồng nhân dân tỉnh Quảng Ngãi"}},
      // Not one list: the place stays with its own body.
      {"Hội đồng nhân dân quyết định dự toán, Ủy ban nhân dân huyện thực hiện",
       {"Hội đồng nhân dân", "Ủy ban nhân dân huyện"}},
  });
}

// One finder reads several stretches of a document, each as FindAgencies reads it: the
// document's province stands for every bare "Tỉnh", and each body keeps its own span.
TEST(Agencies, FinderReadsStretchesOfOneDocument) {
  Document doc;
  doc.meta.issuer = Field{"Ủy ban nhân dân tỉnh Sơn La", {}};
  doc.text = "1. Sở Y tế chủ trì.\n2. UBND Tỉnh chỉ đạo.\n3. Sở Y tế báo cáo.";
  const size_t line2 = doc.text.find("2.");
  const size_t line3 = doc.text.find("3.");
  const AgencyFinder finder(doc);
  const std::vector<AgencyMention> first = finder.Find({0, line2});
  const std::vector<AgencyMention> second = finder.Find({line2, line3});
  const std::vector<AgencyMention> third = finder.Find({line3, doc.text.size()});
  ASSERT_EQ(first.size(), 1u);
  ASSERT_EQ(second.size(), 1u);
  ASSERT_EQ(third.size(), 1u);
  EXPECT_EQ(first[0].name, "Sở Y tế");
  EXPECT_EQ(second[0].name, "Ủy ban nhân dân tỉnh Sơn La");
  EXPECT_EQ(third[0].key, first[0].key);
  EXPECT_EQ(third[0].span.begin, line3 + 3);
  EXPECT_EQ(doc.Slice(third[0].span), "Sở Y tế");
}

TEST(Agencies, Key) {
  EXPECT_EQ(AgencyKey("UBND tỉnh"), AgencyKey("Ủy ban nhân dân Tỉnh"));
  EXPECT_EQ(AgencyKey("các Sở Tư pháp"), AgencyKey("Sở Tư pháp"));
  EXPECT_EQ(AgencyKey("Ủy ban nhân dân tỉnh Hoà Bình"), AgencyKey("Ủy ban nhân dân tỉnh Hòa Bình"));
  EXPECT_NE(AgencyKey("Sở Y tế"), AgencyKey("Sở Tài chính"));
}

}  // namespace
}  // namespace vanban
