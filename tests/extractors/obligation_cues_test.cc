#include "extractors/obligation_cues.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "extractors/data_table.h"

namespace vanban {
namespace {

constexpr std::string_view kKindNames[] = {
    "lead_object",  "lead_topic",    "direct_object",  "support_object", "lead_subject",
    "lead_label",   "support_label", "other_label",    "closing",        "requester",
    "no_task",      "addressee",     "closing_action", "meeting",        "opener",
    "basis_opener", "members",
};

std::string TextOf(std::string_view text, Span span) {
  return std::string(text.substr(span.begin, span.size()));
}

// Every cue of extractors/data/obligation_cues.tsv is found in its example, as its kind.
TEST(ObligationCues, EveryPhraseFindsItsExample) {
  const DataTable table = LoadDataTable("obligation_cues.tsv");
  ASSERT_FALSE(table.rows.empty());
  const int phrase = table.Column("phrase");
  const int kind = table.Column("kind");
  const int example = table.Column("example");
  for (const auto& row : table.rows) {
    const std::string& text = row[example];
    size_t k = 0;
    while (k < std::size(kKindNames) && kKindNames[k] != row[kind]) ++k;
    ASSERT_LT(k, std::size(kKindNames)) << row[kind];
    const CueKind cue = static_cast<CueKind>(k);
    if (cue <= CueKind::kClosing) {
      bool found = false;
      for (const Cue& c : FindCues(text, {0, text.size()})) found = found || c.kind == cue;
      EXPECT_TRUE(found) << row[phrase] << " in: " << text;
    } else {
      EXPECT_TRUE(HasCue(text, {0, text.size()}, cue)) << row[phrase] << " in: " << text;
    }
  }
}

TEST(ObligationCues, KindsAndSpans) {
  const std::string text = "Sở Y tế chủ trì, phối hợp với Sở Tài chính tham mưu.";
  const std::vector<Cue> cues = FindCues(text, {0, text.size()});
  ASSERT_EQ(cues.size(), 2u);
  EXPECT_EQ(cues[0].kind, CueKind::kLeadSubject);
  EXPECT_EQ(TextOf(text, cues[0].span), "chủ trì");
  EXPECT_EQ(cues[1].kind, CueKind::kSupportObject);
  EXPECT_EQ(TextOf(text, cues[1].span), "phối hợp với");
}

// OCR drops and swaps tone marks: "phôi hợp với" is still the cue.
TEST(ObligationCues, LooseToneMarks) {
  const std::string text = "Phôi hợp với Cục Quản lý thị trường tỉnh";
  const std::vector<Cue> cues = FindCues(text, {0, text.size()});
  ASSERT_EQ(cues.size(), 1u);
  EXPECT_EQ(cues[0].kind, CueKind::kSupportObject);
}

TEST(ObligationCues, WholeWordsOnly) {
  const std::string text = "Giaoo Sở Y tế; phối hợp vớii Sở Tài chính";
  EXPECT_TRUE(FindCues(text, {0, text.size()}).empty());
  const std::string reply = "Cục Thuế trả lời";
  const size_t at = reply.find("trả lời");
  EXPECT_EQ(CueAt(reply, at, CueKind::kRequester), reply.size() - at);
  EXPECT_EQ(CueAt(reply + "i", at, CueKind::kRequester), 0u);
}

// A label counts only at the start of a sentence and with its colon.
TEST(ObligationCues, LabelsAtTheStart) {
  const std::string label = "Đơn vị chủ trì: Vụ Pháp luật quốc tế.";
  const std::vector<Cue> cues = FindCues(label, {0, label.size()});
  ASSERT_FALSE(cues.empty());
  EXPECT_EQ(cues[0].kind, CueKind::kLeadLabel);
  EXPECT_EQ(TextOf(label, cues[0].span), "Đơn vị chủ trì:");
  const std::string inside = "Sở Tài chính chủ trì: phối hợp";
  for (const Cue& c : FindCues(inside, {0, inside.size()})) {
    EXPECT_NE(c.kind, CueKind::kLeadLabel);
  }
}

TEST(ObligationCues, SplitAtLabels) {
  const std::string text =
      "Trao đổi, hướng dẫn về công tác kiểm tra - Đơn vị chủ trì: Cục Kiểm tra văn bản. - Thời "
      "gian thực hiện: Cả năm 2015.";
  std::vector<std::string> parts;
  for (Span s : SplitAtLabels(text, {0, text.size()})) parts.push_back(TextOf(text, s));
  const std::vector<std::string> want = {"Trao đổi, hướng dẫn về công tác kiểm tra",
                                         "Đơn vị chủ trì: Cục Kiểm tra văn bản.",
                                         "Thời gian thực hiện: Cả năm 2015."};
  EXPECT_EQ(parts, want);
  const std::string name = "Ngân hàng Nhà nước - Chi nhánh Quảng Ngãi";
  EXPECT_EQ(SplitAtLabels(name, {0, name.size()}).size(), 1u);
}

}  // namespace
}  // namespace vanban
