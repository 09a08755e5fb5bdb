#include "pipeline/normalize/line_join.h"

#include <gtest/gtest.h>

#include <map>
#include <vector>

#include "corpus_files.h"
#include "expect_mapping.h"
#include "pipeline/normalize/normalize.h"

namespace vanban {
namespace {

struct JoinCase {
  std::string text;  // lines as the earlier passes leave them
  std::string joined;
  std::vector<Mapping> mappings;
};

// Short texts: the rules that need no wrap width. The lines are real ones from the corpus.
TEST(JoinLines, TableOfCases) {
  const std::vector<JoinCase> cases = {
      // Must join: a lower-case continuation, a number after "số"/"ngày", a bare marker.
      {"Hà Nội, ngày 20\ntháng 11 năm 2025",
       "Hà Nội, ngày 20 tháng 11 năm 2025",
       {{"20 tháng", "20\ntháng"}}},
      {"Căn cứ Điều 34 Luật Doanh nghiệp\nsố 59/2020/QH14 quy định về tài sản góp vốn;",
       "Căn cứ Điều 34 Luật Doanh nghiệp số 59/2020/QH14 quy định về tài sản góp vốn;",
       {{"nghiệp số", "nghiệp\nsố"}}},
      {"Nghị quyết số\n44/2022/TT- BTC", "Nghị quyết số 44/2022/TT- BTC", {{" 44", "\n44"}}},
      {"Số:\n48/2025/QĐ-UBND", "Số: 48/2025/QĐ-UBND", {{" ", "\n"}}},
      {"V/v hướng dẫn chính sách thuế\ncho các dự án đầu tư",
       "V/v hướng dẫn chính sách thuế cho các dự án đầu tư",
       {{"thuế cho", "thuế\ncho"}}},
      {"Điều 1.\nPhạm vi điều chỉnh", "Điều 1. Phạm vi điều chỉnh", {}},
      {"Điều 1. Phê\nduyệt Danh mục địa điểm", "Điều 1. Phê duyệt Danh mục địa điểm", {}},
      {"Nơi nhận:\n-\nNhư trên;", "Nơi nhận:\n- Như trên;", {{"- Như", "-\nNhư"}}},
      {"Thành phố Hồ\nChí Minh, ngày 19 tháng 11 năm 2025",
       "Thành phố Hồ Chí Minh, ngày 19 tháng 11 năm 2025",
       {}},
      {"Căn cứ khoản 25\nĐiều 5 Luật Thuế GTGT số 48/2024/QH15;",
       "Căn cứ khoản 25 Điều 5 Luật Thuế GTGT số 48/2024/QH15;",
       {}},
      {"cổ vật (Mã\nTTHC: 1.001123);", "cổ vật (Mã TTHC: 1.001123);", {}},
      {"SỞ GIÁO DỤC VÀ\nĐÀO TẠO", "SỞ GIÁO DỤC VÀ ĐÀO TẠO", {}},
      // Must keep: paragraphs, headings, list items, sentence ends, the header block.
      {"Điều 1. Phạm vi.\n\nĐiều 2. Đối tượng.", "Điều 1. Phạm vi.\n\nĐiều 2. Đối tượng.", {}},
      {"CHỈ THỊ\nVề việc tăng cường công tác", "CHỈ THỊ\nVề việc tăng cường công tác", {}},
      {"QUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo", "QUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo", {}},
      {"các nội dung sau\n- Nội dung 1;\na) Nội dung a\n1. Mục tiêu\n2.1. Chỉ tiêu\n(1) Một",
       "các nội dung sau\n- Nội dung 1;\na) Nội dung a\n1. Mục tiêu\n2.1. Chỉ tiêu\n(1) Một",
       {}},
      {"Chương I\nQUY ĐỊNH CHUNG", "Chương I\nQUY ĐỊNH CHUNG", {}},
      {"ỦY BAN NHÂN DÂN\nTỈNH BẮC NINH\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
       "Độc lập - Tự do - Hạnh phúc\n---------------\nSố: 471/QĐ-UBND\n"
       "Bắc Ninh, ngày 28 tháng 11 năm 2025\nQUYẾT ĐỊNH",
       "ỦY BAN NHÂN DÂN\nTỈNH BẮC NINH\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
       "Độc lập - Tự do - Hạnh phúc\n---------------\nSố: 471/QĐ-UBND\n"
       "Bắc Ninh, ngày 28 tháng 11 năm 2025\nQUYẾT ĐỊNH",
       {}},
      {"V/v hướng dẫn góp vốn điều lệ\nHà Nội, ngày 20",
       "V/v hướng dẫn góp vốn điều lệ\nHà Nội, ngày 20",
       {}},
      {"Nơi nhận:\n- Như Điều 3;\n- Lưu: VT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Văn An",
       "Nơi nhận:\n- Như Điều 3;\n- Lưu: VT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Văn An",
       {}},
      {"hướng dẫn góp vốn điều lệ.\nVề vấn đề này",
       "hướng dẫn góp vốn điều lệ.\nVề vấn đề này",
       {}},
      {"trưng tập trực tiếp không quá 15 ngày\n200.000 đồng/người",
       "trưng tập trực tiếp không quá 15 ngày\n200.000 đồng/người",
       {}},
      {"", "", {}},
  };
  for (const JoinCase& c : cases) {
    SCOPED_TRACE(c.text);
    const TextPass pass = JoinLines(c.text);
    EXPECT_EQ(pass.text, c.joined);
    for (const Mapping& m : c.mappings) ExpectMapping(pass.text, pass.map, c.text, m);
  }
}

TEST(JoinLines, WrapWidthIsMeasuredPerDocument) {
  const auto width = [](const std::string& name) {
    StatusOr<TextPass> lines = NormalizeWithinLines(ReadTestFile(CorpusFile(name)));
    return lines.ok() ? EstimateWrapWidth(lines->text) : 0;
  };
  EXPECT_EQ(width("cv-5348-2025-cs.txt"), 81u);  // hard-wrapped near 80 code points
  EXPECT_EQ(width("qd-36-2025-ttg.txt"), 0u);    // one paragraph per line
  EXPECT_EQ(width("ct-1980-tvpl.txt"), 0u);
}

// A line break of the real corpus, cited as it appears (after normalization of characters):
// the end of one line, the start of the next, and whether they must be joined.
struct CorpusBreak {
  const char* file;
  const char* before;
  const char* after;
  bool join;
};

constexpr CorpusBreak kCorpusBreaks[] = {
    // Must join.
    {"cv-5348-2025-cs.txt", "của Thuế tỉnh Quảng", "Trị về việc hướng dẫn", true},
    {"cv-5348-2025-cs.txt", "Căn cứ tại Điều 34 Luật Doanh nghiệp", "số 59/2020/QH14", true},
    {"cv-5348-2025-cs.txt", "Hà Nội, ngày 20", "tháng 11 năm 2025", true},
    {"cv-5348-2025-cs.txt", "Cục Thuế có ý kiến như", "sau:", true},
    {"qd-471-2025-bac-ninh.txt", "Điều 2. Sở", "Công Thương có trách nhiệm", true},
    {"qd-471-2025-bac-ninh.txt", "Căn cứ Luật Tổ chức chính", "quyền địa phương", true},
    {"qd-471-2025-bac-ninh.txt", "Căn cứ Nghị định số", "81/2018/NĐ-CP", true},
    {"qd-471-2025-bac-ninh.txt", "Theo đề nghị của Giám đốc", "Sở Công Thương tại Tờ trình", true},
    {"qd-471-2025-bac-ninh.txt", "TỔ CHỨC HỘI CHỢ,", "TRIỂN LÃM THƯƠNG MẠI VÀ", true},
    {"cd-220-2025-ttg.txt", "Hà Nội, ngày 18", "tháng 11 năm 2025", true},
    {"cd-230-2025-ttg.txt", "Nghị quyết số", "170/2024/QH15. Đến nay", true},
    {"cd-230-2025-ttg.txt", "tại Báo cáo số 2554/BC-TTCP ngày", "17/10/2025 của Thanh tra", true},
    {"cv-11414-2025-cn.txt", "V/v đẩy nhanh tiến độ Dự án đường cao tốc", "Bến Lức - Long Thành",
     true},
    {"cv-11414-2025-cn.txt", "Xét đề nghị của Bộ Xây dựng tại văn bản số", "308/BC-BXD ngày 13",
     true},
    {"cv-2025-416ea2.txt", "Số:", "5662/CT-CS", true},
    {"cv-2025-416ea2.txt", "- Tại khoản 3 Điều 7 Thông tư số", "103/2014/TT-BTC", true},
    {"kh-159-2022-can-tho.txt", "Ủy ban nhân dân thành phố Cần", "Thơ ban hành Kế hoạch", true},
    {"kh-980-2025-nghe-an.txt", "Sở Khoa học và", "Công nghệ", true},
    {"kl-212-2025.txt", "CỦA BỘ CHÍNH TRỊ,", "BAN BÍ THƯ", true},
    {"kh-235-thanh-hoa.txt", "Môi trường nuôi cá lồng nước", "ngọt", true},
    {"qd-2031-2013-cao-bang.txt", "(Mã", "TTHC: 1.001123);", true},
    {"tb-627-2025-vpcp.txt", "dịp Tết dương lịch", "2026 và Tết Bính Ngọ.", true},
    {"qd-2025-gia-lai.txt", "Số:", "48/2025/QĐ-UBND", true},
    {"qd-2025-gia-lai.txt", "Gia Lai, ngày", "25 tháng 11 năm 2025", true},
    {"qd-2025-gia-lai.txt", "Điều 1.", "Phạm vi điều chỉnh", true},
    {"kh-0124-dak-lak.txt", "I. MỤC ĐÍCH,", "YÊU CẦU", true},
    {"kh-0124-dak-lak.txt", "Thực hiện Quyết định số", "2437/QĐ-TTg ngày 04/11/2025", true},
    // Must keep.
    {"cv-5348-2025-cs.txt", "BỘ TÀI CHÍNH", "CỤC THUẾ", false},
    {"cv-5348-2025-cs.txt", "CỘNG HÒA XÃ HỘI", "CHỦ NGHĨA VIỆT NAM", false},
    {"cv-5348-2025-cs.txt", "Độc lập - Tự do - Hạnh phúc", "---------------", false},
    {"cv-5348-2025-cs.txt", "V/v hướng dẫn góp vốn điều lệ", "Hà Nội, ngày 20", false},
    {"cv-5348-2025-cs.txt", "Kính gửi: Thuế tỉnh Quảng Trị.", "Cục Thuế nhận được", false},
    {"cv-5348-2025-cs.txt", "quy định về tài sản góp vốn;", "Căn cứ tại Điều 35", false},
    {"cv-5348-2025-cs.txt", "Nơi nhận:", "- Như trên;", false},
    {"cv-5348-2025-cs.txt", "TL. CỤC TRƯỞNG", "KT. TRƯỞNG BAN", false},
    {"cv-5348-2025-cs.txt", "PHÓ TRƯỞNG BAN", "Phạm Thị Minh Hiền", false},
    {"qd-471-2025-bac-ninh.txt", "ỦY BAN NHÂN DÂN TỈNH BẮC NINH", "Căn cứ Luật Tổ chức", false},
    {"qd-471-2025-bac-ninh.txt", "TRÊN ĐỊA BÀN TỈNH BẮC NINH NĂM 2026",
     "ỦY BAN NHÂN DÂN TỈNH BẮC NINH", false},
    {"qd-471-2025-bac-ninh.txt", "QUYẾT ĐỊNH:", "Điều 1. Phê", false},
    {"qd-471-2025-bac-ninh.txt", "(Chi tiết tại Phụ lục kèm theo)", "Điều 2. Sở", false},
    {"qd-2025-gia-lai.txt", "1. Phạm vi điều chỉnh", "Quyết định này quy định", false},
    {"qd-2025-gia-lai.txt", "Số TT", "Tên đồ dùng", false},
    {"tt-0dc87a.txt", "PHÓ THỐNG ĐỐC", "Phạm Tiến Dũng", false},
    {"nq-000032.txt", "Ủy ban Văn hóa và Xã hội của Quốc hội", "Hội đồng Dân tộc, các Ủy ban khác",
     false},
    {"qd-36-2025-ttg.txt", "2. Tiêu chí xác định ngành kinh tế", "Ngành kinh tế là tập hợp", false},
    {"nd-249-2025-cp.txt", "Điều 12. Kinh phí thực hiện", "Kinh phí chi trả chế độ", false},
    {"cd-230-2025-ttg.txt", "ngày 22/7/2025 trước ngày 26/11/2025.", "2. Bộ trưởng, Thủ trưởng",
     false},
    {"kh-235-thanh-hoa.txt", "- Các sở: Nông nghiệp và Môi trường, Tài chính;",
     "- Chi cục Biển đảo và Thủy sản;", false},
    {"nq-80-2025-ha-noi.txt", "CỘNG HÒA XÃ HỘI", "CHỦ NGHĨA VIỆT NAM", false},
    {"cv-2025-f846e8.txt", "thời điểm lập hóa đơn theo quy định.", "Cục Thuế có ý kiến để Thuế TP.",
     false},
    {"qd-1520-2025-bac-ninh.txt", "GIỚI HÀNH CHÍNH", "(Kèm theo Quyết định số", false},
};

TEST(JoinLines, RealBreaksInTheirDocuments) {
  std::map<std::string, Document> documents;
  for (const CorpusBreak& b : kCorpusBreaks) {
    SCOPED_TRACE(std::string(b.file) + ": " + b.before + " | " + b.after);
    auto [it, inserted] = documents.try_emplace(b.file);
    Document& doc = it->second;
    if (inserted) {
      doc.raw_text = ReadTestFile(CorpusFile(b.file));
      ASSERT_FALSE(doc.raw_text.empty());
      ASSERT_TRUE(Normalize(doc).ok());
    }
    // The citation is a real break of the raw text.
    ASSERT_NE(doc.raw_text.find(b.before), std::string::npos);
    ASSERT_NE(doc.raw_text.find(b.after), std::string::npos);
    if (!b.join) {
      EXPECT_NE(doc.text.find(std::string(b.before) + "\n" + b.after), std::string::npos)
          << "not kept";
      continue;
    }
    // Joined: the space between the two lines maps back to the raw line break.
    const std::string joined = std::string(b.before) + " " + b.after;
    bool found = false;
    for (size_t at = doc.text.find(joined); at != std::string::npos && !found;
         at = doc.text.find(joined, at + 1)) {
      const size_t space = at + std::string_view(b.before).size();
      const Span raw = doc.offsets.ToSource({space, space + 1});
      found = doc.raw_text.substr(raw.begin, raw.size()) == "\n";
    }
    EXPECT_TRUE(found) << "not joined";
  }
}

}  // namespace
}  // namespace vanban
