#include "extractors/obligations.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

namespace vanban {
namespace {

// A document whose whole text is its body, with the deadlines the deadline extractor would
// give (found by their text).
Document BodyDocument(std::string text, const std::vector<Deadline>& deadlines = {}) {
  Document doc;
  doc.text = std::move(text);
  doc.zones.push_back({ZoneKind::kBody, {0, doc.text.size()}});
  for (Deadline d : deadlines) {
    const size_t at = doc.text.find(d.text);
    EXPECT_NE(at, std::string::npos) << d.text;
    d.span = {at, at + d.text.size()};
    doc.deadlines.push_back(d);
  }
  return doc;
}

// Each obligation as "l:Lead; s:Support => value".
std::vector<std::string> Show(const std::vector<Obligation>& obligations) {
  std::vector<std::string> out;
  for (const Obligation& o : obligations) {
    std::string line;
    for (const AgencyRole& a : o.agencies) {
      EXPECT_FALSE(a.key.empty()) << a.name;
      if (!line.empty()) line += "; ";
      line += (a.role == "lead" ? "l:" : "s:") + a.name;
    }
    if (o.deadline) line += " => " + o.deadline->value;
    out.push_back(line);
  }
  return out;
}

// A heading names the lead of the items below it and is no task of its own.
TEST(Obligations, HeadingLeadsItsItems) {
  const Document doc = BodyDocument(
      "1. Sở Công Thương\n"
      "a) Tăng cường kiểm tra thị trường.\n"
      "b) Phối hợp chặt chẽ với Cục Quản lý thị trường tỉnh kiểm soát giá, hoàn thành trước ngày "
      "15/12/2025.\n",
      {{"trước ngày 15/12/2025", "2025-12-15", {}}});
  const std::vector<std::string> want = {
      "l:Sở Công Thương",
      "l:Sở Công Thương; s:Cục Quản lý thị trường tỉnh => 2025-12-15",
  };
  EXPECT_EQ(Show(ExtractObligations(doc)), want);
}

// A list head ("yêu cầu ... như sau:") leads the items that name no body of their own.
TEST(Obligations, ListHead) {
  const Document doc = BodyDocument(
      "Thủ tướng Chính phủ yêu cầu Bộ trưởng các Bộ, Thủ trưởng cơ quan ngang bộ thực hiện các "
      "nhiệm vụ sau:\n"
      "1. Khẩn trương rà soát các quy định.\n"
      "2. Bộ Công Thương hoàn thành việc rà soát.\n");
  const std::vector<std::string> want = {"l:các Bộ, cơ quan ngang bộ", "l:Bộ Công Thương"};
  EXPECT_EQ(Show(ExtractObligations(doc)), want);
}

// Field lines complete the task above them: who leads, who supports, by when.
TEST(Obligations, FieldLines) {
  const Document doc = BodyDocument(
      "a) Phối hợp nghiên cứu luật so sánh\n"
      "- Đơn vị chủ trì: Vụ Pháp luật quốc tế.\n"
      "- Đơn vị phối hợp: Cục Kiểm tra văn bản quy phạm pháp luật.\n"
      "- Thời gian hoàn thành: Quý IV/2015.\n",
      {{"Quý IV/2015", "2015-Q4", {}}});
  const std::vector<std::string> want = {
      "l:Vụ Pháp luật quốc tế; s:Cục Kiểm tra văn bản quy phạm pháp luật => 2015-Q4"};
  EXPECT_EQ(Show(ExtractObligations(doc)), want);
}

// A task with two deadlines for two actions becomes two entries.
TEST(Obligations, OneEntryPerDeadline) {
  const Document doc = BodyDocument(
      "Giao Sở Nội vụ xây dựng kế hoạch trước ngày 15/11/2025 và báo cáo kết quả trước ngày "
      "15/4/2026.",
      {{"trước ngày 15/11/2025", "2025-11-15", {}}, {"trước ngày 15/4/2026", "2026-04-15", {}}});
  const std::vector<std::string> want = {"l:Sở Nội vụ => 2025-11-15", "l:Sở Nội vụ => 2026-04-15"};
  EXPECT_EQ(Show(ExtractObligations(doc)), want);
}

// A sentence that names no body goes on with the task of the sentence before it.
TEST(Obligations, SentenceGoesOn) {
  const Document doc = BodyDocument(
      "2. Văn phòng Chính phủ theo dõi, đôn đốc việc triển khai. Báo cáo Thủ tướng Chính phủ "
      "trước ngày 20 hằng tháng.",
      {{"trước ngày 20 hằng tháng", "R/P1M", {}}});
  const std::vector<std::string> want = {"l:Văn phòng Chính phủ => R/P1M"};
  EXPECT_EQ(Show(ExtractObligations(doc)), want);
}

// "đề nghị Quý cơ quan": the "Kính gửi" addressees lead.
TEST(Obligations, AddresseesLead) {
  Document doc = BodyDocument("Đề nghị Quý cơ quan nghiên cứu, thực hiện theo quy định./.");
  doc.text = "Kính gửi: Sở Tài chính tỉnh Hà Tĩnh.\n" + doc.text;
  doc.zones = {{ZoneKind::kAddressees, {0, 36}}, {ZoneKind::kBody, {37, doc.text.size()}}};
  doc.meta.addressees.push_back({"Sở Tài chính tỉnh Hà Tĩnh", {11, 35}});
  const std::vector<Obligation> got = ExtractObligations(doc);
  ASSERT_EQ(got.size(), 1u);
  ASSERT_EQ(got[0].agencies.size(), 1u);
  EXPECT_EQ(got[0].agencies[0].role, "lead");
}

// Lines that list bodies (addressees of a Công điện) and recounted acts give no task.
TEST(Obligations, NoTask) {
  const Document doc = BodyDocument(
      "- Bộ trưởng các Bộ, Thủ trưởng cơ quan ngang bộ;\n"
      "- Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương;\n"
      "Thời gian qua, các bộ, cơ quan ngang bộ đã tập trung triển khai thực hiện.\n");
  EXPECT_TRUE(ExtractObligations(doc).empty());
}

// A table row is one task: a later cell that names a body beside the time ("Cơ quan tham gia"
// printed on the line of "Thời hạn") goes on with the row's task and gives it its deadline.
TEST(Obligations, TableRowIsOneTask) {
  const Document doc = BodyDocument(
      "STT\nNhiệm vụ\nCơ quan chủ trì\nCơ quan phối hợp\nCơ quan tham gia\nThời hạn\n"
      "1\nXây dựng Đề án sắp xếp trường học\nSở Giáo dục và Đào tạo\nSở Tài chính\n"
      "Ủy ban nhân dân các xã, phường Tháng 12/2025\n",
      {{"Tháng 12/2025", "2025-12", {}}});
  const std::vector<std::string> want = {
      "l:Sở Giáo dục và Đào tạo; s:Sở Tài chính => 2025-12",
  };
  EXPECT_EQ(Show(ExtractObligations(doc)), want);
}

// A group printed short is the one the document names in full elsewhere.
TEST(Obligations, ShortGroupTakesTheFullName) {
  const Document doc = BodyDocument(
      "1. Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương rà soát thủ tục hành chính.\n"
      "2. Ủy ban nhân dân các tỉnh, thành phố hoàn thành việc số hóa hồ sơ trong năm 2025.\n",
      {{"trong năm 2025", "2025", {}}});
  const std::vector<std::string> want = {
      "l:Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương",
      "l:Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương => 2025",
  };
  EXPECT_EQ(Show(ExtractObligations(doc)), want);
}

TEST(Obligations, PressArticleHasNone) {
  Document doc = BodyDocument("Giao Sở Tài chính chủ trì thực hiện.");
  doc.meta.type = Field{"bai_bao", {}};
  EXPECT_TRUE(ExtractObligations(doc).empty());
}

}  // namespace
}  // namespace vanban
