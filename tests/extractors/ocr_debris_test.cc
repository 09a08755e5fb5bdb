#include "extractors/ocr_debris.h"

#include <gtest/gtest.h>

#include <string>

namespace vanban {
namespace {

std::string Cleaned(std::string_view subject) {
  return JoinSubjectWords(DropOcrDebris(SplitSubjectWords(subject)));
}

struct ShapeCase {
  const char* word;
  WordShape shape;
};

TEST(OcrDebris, WordShapes) {
  const ShapeCase cases[] = {
      {"tăng", WordShape::kWord},        {"Quảng", WordShape::kWord},
      {"gay:", WordShape::kWord},        {"2024", WordShape::kCode},
      {"12/12/2011,", WordShape::kCode}, {"39/2011/NQ-HĐND", WordShape::kCode},
      {"COVID-19", WordShape::kCode},    {"Covid-19,", WordShape::kCode},
      {"UBND", WordShape::kCode},        {"KT-XH", WordShape::kCode},
      {"Dengue", WordShape::kCode},      {"-", WordShape::kPunctuation},
      {"ị", WordShape::kWeak},           {"CV", WordShape::kWeak},
      {"T56", WordShape::kWeak},         {"\"L2", WordShape::kWeak},
      {"4", WordShape::kWeak},           {"^?", WordShape::kNoise},
      {"¡", WordShape::kNoise},          {"Ñ", WordShape::kNoise},
      {"bš", WordShape::kNoise},         {":cÓ", WordShape::kNoise},
      {"Nøãi", WordShape::kNoise},
  };
  for (const ShapeCase& c : cases) EXPECT_EQ(ClassifyWord(c.word), c.shape) << c.word;
}

TEST(OcrDebris, StampDebrisInsideAndAfterTheSubject) {
  // ocr-q25-ct-2018-qn.txt: a stamp over the subject's second line and under it.
  EXPECT_EQ(Cleaned("Về việc tăng cường công tác thi hành án hành chính\n"
                    "CV T56 \"L2 ị trên địa bàn tỉnh Quảng Ngãi\n"
                    "lụ ^? Ñ gay: :cÓ /F ¡ bš Í 4"),
            "Về việc tăng cường công tác thi hành án hành chính trên địa bàn tỉnh Quảng Ngãi");
}

TEST(OcrDebris, ALoneMisreadWordIsNoDebris) {
  // ocr-q11-bc-22-ubnd.txt
  std::string_view s =
      "Tình hình, kết quả thực hiện công tác cải cách thủ tục hành chính tháng 01/2025 của "
      "tỉnh Quảng Nøãi";
  EXPECT_EQ(Cleaned(s), s);
}

TEST(OcrDebris, CleanSubjectsStay) {
  const char* subjects[] = {
      // corpus/real and shared corpus/real subjects.
      "Về việc ban hành Nghị quyết bãi bỏ các Nghị quyết: Số 39/2011/NQ-HĐND ngày 12/12/2011, "
      "số 27/2017/NQ-HĐND ngày 14/7/2017 của Hội đồng nhân dân tỉnh Quảng Ngãi",
      "Về việc tăng cường các biện pháp bảo đảm đón Tết Nguyên đán Nhâm Dần-năm 2022 đầm ấm, an "
      "toàn và tiết kiệm trên địa bàn tỉnh",
      "Về việc kinh phí thực hiện hỗ trợ quà Tết cho hộ nghèo, cận nghèo trên địa bàn tỉnh nhân "
      "dịp Tết nguyên đán Ất Ty - năm 2025",
      "V/v góp ý dự thảo Quyết định sửa đổi, bổ sung một số điều của Quyết định số 2269/QĐ-TTg về "
      "Chương trình cung cấp dịch vụ viễn thông công ích",
      "Về việc chuyển mục đích sử dụng đất để thực hiện dự án Trường Mầm non thị trấn Mộ Đức "
      "(giai đoạn 1) tại thị trấn Mộ Đức, huyện Mộ Đức",
      "V/v đăng ký bổ sung nội dung trình HĐND tỉnh tại kỳ họp thứ 31",
      "V/v công bố Danh mục TTHC và xây dựng quy trình nội bộ giải quyết TTHC",
      "Kết luận của Phó Chủ tịch UBND tỉnh Võ Phiên tại cuộc họp nghe báo cáo tiến độ triển "
      "khai thực hiện 02",
      "Về việc đề nghị giao dự toán năm 2025 cho Sở Dân tộc - Tôn giáo tỉnh (sau khi HĐND tỉnh "
      "ban hành Nghị quyết đổi tên cơ quan)",
      "Kết luận của Phó Chủ tịch UBND tỉnh Võ Phiên tại cuộc họp nghe báo cáo về tình hình thực "
      "hiện công tác cổ phần hóa Công ty TNHH MTV Đầu tư, Xây dựng và Kinh doanh dịch vụ Quảng "
      "Ngãi trong thời gian qua và nhiệm vụ trọng tâm trong thời gian đến",
      "V/V CHỦ ĐỘNG PHÒNG, TRÁNH, ỨNG PHÓ BÃO SỐ 15 NĂM 2025",
      "V/v đẩy nhanh tiến độ Dự án đường cao tốc Bến Lức - Long Thành và Dự án đường cao tốc "
      "Biên Hòa - Vũng Tàu giai đoạn 1 thuộc nhiệm vụ của Đoàn kiểm tra số 06",
      "V/v Mẫu tờ khai liên quan đến thực hiện Nghị quyết số 98/2023/QH15",
      "PHÁT ĐỘNG PHONG TRÀO THI ĐUA THỰC HIỆN THÀNH CÔNG CUỘC BẦU CỬ ĐẠI BIỂU QUỐC HỘI KHÓA XVI "
      "VÀ ĐẠI BIỂU HĐND CÁC CẤP NHIỆM KỲ 2026 - 2031",
      "BAN HÀNH KẾ HOẠCH TRIỂN KHAI QUYẾT ĐỊNH SỐ 06/QĐ-TTG NGÀY 02 THÁNG 01 NĂM 2025 CỦA THỦ "
      "TƯỚNG CHÍNH PHỦ VÀ QUYẾT ĐỊNH SỐ 3103/QĐ-BTC NGÀY 05 THÁNG 9 NĂM 2025 CỦA BỘ TÀI CHÍNH",
      "Sửa đổi, bổ sung một số điều của Thông tư liên tịch số "
      "10/2018/TTLT-BTP-BCA-BQP-BTC-TANDTC-VKSNDTC ngày 29 tháng 6 năm 2018 quy định về phối "
      "hợp thực hiện trợ giúp pháp lý trong hoạt động tố tụng",
      "V/v Chính sách thuế GTGT",
      "V/v hướng dẫn áp dụng quy định tại Điều 162 Luật DN 2014",
      "TÀI CHÍNH - NGÂN SÁCH NHÀ NƯỚC 03 NĂM 2026 - 2028 TỈNH CÀ MAU",
      "V/v đề xuất giải pháp tháo gỡ khó khăn trong việc triển khai Nghị định 136/2025/NĐ-CP",
      "Ban hành Hướng dẫn chẩn đoán bệnh sốt xuất huyết Dengue",
      "Tình hình kinh tế - xã hội tháng 10 năm 2024",
      "VỀ VIỆC CHO PHÉP NGƯỜI VIỆT NAM ĐỦ ĐIỀU KIỆN VÀO CHƠI CASINO TẠI MỘT SỐ DỰ ÁN KINH DOANH "
      "CASINO",
      "KẾT LUẬN CỦA BỘ CHÍNH TRỊ, BAN BÍ THƯ VỀ ĐỊNH HƯỚNG XÂY DỰNG TIÊU CHUẨN CỦA ĐƠN VỊ HÀNH "
      "CHÍNH",
      // Lines of corpus documents with codes a subject may hold.
      "thích ứng an toàn, linh hoạt, kiểm soát hiệu quả dịch Covid-19 trên địa bàn",
      "khó khăn, người sinh sống vùng KT-XH ĐBKK, xã đảo, thị trấn đảo",
  };
  for (const char* s : subjects) EXPECT_EQ(Cleaned(s), s);
}

}  // namespace
}  // namespace vanban
