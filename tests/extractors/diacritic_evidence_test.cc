#include "extractors/diacritic_evidence.h"

#include <gtest/gtest.h>

#include <string>

namespace vanban {
namespace {

// The subject is the text's first line; the rest of the text is the document around it.
std::string Restored(const std::string& text) {
  size_t end = text.find('\n');
  std::vector<SubjectWord> words = SplitSubjectWords(text, {{0, end}});
  return JoinSubjectWords(RestoreDiacritics(words, text));
}

std::string FirstLine(const std::string& text) { return text.substr(0, text.find('\n')); }

struct EvidenceCase {
  std::string text;      // subject line, then lines of the same document
  std::string restored;  // the subject
};

TEST(DiacriticEvidence, TheDocumentsFormWins) {
  const EvidenceCase cases[] = {
      // ocr-q27-ct-qn.txt: "Nhâm Dần" many times in the body, "Nhâm Dằn" once more.
      {"đón Tết Nguyên đán Nhâm Dằn-năm 2022 đầm ấm, an toàn và tiết kiệm\n"
       "Tết Nguyên đán Nhâm Dằn-năm 2022 đảm bảo đầm ấm, lành mạnh, an toàn,\n"
       "trong dịp Tết Dương lịch, Tết Nguyên đán Nhâm Dần và Lễ hội xuân năm\n"
       "việc tổ chức Tết Nhâm Dân năm 2022, Công điện số 1725/CĐ-TTg ngày\n"
       "riêng dịp cuôi năm và Tết Nguyên đán Nhâm Dần — năm 2022; phối hợp với\n"
       "Nguyên đán Nhâm Dần năm 2022; kịp thời phát hiện, xử lý nghiêm mọi hành\n"
       "tự, an toàn giao thông trong dịp Tết Dương lịch, Tết Nguyên đán Nhâm Dần\n",
       "đón Tết Nguyên đán Nhâm Dần-năm 2022 đầm ấm, an toàn và tiết kiệm"},
      // ocr-q37-ttr-qn.txt: "tổng thể" four times, "tông thể" once more.
      {"Quy hoạch tông thể phát triển du lịch tỉnh Quảng Ngãi đến năm 2020,\n"
       "ngày 10/12/2013 của HĐND tỉnh về việc thông qua Quy hoạch tổng thể phát\n"
       "tỉnh vê việc thông qua Quy hoạch tông thể phát triển du lịch tỉnh Quảng Ngãi\n"
       "điểm b khoản này”. Do vậy, Quy hoạch tổng thể phát triển du lịch tỉnh Quảng\n"
       "của HĐND tỉnh về việc thông qua Quy hoạch tổng thể phát triển du lịch tỉnh\n"
       "ngày 10/12/2013 của HĐND tỉnh về việc thông qua Quy hoạch tổng thể phát\n",
       "Quy hoạch tổng thể phát triển du lịch tỉnh Quảng Ngãi đến năm 2020,"},
      // The letter case of the subject is kept.
      {"TẾT NGUYÊN ĐÁN NHÂM DẰN\nTết Nguyên đán Nhâm Dần\nTết Nguyên đán Nhâm Dần\n",
       "TẾT NGUYÊN ĐÁN NHÂM DẦN"},
  };
  for (const EvidenceCase& c : cases) EXPECT_EQ(Restored(c.text), c.restored) << c.text;
}

TEST(DiacriticEvidence, WithoutAClearMajorityTheSubjectStays) {
  const std::string texts[] = {
      // ocr-q22-ct-2021-qn.txt: "phổ thông" twice, "phố thông" once more: no clear majority.
      "Về tăng cường chỉ đạo Kỳ thi tốt nghiệp trung học phố thông\n"
      "tướng Chính phủ về tăng cường chỉ đạo Kỳ thi tốt nghiệp trung học phố\n"
      "thông và tuyển sinh đại học, giáo dục nghề nghiệp năm 202]; Thông tư\n"
      "trưởng Bộ Giáo dục và Đào tạo; để Kỳ thi tốt nghiệp trung học phổ thông\n"
      "Kỳ thi tốt nghiệp trung học phổ thông năm 2021 diễn ra an toàn\n",
      // Once elsewhere is not evidence.
      "Về việc thụ lý giải quyết khiếu nại lần hai\nđã thụ lý giải quyết khiếu nai lần hai\n",
      // A form without marks is never taken (a body typed without diacritics).
      "Về việc tăng cường công tác\ntang cuong cong tac\ntang cuong cong tac\n",
      // hd-45-2025.txt: "đúng quy" is frequent, but the document confirms "nội dung".
      "MỘT SỐ NỘI DUNG QUY ĐỊNH SỐ 377-QĐ/TW NGÀY 08/10/2025 CỦA BỘ CHÍNH TRỊ\n"
      "Để thực hiện đúng quy định, các nội dung sau cần được thống nhất.\n"
      "phải đúng quy trình, đúng quy định; nội dung nào chưa rõ thì hỏi.\n",
      // The subject's own form is what the document writes.
      "Về việc triển khai sử dụng hóa đơn điện tử trên địa bàn tỉnh Quảng Ngãi\n"
      "triển khai sử dụng hóa đơn điện tử trên địa bàn tỉnh Quảng Ngãi\n",
  };
  for (const std::string& t : texts) EXPECT_EQ(Restored(t), FirstLine(t)) << t;
}

TEST(DiacriticEvidence, SpansStayOnThePrintedWords) {
  std::string text = "Nhâm Dằn\nNhâm Dần và Nhâm Dần";
  std::vector<SubjectWord> words = RestoreDiacritics(SplitSubjectWords(text, {{0, 12}}), text);
  ASSERT_EQ(words.size(), 2u);
  EXPECT_EQ(words[1].text, "Dần");
  EXPECT_EQ(text.substr(words[1].span.begin, words[1].span.size()), "Dằn");
}

}  // namespace
}  // namespace vanban
