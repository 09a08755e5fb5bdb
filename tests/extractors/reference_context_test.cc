#include "extractors/reference_context.h"

#include <gtest/gtest.h>

#include <string>

namespace vanban {
namespace {

ReferenceTail Before(const std::string& text, const std::string& mention) {
  return ReadDetailsBefore(text, text.find(mention));
}

TEST(ReferenceContext, DetailsBeforeTheMention) {
  // seeds/000
  auto d = Before("Ngày 18/01/2024, UBND tỉnh ban hành Công văn số 85/UBND-NVK", "Công văn");
  EXPECT_EQ(d.issuer.value_or(""), "Ủy ban nhân dân tỉnh");
  EXPECT_EQ(d.date.value_or(""), "2024-01-18");
  // ct-1980-tvpl.txt: no comma after the date
  d = Before("Ngày 24 tháng 6 năm 1977 Hội đồng Chính phủ đã ra Quyết định số 169-CP về",
             "Quyết định");
  EXPECT_EQ(d.issuer.value_or(""), "Hội đồng Chính phủ");
  EXPECT_EQ(d.date.value_or(""), "1977-06-24");
  // cd-220-2025-ttg.txt: an adverb before the verb, a parenthesis before the date
  d = Before("(Ngày 23/10/2025, Ngân hàng Nhà nước Việt Nam tiếp tục ban hành Quyết định số 3539",
             "Quyết định");
  EXPECT_EQ(d.issuer.value_or(""), "Ngân hàng Nhà nước Việt Nam");
  EXPECT_EQ(d.date.value_or(""), "2025-10-23");
  // tb-627-2025-vpcp.txt
  d = Before("theo đúng chỉ đạo của Thủ tướng Chính phủ tại Công điện số 158/CĐ-TTg", "Công điện");
  EXPECT_EQ(d.issuer.value_or(""), "Thủ tướng Chính phủ");
  // cd-230-2025-ttg.txt
  d = Before("Ngày 22/10/2025, tại Thông báo số 569/TB-VPCP của", "Thông báo");
  EXPECT_EQ(d.date.value_or(""), "2025-10-22");
  // nothing said
  d = Before("triển khai thực hiện Chỉ thị số 34-CT/TW", "Chỉ thị");
  EXPECT_FALSE(d.issuer);
  EXPECT_FALSE(d.date);
}

TEST(ReferenceContext, Drafts) {
  const std::string text = "góp ý dự thảo Nghị định và Nghị định số 12";
  EXPECT_TRUE(IsDraftBefore(text, text.find("Nghị định")));
  EXPECT_FALSE(IsDraftBefore(text, text.rfind("Nghị định")));
}

TEST(ReferenceContext, CitedDirectly) {
  // qd-1627-2025-quang-ngai.txt: an article of the law
  const std::string text = "theo quy định tại Điều 40 Luật Kế toán năm 2015";
  EXPECT_TRUE(CitedDirectly(text, text.find("Luật")));
  const std::string other = "quy định chi tiết một số điều của Luật Kế toán";
  EXPECT_FALSE(CitedDirectly(other, other.find("Luật")));
}

TEST(ReferenceContext, Relations) {
  auto relation = [](const std::string& text) {
    return RelationBefore(text, text.find("Nghị định số"));
  };
  EXPECT_EQ(relation("Căn cứ Nghị định số 123/2020/NĐ-CP"), "can_cu");
  EXPECT_EQ(relation("Quyết định này thay thế Nghị định số 1"), "replaces");
  EXPECT_EQ(relation("Bãi bỏ Nghị định số 1"), "cites");  // the cue is printed in lower case
  EXPECT_EQ(relation("Điều 2. bãi bỏ Nghị định số 1"), "repeals");
  EXPECT_EQ(relation("sửa đổi, bổ sung một số điều của Nghị định số 1"), "amends");
  EXPECT_EQ(relation("(được sửa đổi, bổ sung bởi Nghị định số 4)"), "cites");
  EXPECT_EQ(relation("Thông tư hướng dẫn Nghị định số 1"), "guides");
  EXPECT_EQ(relation("tổ chức triển khai Nghị định số 1"), "implements");
  EXPECT_EQ(relation("theo Nghị định số 1"), "cites");
}

}  // namespace
}  // namespace vanban
