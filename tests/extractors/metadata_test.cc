// Whole headers and signature blocks copied from corpus/real (file named in each test), run
// through the stages a document goes through: normalize, segment, metadata.
#include "extractors/metadata.h"

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

std::string Value(const std::optional<Field>& f) { return f ? f->value : "<none>"; }

// Every field's span holds text of the document.
void ExpectSpansInside(const Document& doc) {
  const DocumentMeta& m = doc.meta;
  for (const auto* f : {&m.number, &m.issuer, &m.place, &m.issued, &m.subject, &m.signer.name,
                        &m.signer.title, &m.signer.authority}) {
    if (!*f) continue;
    EXPECT_LE((*f)->span.end, doc.text.size());
    EXPECT_FALSE((*f)->span.empty()) << (*f)->value;
  }
}

TEST(Metadata, CongVanWithVvAndStackedIssuer) {
  // cv-5348-2025-cs.txt: hard-wrapped motto and date, "V/v" under the number.
  Document doc = RunPipeline(R"(BỘ TÀI CHÍNH
CỤC THUẾ
-------
CỘNG HÒA XÃ HỘI
CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: 5348/CT-CS
V/v hướng dẫn góp vốn điều lệ
Hà Nội, ngày 20
tháng 11 năm 2025
Kính gửi: Thuế tỉnh Quảng Trị.
Cục Thuế nhận được công văn số 324/QTR-KTr2 ngày 22/7/2025 của Thuế tỉnh Quảng
Trị về việc hướng dẫn góp vốn điều lệ.
Cục Thuế có ý kiến để Thuế tỉnh Quảng Trị biết được
biết./.
Nơi nhận:
- Như trên;
- Phó CTr. Đặng Ngọc Minh (để bc);
- Lưu: VT, CS.
TL. CỤC TRƯỞNG
KT. TRƯỞNG BAN CHÍNH SÁCH, THUẾ QUỐC TẾ
PHÓ TRƯỞNG BAN
Phạm Thị Minh Hiền
)");
  const DocumentMeta& m = doc.meta;
  EXPECT_EQ(Value(m.type), "cong_van");
  EXPECT_EQ(Value(m.number), "5348/CT-CS");
  EXPECT_EQ(Value(m.issuer), "Cục Thuế");
  EXPECT_EQ(Value(m.parent_issuer), "Bộ Tài chính");
  EXPECT_EQ(Value(m.place), "Hà Nội");
  EXPECT_EQ(Value(m.issued), "2025-11-20");
  EXPECT_EQ(Value(m.subject), "V/v hướng dẫn góp vốn điều lệ");
  EXPECT_EQ(Value(m.signer.name), "Phạm Thị Minh Hiền");
  EXPECT_EQ(Value(m.signer.title), "Phó Trưởng ban");
  EXPECT_EQ(Value(m.signer.authority), "KT");
  ASSERT_EQ(m.addressees.size(), 1u);
  EXPECT_EQ(m.addressees[0].value, "Thuế tỉnh Quảng Trị");
  ASSERT_EQ(m.recipients.size(), 3u);
  EXPECT_EQ(m.recipients[2].value, "Lưu: VT, CS");
  ExpectSpansInside(doc);
}

TEST(Metadata, QuyetDinhWithWrappedIssuerAndSubject) {
  // qd-471-2025-bac-ninh.txt
  Document doc = RunPipeline(R"(ỦY BAN NHÂN
DÂN
TỈNH BẮC NINH
--------
CỘNG HÒA XÃ
HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: 471/QĐ-UBND
Bắc Ninh, ngày 28 tháng 11 năm 2025
QUYẾT ĐỊNH
VỀ VIỆC PHÊ DUYỆT DANH MỤC ĐỊA ĐIỂM TỔ CHỨC HỘI CHỢ,
TRIỂN LÃM THƯƠNG MẠI VÀ LĨNH VỰC ƯU TIÊN TỔ CHỨC HỘI CHỢ, TRIỂN LÃM THƯƠNG MẠI
TRÊN ĐỊA BÀN TỈNH BẮC NINH NĂM 2026
ỦY BAN NHÂN DÂN TỈNH BẮC NINH
Căn cứ Luật Tổ chức chính
quyền địa phương ngày 16/6/2025; *
QUYẾT ĐỊNH:
Điều 1. Phê
duyệt Danh mục địa điểm tổ chức hội chợ.
Nơi nhận:
- Như Điều 3;
- Bộ Công Thương;
+ Lưu: VT, KTTHTú.
TM. ỦY BAN
NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Phạm Văn Thịnh
PHỤ LỤC
)");
  const DocumentMeta& m = doc.meta;
  EXPECT_EQ(Value(m.type), "quyet_dinh");
  EXPECT_EQ(Value(m.number), "471/QĐ-UBND");
  EXPECT_EQ(Value(m.issuer), "Ủy ban nhân dân tỉnh Bắc Ninh");
  EXPECT_EQ(Value(m.parent_issuer), "<none>");
  EXPECT_EQ(Value(m.place), "Bắc Ninh");
  EXPECT_EQ(Value(m.issued), "2025-11-28");
  EXPECT_EQ(Value(m.subject),
            "VỀ VIỆC PHÊ DUYỆT DANH MỤC ĐỊA ĐIỂM TỔ CHỨC HỘI CHỢ, TRIỂN LÃM THƯƠNG MẠI VÀ LĨNH "
            "VỰC ƯU TIÊN TỔ CHỨC HỘI CHỢ, TRIỂN LÃM THƯƠNG MẠI TRÊN ĐỊA BÀN TỈNH BẮC NINH NĂM "
            "2026");
  EXPECT_EQ(Value(m.signer.name), "Phạm Văn Thịnh");
  EXPECT_EQ(Value(m.signer.title), "Phó Chủ tịch");
  EXPECT_EQ(Value(m.signer.authority), "KT");
  ExpectSpansInside(doc);
}

TEST(Metadata, ChiThiWithoutIssuerLines) {
  // seeds/003: the issuer lines are missing; the "TM." body and the place give it.
  Document doc = RunPipeline(R"(

Số: 02/CT - UBND

Hưng Yên, ngày 06 tháng 3 năm 2024

CHỈ THỊ

Về việc tiếp tục đẩy mạnh các phong trào thi đua yêu nước thực hiện thắng lợi kế hoạch phát triển kinh tế - xã hội năm 2024

Năm 2024 có ý nghĩa quan trọng trong việc thực hiện Nghị quyết Đại hội Đảng toàn quốc lần thứ XIII.

Nơi nhận:

- Thường trực Tỉnh ủy;
- Lưu: VT, NC^D.

**TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH**



Trần Quốc Văn
)");
  const DocumentMeta& m = doc.meta;
  EXPECT_EQ(Value(m.type), "chi_thi");
  EXPECT_EQ(Value(m.number), "02/CT-UBND");
  EXPECT_EQ(Value(m.issuer), "Ủy ban nhân dân tỉnh Hưng Yên");
  EXPECT_EQ(Value(m.place), "Hưng Yên");
  EXPECT_EQ(Value(m.issued), "2024-03-06");
  EXPECT_EQ(Value(m.subject),
            "Về việc tiếp tục đẩy mạnh các phong trào thi đua yêu nước thực hiện thắng lợi kế "
            "hoạch phát triển kinh tế - xã hội năm 2024");
  EXPECT_EQ(Value(m.signer.name), "Trần Quốc Văn");
  EXPECT_EQ(Value(m.signer.title), "Chủ tịch");
  EXPECT_EQ(Value(m.signer.authority), "TM");
}

TEST(Metadata, FlattenedTwoColumnHeader) {
  // qd-435-2020-kon-tum.txt: both header columns and the title on few lines, a source title
  // line above the document.
  Document doc = RunPipeline(
      "Quyết định 435/QĐ-UBND năm 2020\n"
      "ỦY BAN NHÂN DÂN TỈNH KON TUM -------\n"
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ---------------\n"
      "Số: 435/QĐ-UBND Kon Tum, ngày 04 tháng 5 năm 2020 QUYẾT ĐỊNH V/V BAN HÀNH CHƯƠNG TRÌNH "
      "HÀNH ĐỘNG TRIỂN KHAI KẾ HOẠCH SỐ 119-KH/TU NGÀY 18 THÁNG 12 NĂM 2019 CỦA BAN THƯỜNG VỤ "
      "TỈNH ỦY Căn cứ Luật tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n"
      "Điều 1. Ban hành kèm theo Quyết định này Chương trình hành động./.\n"
      "Nơi nhận:\n"
      "- Như điều 2;\n"
      "- Lưu VT, KGVX2.\n"
      "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Hữu Tháp CHƯƠNG TRÌNH HÀNH ĐỘNG\n");
  const DocumentMeta& m = doc.meta;
  EXPECT_EQ(Value(m.type), "quyet_dinh");
  EXPECT_EQ(Value(m.number), "435/QĐ-UBND");
  EXPECT_EQ(Value(m.issuer), "Ủy ban nhân dân tỉnh Kon Tum");
  EXPECT_EQ(Value(m.place), "Kon Tum");
  EXPECT_EQ(Value(m.issued), "2020-05-04");
  EXPECT_EQ(Value(m.subject),
            "V/V BAN HÀNH CHƯƠNG TRÌNH HÀNH ĐỘNG TRIỂN KHAI KẾ HOẠCH SỐ 119-KH/TU NGÀY 18 THÁNG "
            "12 NĂM 2019 CỦA BAN THƯỜNG VỤ TỈNH ỦY");
  EXPECT_EQ(Value(m.signer.name), "Nguyễn Hữu Tháp");
  EXPECT_EQ(Value(m.signer.title), "Phó Chủ tịch");
  EXPECT_EQ(Value(m.signer.authority), "KT");
  ASSERT_NE(doc.FindZone(ZoneKind::kChrome), nullptr);
  EXPECT_EQ(doc.Slice(doc.FindZone(ZoneKind::kChrome)->span), "Quyết định 435/QĐ-UBND năm 2020");
}

TEST(Metadata, TwoColumnLayoutFromOcr) {
  // ocr-q28-cv-507-2025-kgvx.txt: columns side by side, a signing stamp above, the
  // signature column beside the recipients.
  Document doc = RunPipeline(
      R"(                                                                      TRUNG TÂM CÔNG
                                                                      BÁO VÀ TIN HỌC
                                                                      ttcbth@quangngai.gov.vn
                                                                      24.01.2025 20:01:14
                                                                      +07:00

    ỦY BAN NHÂN DÂN                         CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
    TỈNH QUẢNG NGÃI                               Độc lập - Tự do - Hạnh phúc

   Số: 507 /UBND-KGVX                           Quảng Ngãi, ngày 24 tháng 01 năm 2025
V/v góp ý dự thảo Quyết định sửa
  đổi, bổ sung một số điều của
 Quyết định số 2269/QĐ-TTg về
 Chương trình cung cấp dịch vụ
       viễn thông công ích

                                   Kính gửi: Sở Thông tin và Truyền thông

        Theo đề nghị của Bộ Thông tin và Truyền thông tại Công văn số
  202/BTTTT-KHTC ngày 21/01/2025, tổng hợp, báo cáo (trước ngày 10/02/2025)./.

  Nơi nhận:                                             TL. CHỦ TỊCH
  - Như trên;                                      KT. CHÁNH VĂN PHÒNG
  - Bộ Thông tin và Truyền thông (b/cáo);
  - CT, PCT UBND tỉnh (b/cáo);
                                                   PHÓ CHÁNH VĂN PHÒNG
  - VPUB: CVP, PCVP, KTTH;
  - Cổng TTĐT tỉnh;
  - Lưu: VT, KGVX(bnt).



                                                         Phùng Tô Long
)");
  const DocumentMeta& m = doc.meta;
  EXPECT_EQ(Value(m.type), "cong_van");
  EXPECT_EQ(Value(m.number), "507/UBND-KGVX");
  EXPECT_EQ(Value(m.issuer), "Ủy ban nhân dân tỉnh Quảng Ngãi");
  EXPECT_EQ(Value(m.place), "Quảng Ngãi");
  EXPECT_EQ(Value(m.issued), "2025-01-24");
  EXPECT_EQ(Value(m.subject),
            "V/v góp ý dự thảo Quyết định sửa đổi, bổ sung một số điều của Quyết định số "
            "2269/QĐ-TTg về Chương trình cung cấp dịch vụ viễn thông công ích");
  EXPECT_EQ(Value(m.signer.name), "Phùng Tô Long");
  EXPECT_EQ(Value(m.signer.title), "Phó Chánh Văn phòng");
  EXPECT_EQ(Value(m.signer.authority), "KT");
  EXPECT_EQ(m.recipients.size(), 6u);
}

// The closing band of qn-cv-574-2025's scan as OCR reads it: the seal over the name took
// the tone mark of its family name.
constexpr char kClosingUnderASeal[] =
    "Đề nghị các cơ quan thực hiện./.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT, KTTH.\n\n"
    "CHỦ TỊCH\n\nNguyên Hoàng Giang\n";

TEST(Metadata, OcrFamilyNameWithMisreadToneMarks) {
  Document doc;
  doc.raw_text = kClosingUnderASeal;
  doc.pages.push_back(Page{1, Span{0, doc.raw_text.size()}, "ocr", 90.0, 300});
  EXPECT_FALSE(RunStages(doc).has_value());
  EXPECT_EQ(Value(doc.meta.signer.name), "Nguyễn Hoàng Giang");
  EXPECT_EQ(Value(doc.meta.signer.title), "Chủ tịch");
  // A text as printed keeps its name.
  EXPECT_EQ(Value(RunPipeline(kClosingUnderASeal).meta.signer.name), "Nguyên Hoàng Giang");
}

TEST(Metadata, MarksOfASealBeforeTheSignerName) {
  // qn-ct-11-2024's scan: ": " (a seal's rim) before the name, "“" glued to it.
  for (const char* name : {": Nguyễn Hoàng Giang", "“Nguyễn Hoàng Giang"}) {
    Document doc = RunPipeline(std::string("Đề nghị các cơ quan thực hiện./.\n\nNơi nhận:\n"
                                           "- Như trên;\n- Lưu: VT, KTN.\n\nCHỦ TỊCH\n\n") +
                               name + "\n");
    EXPECT_EQ(Value(doc.meta.signer.name), "Nguyễn Hoàng Giang") << name;
    ExpectSpansInside(doc);
  }
}

TEST(Metadata, OcrDayGarbledReadFromTheSigningStamp) {
  // ocr-q05-ct-44-ubnd.txt: the day is garbled; the stamp of the same month gives it.
  Document doc = RunPipeline(R"(Ký bởi: Ủy ban nhân dân tỉnh Quảng
Ngãi

Thời gian ký: 11/09/2024 19:14:21

ỦY BAN NHÂN DÂN CỌNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM

TỈNH QUẢNG NGÃI Độc lập - Tự do - Hạnh phúc
Số: 44 /CT-UBND Quảng Ngãi, ngày/1} tháng 9 năm 2024
CHỈ THỊ

Về việc tăng cường các biện pháp đảm bảo an toàn công trình cầu
giao thông trong mùa mưa, bão năm 2024 trên địa bàn tỉnh Quảng Ngãi

Cơn bão số 3 và mưa lũ sau bão vừa qua đã gây thiệt hại rất lớn.
)");
  const DocumentMeta& m = doc.meta;
  EXPECT_EQ(Value(m.type), "chi_thi");
  EXPECT_EQ(Value(m.number), "44/CT-UBND");
  EXPECT_EQ(Value(m.issuer), "Ủy ban nhân dân tỉnh Quảng Ngãi");
  EXPECT_EQ(Value(m.place), "Quảng Ngãi");
  EXPECT_EQ(Value(m.issued), "2024-09-11");
  EXPECT_EQ(Value(m.subject),
            "Về việc tăng cường các biện pháp đảm bảo an toàn công trình cầu giao thông trong "
            "mùa mưa, bão năm 2024 trên địa bàn tỉnh Quảng Ngãi");
}

TEST(Metadata, OcrDayGarbledNeverReadFromAGazetteReceiptStamp) {
  // ocr-q18-ct-qn.txt: the gazette stamps a document when it receives it, days after it was
  // issued; its date is not the issue date, even in the month the place-date line shows.
  Document doc = RunPipeline(R"(Trung tâm Công báo và Tin học
ttcbth@quangngai.gov.vn
24.01.2025 14:23:45 +07:00

ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH QUẢNG NGÃI Độc lập - Tự do - Hạnh phúc
Số: 23 /BC-UBND Quảng Ngãi, ngày Ø} tháng 01 năm 2025
BÁO CÁO

Tình hình, kết quả thực hiện công tác cải cách thủ tục hành chính tháng 01/2025

Thực hiện nội dung Công văn số 5633/VPCP-KSTT ngày 25/7/2023 của Văn phòng Chính phủ.
)");
  const DocumentMeta& m = doc.meta;
  EXPECT_EQ(Value(m.type), "bao_cao");
  EXPECT_EQ(Value(m.place), "Quảng Ngãi");
  EXPECT_FALSE(m.issued.has_value()) << Value(m.issued);
}

TEST(Metadata, PressArticle) {
  // news-182ca850.txt
  Document doc = RunPipeline(
      "(Chinhphu.vn) - Chính phủ mới đây đã ban hành Nghị quyết số 07/2025/NQ-CP về chính "
      "sách, chế độ đối với đối tượng chịu sự tác động do thực hiện sắp xếp tổ chức bộ máy.\n\n"
      "Phó Thủ tướng Chính phủ Hồ Đức Phớc vừa ký Chỉ thị số 27/CT-TTg về việc thực hiện "
      "Nghị quyết số 223/2025/QH15 ngày 27/6/2025 của Quốc hội.\n");
  const DocumentMeta& m = doc.meta;
  EXPECT_EQ(Value(m.type), "bai_bao");
  EXPECT_EQ(Value(m.number), "<none>");
  EXPECT_EQ(Value(m.issuer), "<none>");
  EXPECT_EQ(Value(m.issued), "<none>");
  EXPECT_EQ(Value(m.signer.name), "<none>");
}

// Regressions, each named for what broke.

TEST(Metadata, PartyConclusionDropsItsAuthorFromTheSubject) {
  // kl-212-2025.txt: "KẾT LUẬN / CỦA BỘ CHÍNH TRỊ, / BAN BÍ THƯ / VỀ ..."; "T/M" and no
  // title line.
  Document doc = RunPipeline(R"(BAN
CHẤP HÀNH TRUNG ƯƠNG
ĐẢNG
CỘNG SẢN VIỆT NAM
---------------
Số 212-KL/TW
Hà Nội, ngày 18
tháng 11 năm 2025
KẾT LUẬN
CỦA BỘ CHÍNH TRỊ,
BAN BÍ THƯ
VỀ ĐỊNH HƯỚNG XÂY
DỰNG TIÊU CHUẨN CỦA ĐƠN VỊ HÀNH CHÍNH
-----
Tại phiên họp ngày 14/11/2025, Bộ Chính trị, Ban Bí thư kết luận như sau.
Nơi nhận:
- Lưu Văn phòng Trung ương Đảng.
T/M BỘ CHÍNH
TRỊ
Trần Cẩm Tú
)");
  const DocumentMeta& m = doc.meta;
  EXPECT_EQ(Value(m.type), "ket_luan");
  EXPECT_EQ(Value(m.number), "212-KL/TW");
  EXPECT_EQ(Value(m.issuer), "Ban Chấp hành Trung ương");
  EXPECT_EQ(Value(m.subject), "VỀ ĐỊNH HƯỚNG XÂY DỰNG TIÊU CHUẨN CỦA ĐƠN VỊ HÀNH CHÍNH");
  EXPECT_EQ(Value(m.signer.name), "Trần Cẩm Tú");
  EXPECT_EQ(Value(m.signer.title), "<none>");
  EXPECT_EQ(Value(m.signer.authority), "TM");
}

TEST(Metadata, SubjectStopsAtAnAuthorityLineWithLowerCaseAfterIt) {
  // cd-228-2025-ttg.txt: "THỦ TƯỚNG CHÍNH PHỦ điện:" under the subject.
  Document doc = RunPipeline(R"(THỦ TƯỚNG CHÍNH
PHỦ
-------
CỘNG HÒA XÃ HỘI
CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: 228/CĐ-TTg
Hà Nội, ngày 25
tháng 11 năm 2025
CÔNG ĐIỆN
VỀ VIỆC GIẢI QUYẾT
CHÍNH SÁCH, CHI TRẢ CHẾ ĐỘ BẢO HIỂM ĐỐI VỚI NGƯỜI DÂN, DOANH NGHIỆP BỊ ẢNH
HƯỞNG BỞI MƯA LŨ ĐẶC BIỆT LỚN TẠI KHU VỰC TRUNG BỘ
THỦ TƯỚNG CHÍNH PHỦ điện:
- Bộ trưởng các Bộ: Tài chính, Nội vụ, Bộ Y tế.
)");
  EXPECT_EQ(Value(doc.meta.type), "cong_dien");
  EXPECT_EQ(Value(doc.meta.issuer), "Thủ tướng Chính phủ");
  EXPECT_EQ(Value(doc.meta.subject),
            "VỀ VIỆC GIẢI QUYẾT CHÍNH SÁCH, CHI TRẢ CHẾ ĐỘ BẢO HIỂM ĐỐI VỚI NGƯỜI DÂN, DOANH "
            "NGHIỆP BỊ ẢNH HƯỞNG BỞI MƯA LŨ ĐẶC BIỆT LỚN TẠI KHU VỰC TRUNG BỘ");
}

TEST(Metadata, AuthorityLineFlattenedOntoTheSubject) {
  // qd-173-2015-btp.txt
  Document doc = RunPipeline(
      "BỘ TƯ PHÁP\n"
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
      "Số: 173/QĐ-BTP\nHà Nội, ngày 29 tháng 01 năm 2015\nQUYẾT ĐỊNH\n"
      "BAN HÀNH KẾ HOẠCH TRIỂN KHAI THỰC HIỆN CHƯƠNG TRÌNH PHỐI HỢP CÔNG TÁC GIỮA ỦY BAN DÂN "
      "TỘC VÀ BỘ TƯ PHÁP NĂM 2015 BỘ TRƯỞNG BỘ TƯ PHÁP\n"
      "Căn cứ Nghị định số 22/2013/NĐ-CP ngày 13/3/2013 của Chính phủ;\n");
  EXPECT_EQ(Value(doc.meta.subject),
            "BAN HÀNH KẾ HOẠCH TRIỂN KHAI THỰC HIỆN CHƯƠNG TRÌNH PHỐI HỢP CÔNG TÁC GIỮA ỦY BAN "
            "DÂN TỘC VÀ BỘ TƯ PHÁP NĂM 2015");
}

TEST(Metadata, WrappedSignerNameAndSplitLabel) {
  // cv-10989-2025-tcbc.txt: "Nơi\nnhận:" and "Vũ\nChiến Thắng".
  Document doc = RunPipeline(R"(BỘ NỘI VỤ
--------
CỘNG HÒA XÃ HỘI
CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: 10989/BNV-TCBC
V/v
đề xuất biên chế giai đoạn 2026-2031 theo vị trí việc làm
Hà Nội, ngày 21 tháng
11 năm 2025
Đề nghị bộ, ngành, địa phương quan
tâm thực hiện./.
Nơi
nhận:
- Như trên;
- TTr Vũ Chiến Thắng;
- Lưu: VT, TCBC.
KT. BỘ TRƯỞNG
THỨ TRƯỞNG
Vũ
Chiến Thắng
)");
  EXPECT_EQ(Value(doc.meta.subject),
            "V/v đề xuất biên chế giai đoạn 2026-2031 theo vị trí việc làm");
  EXPECT_EQ(Value(doc.meta.issued), "2025-11-21");
  EXPECT_EQ(Value(doc.meta.signer.name), "Vũ Chiến Thắng");
  EXPECT_EQ(Value(doc.meta.signer.title), "Thứ trưởng");
  EXPECT_EQ(doc.meta.recipients.size(), 3u);
}

TEST(Metadata, HeaderCutBySourceIsStillACongVan) {
  // cv-2025-c3581f.txt starts at "Kính gửi:"; no number or date to read.
  Document doc = RunPipeline(R"(Kính gửi: Trưởng Thuế các tỉnh, thành phố.
Thời gian vừa qua, bão lũ và mưa lũ sau
bão liên tiếp xảy ra.
Cục Thuế thông báo để Trưởng Thuế các tỉnh,
thành phố biết và thực hiện./.
Nơi nhận:
- Như trên;
- Lưu: VT, CS (3b).
KT. CỤC TRƯỞNG
PHÓ CỤC TRƯỞNG
Đặng Ngọc Minh
)");
  EXPECT_EQ(Value(doc.meta.type), "cong_van");
  EXPECT_EQ(Value(doc.meta.number), "<none>");
  EXPECT_EQ(Value(doc.meta.issued), "<none>");
  EXPECT_EQ(Value(doc.meta.signer.name), "Đặng Ngọc Minh");
  EXPECT_EQ(Value(doc.meta.signer.title), "Phó Cục trưởng");
}

TEST(Metadata, PlaceIsTheKnownPlaceWhenASubjectRunsOntoItsLine) {
  // cv-11520-2025-cn.txt once its hard-wrapped lines are joined.
  Document doc = RunPipeline(
      "VĂN PHÒNG CHÍNH PHỦ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
      "Số: 11520/VPCP-CN\nV/v Chỉ thị của Thủ tướng Chính phủ về việc đẩy mạnh sản xuất, phối "
      "trộn, phân phối và sử dụng nhiên liệu sinh học tại Việt Nam Hà Nội, ngày 25 tháng 11 "
      "năm 2025\nKính gửi: Bộ Công Thương.\n");
  EXPECT_EQ(Value(doc.meta.place), "Hà Nội");
  EXPECT_EQ(Value(doc.meta.subject),
            "V/v Chỉ thị của Thủ tướng Chính phủ về việc đẩy mạnh sản xuất, phối trộn, phân "
            "phối và sử dụng nhiên liệu sinh học tại Việt Nam");
}

TEST(Metadata, NumericDateInThePlaceDateLine) {
  Document doc = RunPipeline(
      "BỘ TÀI CHÍNH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
      "Số: 12/BC-BTC\nHà Nội, ngày 06/3/2024\nBÁO CÁO\nTình hình thực hiện dự toán\n");
  EXPECT_EQ(Value(doc.meta.place), "Hà Nội");
  EXPECT_EQ(Value(doc.meta.issued), "2024-03-06");
  EXPECT_EQ(Value(doc.meta.type), "bao_cao");
}

TEST(Metadata, AFormsMottoInAnAppendixIsNoHeader) {
  // nd-a4af79.txt: the source cut the header; an appendix form has its own motto.
  Document doc = RunPipeline(
      "NGHỊ ĐỊNH\n\nPHÂN LOẠI ĐƠN VỊ HÀNH CHÍNH\n\nCăn cứ Luật Tổ chức Chính phủ số "
      "63/2025/QH15;\n\nĐiều 1. Phạm vi điều chỉnh\nNghị định này quy định.\nNơi nhận:\n- Lưu: "
      "VT.\nTM. CHÍNH PHỦ\nKT. THỦ TƯỚNG\nPHÓ THỦ TƯỚNG\nPhạm Thị Thanh Trà\nMẫu số 01\n"
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n");
  EXPECT_EQ(Value(doc.meta.type), "nghi_dinh");
  EXPECT_EQ(Value(doc.meta.subject), "PHÂN LOẠI ĐƠN VỊ HÀNH CHÍNH");
  EXPECT_EQ(Value(doc.meta.issuer), "Chính phủ");  // the body the "TM." signs for
  EXPECT_EQ(Value(doc.meta.signer.name), "Phạm Thị Thanh Trà");
}

TEST(Metadata, SignatureColumnsJoinedOntoRecipientLines) {
  // ocr-q23-tb-565-2024-ubnd.txt with its column gaps made single spaces, and a "(đã ký)"
  // note joined to the title line (tt-11-2026-bct.txt).
  Document doc = RunPipeline(
      "Nơi nhận: TL. CHỦ TỊCH\n"
      "- Thường trực Tỉnh ủy (báo cáo); KT. CHÁNH VĂN PHÒNG\n"
      "- Thường trực HĐND tỉnh; PHÓ CHÁNH VĂN PHÒNG (đã ký)\n"
      "- Các sở, ngành: Kế hoạch và Đầu tư, Tài chính,\n"
      "Giáo dục và Đào tạo, Y tế, Nội vụ, Phùng Tô Long\n"
      "- Lưu: VT, KGVX.\n");
  EXPECT_EQ(Value(doc.meta.signer.name), "Phùng Tô Long");
  EXPECT_EQ(Value(doc.meta.signer.title), "Phó Chánh Văn phòng");
  EXPECT_EQ(Value(doc.meta.signer.authority), "KT");
}

TEST(Metadata, PreambleAuthorityLineIsNoSignature) {
  // A Quyết định's "BỘ TRƯỞNG BỘ Y TẾ" preamble line is followed by the body, not a name.
  Document doc = RunPipeline(
      "BỘ Y TẾ\n--------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
      "Số: 3456/QĐ-BYT\nHà Nội, ngày 15 tháng 8 năm 2023\nQUYẾT ĐỊNH\nBan hành Hướng dẫn "
      "chẩn đoán bệnh sốt xuất huyết Dengue\nBỘ TRƯỞNG BỘ Y TẾ\nCăn cứ Nghị định số "
      "95/2022/NĐ-CP ngày 15 tháng 11 năm 2022 của Chính phủ;\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành "
      "kèm theo Quyết định này.\nNơi nhận:\n- Như Điều 4;\n- Lưu: VT, KCB.\nKT. BỘ TRƯỞNG\n"
      "THỨ TRƯỞNG\nTrần Văn Thuấn\n");
  std::vector<std::string> signature;
  for (const Zone& z : doc.zones) {
    if (z.kind == ZoneKind::kSignature) signature.emplace_back(doc.Slice(z.span));
  }
  EXPECT_EQ(signature, (std::vector<std::string>{"KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "Trần Văn Thuấn"}));
  EXPECT_EQ(Value(doc.meta.subject), "Ban hành Hướng dẫn chẩn đoán bệnh sốt xuất huyết Dengue");
}

TEST(Metadata, PartyNumberAfterAStarLine) {
  // A Party header whose "*" line the normalizer joined to the number ("* Số 45-HD/...").
  Document doc = RunPipeline(
      "TỈNH ỦY QUẢNG NGÃI\nBAN TUYÊN GIÁO VÀ DÂN VẬN\n*\nSố 45-HD/BTGDV\n"
      "ĐẢNG CỘNG SẢN VIỆT NAM\nQuảng Ngãi, ngày 5 tháng 3 năm 2025\nHƯỚNG DẪN\n"
      "tuyên truyền kỷ niệm 50 năm Ngày giải phóng tỉnh Quảng Ngãi\n-----\n");
  EXPECT_EQ(Value(doc.meta.number), "45-HD/BTGDV");
  EXPECT_EQ(Value(doc.meta.issuer), "Ban Tuyên giáo và Dân vận");
  EXPECT_EQ(Value(doc.meta.parent_issuer), "Tỉnh ủy Quảng Ngãi");
  EXPECT_EQ(Value(doc.meta.type), "huong_dan");
}

TEST(Metadata, IssuerAboveATypeLineWithoutMotto) {
  Document doc = RunPipeline(
      "ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN\nBÁO CÁO\nTình hình kinh tế - xã hội tháng 10 năm "
      "2024\nTrong tháng 10, tình hình kinh tế tiếp tục phục hồi.\n");
  EXPECT_EQ(Value(doc.meta.type), "bao_cao");
  EXPECT_EQ(Value(doc.meta.issuer), "Ủy ban nhân dân tỉnh Lạng Sơn");
  EXPECT_EQ(Value(doc.meta.subject), "Tình hình kinh tế - xã hội tháng 10 năm 2024");
}

}  // namespace
}  // namespace vanban
