#include "extractors/agency_names.h"

#include <gtest/gtest.h>

namespace vanban {
namespace {

struct NameCase {
  const char* printed;
  const char* written;
};

const NameCase kAgencies[] = {
    {"UBND TỈNH HƯNG YÊN", "Ủy ban nhân dân tỉnh Hưng Yên"},  // ANNOTATION.md
    {"BỘ TÀI CHÍNH", "Bộ Tài chính"},                         // cv-5348-2025-cs.txt
    {"CỤC THUẾ", "Cục Thuế"},                                 // cv-5348-2025-cs.txt
    {"CỤC HẢI QUAN", "Cục Hải quan"},                         // cv-37563-2025-gsql.txt
    {"VĂN PHÒNG CHÍNH PHỦ", "Văn phòng Chính phủ"},           // cv-11414-2025-cn.txt
    {"THỦ TƯỚNG CHÍNH PHỦ", "Thủ tướng Chính phủ"},           // cd-220-2025-ttg.txt
    {"ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH", "Ủy ban nhân dân thành phố Hồ Chí Minh"},
    {"SỞ GIÁO DỤC VÀ ĐÀO TẠO", "Sở Giáo dục và Đào tạo"},  // cv-5095-2025-ha-noi-so-giao-duc-v
    {"UBND THÀNH PHỐ HÀ NỘI", "Ủy ban nhân dân thành phố Hà Nội"},
    {"BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH", "Bộ Văn hóa, Thể thao và Du lịch"},  // qd-4385-bvhttdl
    {"BAN CHẤP HÀNH TRUNG ƯƠNG", "Ban Chấp hành Trung ương"},                // kl-212-2025.txt
    {"BAN TUYÊN GIÁO VÀ DÂN VẬN", "Ban Tuyên giáo và Dân vận"},              // hd-37-8bfc54.txt
    {"HỘI ĐỒNG NHÂN DÂN TỈNH VĨNH LONG", "Hội đồng nhân dân tỉnh Vĩnh Long"},
    {"ỦY BAN THƯỜNG VỤ QUỐC HỘI", "Ủy ban Thường vụ Quốc hội"},  // nq-000032.txt
    {"BỘ CÔNG THƯƠNG", "Bộ Công Thương"},                        // tt-05-2026-bct.txt
    {"SỞ TÀI CHÍNH", "Sở Tài chính"},
    {"THUẾ TỈNH QUẢNG TRỊ", "Thuế tỉnh Quảng Trị"},
    {"BAN VĂN HÓA - XÃ HỘI", "Ban Văn hóa - Xã hội"},
    {"UBND tỉnh", "Ủy ban nhân dân tỉnh"},  // mixed case: as printed
    {"Sở TT&TT", "Sở Thông tin và Truyền thông"},
    {"Cục CNTT", "Cục CNTT"},                // not a listed abbreviation
    {"VPCP", "VPCP"},                        // "VP" only as a whole token
    {"CỘNG HÒA XÃ HỘI", "Cộng hòa xã hội"},  // generic words
};

TEST(AgencyNames, WrittenForms) {
  for (const NameCase& c : kAgencies) {
    EXPECT_EQ(WrittenAgencyName(c.printed), c.written) << c.printed;
  }
}

TEST(AgencyNames, HeadsStartANewBody) {
  EXPECT_TRUE(StartsWithAgencyName("CỤC THUẾ"));
  EXPECT_TRUE(StartsWithAgencyName("SỞ GIÁO DỤC VÀ ĐÀO TẠO"));
  EXPECT_TRUE(StartsWithAgencyName("UBND THÀNH PHỐ HÀ"));
  EXPECT_FALSE(StartsWithAgencyName("TỈNH BẮC NINH"));
  EXPECT_FALSE(StartsWithAgencyName("DÂN"));
}

TEST(AgencyNames, Places) {
  EXPECT_EQ(WrittenPlaceName("HÀ NỘI"), "Hà Nội");
  EXPECT_EQ(WrittenPlaceName("Thành phố Hồ Chí Minh"), "Thành phố Hồ Chí Minh");
  EXPECT_EQ(WrittenPlaceName("PHÚ MỸ"), "Phú Mỹ");
  EXPECT_EQ(WrittenPlaceName("QUANG NGAÀI"), "Quảng Ngãi");  // OCR, ocr-q22-ct-2021-qn.txt
  EXPECT_TRUE(IsKnownPlace("Hồ Chí Minh"));
  EXPECT_TRUE(IsKnownPlace("Thành phố Hồ Chí Minh"));
  EXPECT_FALSE(IsKnownPlace("Chí Minh"));
}

}  // namespace
}  // namespace vanban
