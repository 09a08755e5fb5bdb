#include "extractors/law_titles.h"

#include <gtest/gtest.h>

#include <string>

namespace vanban {
namespace {

struct TitleCase {
  const char* text;
  const char* type;  // "" when no title is read
  const char* title;
  const char* key;
};

const TitleCase kCases[] = {
    // seeds/000: the year after the title stays out; laws.tsv writes the capitals
    {"Luật thi đua, khen thưởng năm 2022", "luat", "Luật Thi đua, khen thưởng",
     "Luật Thi đua, khen thưởng"},
    // cv-5333-2025-cs.txt: a short form stays as printed and stands for the full title
    {"Luật Thuế GTGT và các văn bản", "luat", "Luật Thuế GTGT", "Luật Thuế giá trị gia tăng"},
    // ocr-q32-ttr-0-ubnd.txt: OCR lost tone marks; the written form is used
    {"Luật Tô chức chính quyên địa phương ngày 19/6/2015", "luat",
     "Luật Tổ chức chính quyền địa phương", "Luật Tổ chức chính quyền địa phương"},
    // nd-249-2025-cp.txt: an amending law takes the laws it amends into its title
    {"Luật sửa đổi, bổ sung một số điều của Luật Cán bộ, công chức và Luật Viên chức số "
     "52/2019/QH14",
     "luat", "Luật sửa đổi, bổ sung một số điều của Luật Cán bộ, công chức và Luật Viên chức",
     "Luật sửa đổi, bổ sung một số điều của Luật Cán bộ, công chức và Luật Viên chức"},
    // a title not in laws.tsv ends at the words that end names
    {"Luật Thực hiện chính sách mới thì", "luat", "Luật Thực hiện chính sách", ""},
    // nq-000032.txt
    {"Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam đã được sửa đổi", "hien_phap",
     "Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam", ""},
    // cv-2025-e42103.txt: a code
    {"Bộ luật Lao động về điều kiện lao động", "bo_luat", "Bộ luật Lao động", ""},
    // seeds/003, kh-0124-dak-lak.txt: congress resolutions
    {"Nghị quyết Đại hội Đảng toàn quốc lần thứ XIII, Nghị quyết", "nghi_quyet",
     "Nghị quyết Đại hội Đảng toàn quốc lần thứ XIII", "đại hội toàn quốc 13"},
    {"Nghị quyết đại hội lần thứ XIII của Đảng; tăng tốc", "nghi_quyet",
     "Nghị quyết đại hội lần thứ XIII của Đảng", "đại hội toàn quốc 13"},
    // a law cited by number only: an empty title
    {"Luật số 90/2025/QH15", "luat", "", ""},
    // no title: the law in general, a lawyer, a count, another document's name
    {"Luật này có hiệu lực", "", "", ""},
    {"Luật sư Nguyễn Văn A", "", "", ""},
    {"Luật Nghị định Quyết định của TTgCP", "", "", ""},
    {"Nghị quyết số 12/NQ-CP", "", "", ""},
    // a treaty needs a title of three words
    {"Hiệp định từ................đến", "", "", ""},
};

TEST(LawTitles, TableOfTitles) {
  for (const TitleCase& c : kCases) {
    auto m = MatchTitle(c.text, 0);
    if (*c.type == '\0') {
      EXPECT_FALSE(m) << c.text << " -> " << (m ? m->title : "");
      continue;
    }
    ASSERT_TRUE(m) << c.text;
    EXPECT_EQ(m->type, c.type) << c.text;
    EXPECT_EQ(m->title, c.title) << c.text;
    if (*c.key != '\0') {
      EXPECT_EQ(m->key, c.key) << c.text;
    }
  }
}

TEST(LawTitles, KindWordAtTheEndOfALine) {
  // cv-2025-e42103.txt: "Bộ luật\nLao động".
  const std::string text = "Điều 119 Bộ luật\nLao động\" để phù hợp";
  auto m = MatchTitle(text, text.find("Bộ"));
  ASSERT_TRUE(m);
  EXPECT_EQ(m->title, "Bộ luật Lao động");
}

}  // namespace
}  // namespace vanban
