#include "extractors/obligation_roles.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "tests/extractors/agency_mentions.h"

namespace vanban {
namespace {

using ::vanban::testing::MentionsOf;

// A sentence of the corpus, the bodies the agency finder names in it (in text order, each
// at its next occurrence) and the roles ReadRoles must give them.
struct RoleCase {
  std::string sentence;
  std::vector<std::string> bodies;
  std::vector<std::string> leads;
  std::vector<std::string> supports;
  std::vector<std::string> directed = {};
};

std::vector<std::string> NamesOf(const std::vector<int>& indices,
                                 const std::vector<AgencyMention>& mentions) {
  std::vector<std::string> out;
  for (int i : indices) out.push_back(mentions[i].name);
  return out;
}

SentenceRoles Read(const RoleCase& c, std::vector<AgencyMention>& mentions) {
  mentions = MentionsOf(c.sentence, c.bodies);
  return ReadRoles(c.sentence, {0, c.sentence.size()}, mentions);
}

void ExpectRoles(const std::vector<RoleCase>& cases) {
  for (const RoleCase& c : cases) {
    std::vector<AgencyMention> mentions;
    const SentenceRoles roles = Read(c, mentions);
    EXPECT_EQ(NamesOf(roles.leads, mentions), c.leads) << c.sentence;
    EXPECT_EQ(NamesOf(roles.supports, mentions), c.supports) << c.sentence;
    EXPECT_EQ(NamesOf(roles.directed, mentions), c.directed) << c.sentence;
  }
}

TEST(ObligationRoles, LeadCues) {
  ExpectRoles({
      {"Giao Sở Tài chính chủ trì, phối hợp với các sở, ngành liên quan tham mưu.",
       {"Sở Tài chính"},
       {"Sở Tài chính"},
       {}},
      {"Yêu cầu các sở, ban, ngành, Ủy ban nhân dân các xã, phường và các đơn vị có liên quan "
       "thực hiện nghiêm túc./.",
       {"các sở, ban, ngành", "Ủy ban nhân dân các xã, phường"},
       {"các sở, ban, ngành", "Ủy ban nhân dân các xã, phường"},
       {}},
      {"Đề nghị Mặt trận Tổ quốc Việt Nam và các tổ chức chính trị - xã hội tiếp tục đẩy mạnh.",
       {"Mặt trận Tổ quốc Việt Nam", "các tổ chức chính trị - xã hội"},
       {"Mặt trận Tổ quốc Việt Nam", "các tổ chức chính trị - xã hội"},
       {}},
      {"Bộ Chỉ huy Quân sự tỉnh có trách nhiệm tham mưu Ủy ban nhân dân tỉnh theo dõi.",
       {"Bộ Chỉ huy Quân sự tỉnh", "Ủy ban nhân dân tỉnh"},
       {"Bộ Chỉ huy Quân sự tỉnh"},
       {}},
      {"Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Y tế và Thủ trưởng các cơ quan, đơn vị "
       "có liên quan chịu trách nhiệm thi hành Quyết định này./.",
       {"Văn phòng Ủy ban nhân dân tỉnh", "Sở Y tế"},
       {"Văn phòng Ủy ban nhân dân tỉnh", "Sở Y tế"},
       {}},
  });
}

// The subject of a directive item leads; bodies that ask, recount or receive a report do not.
TEST(ObligationRoles, Subjects) {
  ExpectRoles({
      {"Văn phòng Chính phủ theo dõi, đôn đốc việc triển khai; kịp thời báo cáo Thủ tướng Chính "
       "phủ những vấn đề vượt thẩm quyền.",
       {"Văn phòng Chính phủ", "Thủ tướng Chính phủ"},
       {"Văn phòng Chính phủ"},
       {}},
      {"Thủ tướng Chính phủ yêu cầu Bộ trưởng các Bộ tập trung hoàn thành:",
       {"Thủ tướng Chính phủ", "các Bộ"},
       {"các Bộ"},
       {}},
      {"Các bộ, cơ quan ngang bộ đã tập trung triển khai thực hiện các nhiệm vụ được giao.",
       {"Các bộ, cơ quan ngang bộ"},
       {},
       {}},
      {"Cục Thuế nhận được công văn số 992/HTI-CNTK của Thuế tỉnh Hà Tĩnh.",
       {"Cục Thuế", "Thuế tỉnh Hà Tĩnh"},
       {},
       {}},
      // The issuer launching a movement announces its contents; it is given no task.
      {"Ủy ban nhân dân tỉnh phát động đợt thi đua với những nội dung chủ yếu như sau:",
       {"Ủy ban nhân dân tỉnh"},
       {},
       {}},
      // An aside after the subject: the sentence goes on with its task.
      {"Ủy ban nhân dân các cấp (tỉnh, huyện, xã) cử một đồng chí Phó Chủ tịch trực tiếp chỉ "
       "đạo công tác này.",
       {"Ủy ban nhân dân các cấp"},
       {"Ủy ban nhân dân các cấp"},
       {}},
      {"Sở Y tế (cơ quan thường trực) đã ban hành kế hoạch.", {"Sở Y tế"}, {}, {}},
  });
}

TEST(ObligationRoles, Supports) {
  ExpectRoles({
      {"Phối hợp chặt chẽ với Cục Quản lý thị trường tỉnh, các sở, ban ngành và Ủy ban nhân dân "
       "các huyện tăng cường công tác kiểm tra.",
       {"Cục Quản lý thị trường tỉnh", "các sở, ban ngành", "Ủy ban nhân dân các huyện"},
       {},
       {"Cục Quản lý thị trường tỉnh", "các sở, ban ngành", "Ủy ban nhân dân các huyện"}},
      {"Bộ Xây dựng cùng Bộ Công an hướng dẫn người dân.",
       {"Bộ Xây dựng", "Bộ Công an"},
       {"Bộ Xây dựng"},
       {"Bộ Công an"}},
      // "phối hợp" without "với": the bodies right after it support.
      {"Sở Xây dựng chủ trì, phối hợp Sở Tài chính thẩm định phương án giá.",
       {"Sở Xây dựng", "Sở Tài chính"},
       {"Sở Xây dựng"},
       {"Sở Tài chính"}},
      // Not a body right after it: no support.
      {"Sở Y tế phối hợp tổ chức tuyên truyền tại Ủy ban nhân dân các xã.",
       {"Sở Y tế", "Ủy ban nhân dân các xã"},
       {"Sở Y tế"},
       {}},
  });
}

// "X chỉ đạo Y": Y leads when the task has a lead (ReadRoles gives it apart).
TEST(ObligationRoles, Directed) {
  ExpectRoles({
      {"Bộ Xây dựng, Bộ Công an chỉ đạo Công an các địa phương chủ động điều tiết giao thông.",
       {"Bộ Xây dựng", "Bộ Công an", "Công an các địa phương"},
       {"Bộ Xây dựng", "Bộ Công an"},
       {},
       {"Công an các địa phương"}},
      {"Đôn đốc các ngành, các địa phương triển khai công tác ứng phó với bão.",
       {"các ngành", "các địa phương"},
       {},
       {}},
  });
}

TEST(ObligationRoles, Labels) {
  ExpectRoles({
      {"Đơn vị chủ trì: Vụ Pháp luật quốc tế.",
       {"Vụ Pháp luật quốc tế"},
       {"Vụ Pháp luật quốc tế"},
       {}},
      {"Đơn vị phối hợp: Vụ Các vấn đề chung về xây dựng pháp luật, Cục Kiểm tra văn bản quy "
       "phạm pháp luật và các đơn vị xây dựng pháp luật có liên quan.",
       {"Cục Kiểm tra văn bản quy phạm pháp luật"},  // a body the finder missed before it
       {},
       {"Cục Kiểm tra văn bản quy phạm pháp luật"}},
  });
  std::vector<AgencyMention> mentions;
  EXPECT_TRUE(Read({"Thời gian hoàn thành: Quý IV/2015.", {}, {}, {}}, mentions).label);
  // Who takes part in a movement is no one given a task.
  const SentenceRoles who = Read({"Đối tượng: Các sở, ban, ngành và các địa phương trong tỉnh.",
                                  {"Các sở, ban, ngành", "các địa phương"},
                                  {},
                                  {}},
                                 mentions);
  EXPECT_TRUE(who.label);
  EXPECT_TRUE(who.leads.empty());
}

TEST(ObligationRoles, Closing) {
  ExpectRoles({
      {"Cục Thuế trả lời để Thuế tỉnh Hà Tĩnh biết và căn cứ hồ sơ cụ thể để thực hiện theo quy "
       "định của pháp luật./.",
       {"Cục Thuế", "Thuế tỉnh Hà Tĩnh"},
       {"Thuế tỉnh Hà Tĩnh"},
       {}},
      {"Cục Thuế có ý kiến để Hiệp hội Ngân hàng Việt Nam được biết./.",
       {"Cục Thuế", "Hiệp hội Ngân hàng Việt Nam"},
       {},
       {}},
  });
}

TEST(ObligationRoles, HeadingsAndListLines) {
  std::vector<AgencyMention> mentions;
  const SentenceRoles heading = Read(
      {"Bộ trưởng các Bộ, Thủ trưởng cơ quan ngang bộ", {"các Bộ", "cơ quan ngang bộ"}, {}, {}},
      mentions);
  EXPECT_TRUE(heading.head);
  EXPECT_EQ(heading.leads.size(), 2u);
  const SentenceRoles list_line = Read(
      {"Bộ trưởng các Bộ, Thủ trưởng cơ quan ngang bộ;", {"các Bộ", "cơ quan ngang bộ"}, {}, {}},
      mentions);
  EXPECT_TRUE(list_line.bodies_only);
  EXPECT_FALSE(list_line.head);
  const SentenceRoles list_head = Read(
      {"Yêu cầu các Bộ, ngành thực hiện các nhiệm vụ sau:", {"các Bộ, ngành"}, {}, {}}, mentions);
  EXPECT_TRUE(list_head.list_head);
  const SentenceRoles topic = Read(
      {"Trách nhiệm của Bộ Khoa học và Công nghệ", {"Bộ Khoa học và Công nghệ"}, {}, {}}, mentions);
  EXPECT_TRUE(topic.head);
  EXPECT_EQ(topic.leads.size(), 1u);
}

TEST(ObligationRoles, AddresseesLead) {
  std::vector<AgencyMention> mentions;
  EXPECT_TRUE(
      Read({"Đề nghị Quý cơ quan nghiên cứu, thực hiện.", {}, {}, {}}, mentions).addressees_lead);
  EXPECT_TRUE(
      Read({"Yêu cầu các đơn vị nghiêm túc thực hiện./.", {}, {}, {}}, mentions).addressees_lead);
  EXPECT_FALSE(
      Read({"Xét đề nghị của Sở Tài chính.", {"Sở Tài chính"}, {}, {}}, mentions).addressees_lead);
}

}  // namespace
}  // namespace vanban
