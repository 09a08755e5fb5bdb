#include "extractors/subject_head.h"

#include <gtest/gtest.h>

#include <string>

namespace vanban {
namespace {

std::string Restored(std::string_view subject) {
  return JoinSubjectWords(RestoreSubjectHead(SplitSubjectWords(subject)));
}

struct HeadCase {
  const char* printed;
  const char* restored;
};

TEST(SubjectHead, OcrDamagedHeadsTakeTheirProperForm) {
  const HeadCase cases[] = {
      // ocr-q14-ct-qn.txt: glued.
      {"Vềviệc tăng cường công tác phòng, chống tham nhũng, tiêu cực",
       "Về việc tăng cường công tác phòng, chống tham nhũng, tiêu cực"},
      // ocr-q34-ct-2-ubnd.txt: glued, a mark swapped, a comma of debris before it.
      {",Vêviệc triển khai thực hiện mở rộng nộp thuế điện tử",
       "Về việc triển khai thực hiện mở rộng nộp thuế điện tử"},
      // ocr-q31-bc-418-ubnd.txt: the grave read as a dot below.
      {"Vệ việc điều chỉnh dự toán ngân sách của một số đơn vị dự toán năm 2024",
       "Về việc điều chỉnh dự toán ngân sách của một số đơn vị dự toán năm 2024"},
      // ocr-q35-ttr-qn.txt: "Về" read as "và".
      {"và việc miễn nhiệm chức danh Ủy viên", "Về việc miễn nhiệm chức danh Ủy viên"},
      {"Về viêc tăng cường", "Về việc tăng cường"},
      {"VÊ VIỆC CÔNG BỐ DANH MỤC", "VỀ VIỆC CÔNG BỐ DANH MỤC"},
      {"Vê tăng cường chỉ đạo Kỳ thi", "Về tăng cường chỉ đạo Kỳ thi"},
      {"Vềtăng cường chỉ đạo", "Về tăng cường chỉ đạo"},
      {"V/vgóp ý dự thảo Quyết định", "V/v góp ý dự thảo Quyết định"},
  };
  for (const HeadCase& c : cases) EXPECT_EQ(Restored(c.printed), c.restored) << c.printed;
}

TEST(SubjectHead, HeadsPrintedRightAndOtherOpeningsStay) {
  const char* subjects[] = {
      "Về việc triển khai sử dụng hóa đơn điện tử trên địa bàn tỉnh Quảng Ngãi",  // ocr-q08
      "về việc công nhận địa bàn trọng điểm, phức tạp",                           // ocr-q03
      "VỀ VIỆC CÔNG BỐ DANH MỤC THỦ TỤC HÀNH CHÍNH",            // qd-2666-2017-can-tho.txt
      "V/v hướng dẫn góp vốn điều lệ",                          // cv-5348-2025-cs.txt
      "V/V CHỦ ĐỘNG PHÒNG, TRÁNH, ỨNG PHÓ BÃO SỐ 15 NĂM 2025",  // cd-231-2025-ttg.txt
      "v/v trả lời phản ánh kiến nghị",                         // cv-5387-2025-cs.txt
      "V/v: Chính sách thuế TNCN",                              // cv-5331-2025-cs.txt
      "VỀ VIỆN TRỢ CỦA VIỆT NAM CHO NƯỚC NGOÀI",                // nd-92e7ae.txt
      "Về tăng cường chỉ đạo Kỳ thi tốt nghiệp trung học phổ thông năm 2021",
      "VỀ CÔNG TÁC ĐO ĐẠC, PHÂN HẠNG VÀ ĐĂNG KÝ RUỘNG ĐẤT TRONG CẢ NƯỚC",  // ct-1980-tvpl.txt
      "Vệ sinh an toàn thực phẩm",
      "Quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng",
      "Kết luận của Phó Chủ tịch UBND tỉnh Võ Phiên tại cuộc họp",  // ocr-q23
  };
  for (const char* s : subjects) EXPECT_EQ(Restored(s), s);
}

TEST(SubjectHead, SplitWordsGetTheirPartOfTheSpan) {
  std::string_view printed = ",Vêviệc triển khai";
  std::vector<SubjectWord> words = RestoreSubjectHead(SplitSubjectWords(printed));
  ASSERT_EQ(words.size(), 4u);
  EXPECT_EQ(printed.substr(words[0].span.begin, words[0].span.size()), "Vê");
  EXPECT_EQ(printed.substr(words[1].span.begin, words[1].span.size()), "việc");
}

}  // namespace
}  // namespace vanban
