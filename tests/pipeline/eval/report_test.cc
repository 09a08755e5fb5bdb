#include "pipeline/eval/report.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace vanban {
namespace {

using nlohmann::json;

constexpr size_t kReferences = static_cast<size_t>(Category::kReferences);
constexpr size_t kAgencies = static_cast<size_t>(Category::kAgencies);

// Two documents: type 1 of 2 right, issuer 2 of 2, number never in gold; references tp 3,
// fp 1, fn 0 (F1 6/7); agencies tp 1 fp 1 fn 2 (F1 2/5); nothing for deadlines and
// assignments; reference dates 1 of 2 right.
SetResult MakeSet() {
  SetResult set;
  set.fields = {
      {"document.type", {1, 2}}, {"document.number", {0, 0}}, {"document.issuer", {2, 2}}};
  set.categories[kReferences] = {3, 1, 0};
  set.categories[kAgencies] = {1, 1, 2};
  set.documents_scored[kReferences] = 2;
  set.documents_scored[kAgencies] = 1;
  set.reference_date = {1, 2};
  DocumentResult a;
  a.name = "set/a.txt";
  a.fields = {{"document.type", false, "chi_thi", "cong_van"}, {"document.issuer", true, "X", "X"}};
  a.categories[kAgencies].scored = true;
  a.categories[kAgencies].counts = {1, 1, 2};
  a.categories[kAgencies].missed = {"lead: Sở Nội vụ", "support: Sở Y tế"};
  a.categories[kAgencies].extra = {"lead: Sở Tài chính"};
  DocumentResult b;
  b.name = "set/b.pdf";
  b.failure = "read: unsupported: not a PDF";
  set.documents = {a, b};
  set.failed = 1;
  return set;
}

TEST(Report, FloorsNameWhatIsBelow) {
  const SetResult set = MakeSet();
  Floors floors;
  floors.field_accuracy = 0.6;   // type 0.5 is below; issuer 1.0 is not; number has no n
  floors.f1[kReferences] = 0.8;  // 6/7 = 0.857 holds
  floors.f1[kAgencies] = 0.5;    // 2/5 = 0.4 is below
  floors.f1[static_cast<size_t>(Category::kDeadlines)] = 0.9;  // nothing to score: not checked
  floors.reference_date_accuracy = 0.5;                        // 0.5 holds
  EXPECT_EQ(BelowFloors(set, floors),
            (std::vector<std::string>{"document.type accuracy 0.500 < 0.600",
                                      "agencies F1 0.400 < 0.500"}));
  EXPECT_TRUE(BelowFloors(set, Floors{}).empty());
  // A field's own floor replaces the floor of every field, both ways.
  floors = Floors{};
  floors.field_accuracy = 0.4;
  floors.accuracy_of_field["document.type"] = 0.6;
  floors.accuracy_of_field["document.issuer"] = 1.0;
  EXPECT_EQ(BelowFloors(set, floors),
            (std::vector<std::string>{"document.type accuracy 0.500 < 0.600"}));
  floors.field_accuracy = 0.9;
  floors.accuracy_of_field["document.type"] = 0.5;
  EXPECT_TRUE(BelowFloors(set, floors).empty());
  floors = Floors{};
  floors.reference_date_accuracy = 0.75;
  EXPECT_EQ(BelowFloors(set, floors),
            (std::vector<std::string>{"reference date accuracy 0.500 < 0.750"}));
}

TEST(Report, Json) {
  const json report = RenderJson(MakeSet(), false);
  EXPECT_EQ(report["documents"], 2);
  EXPECT_EQ(report["failed"], 1);
  EXPECT_DOUBLE_EQ(report["fields"]["document.type"]["accuracy"].get<double>(), 0.5);
  EXPECT_EQ(report["fields"]["document.type"]["n"], 2);
  EXPECT_TRUE(report["fields"]["document.number"]["accuracy"].is_null());
  EXPECT_DOUBLE_EQ(report["categories"]["references"]["f1"].get<double>(), 6.0 / 7.0);
  EXPECT_DOUBLE_EQ(report["categories"]["references"]["precision"].get<double>(), 0.75);
  EXPECT_EQ(report["categories"]["agencies"]["fn"], 2);
  EXPECT_TRUE(report["categories"]["deadlines"]["f1"].is_null());
  EXPECT_EQ(report["reference_date"]["right"], 1);
  EXPECT_FALSE(report.contains("per_document"));

  const json detailed = RenderJson(MakeSet(), true);
  ASSERT_EQ(detailed["per_document"].size(), 2u);
  const json& a = detailed["per_document"][0];
  EXPECT_EQ(a["name"], "set/a.txt");
  EXPECT_EQ(a["fields"], json::parse(R"({"right": 1, "n": 2})"));
  EXPECT_TRUE(a["failure"].is_null());
  EXPECT_EQ(a["wrong"], json::parse(R"([{"field": "document.type", "gold": "chi_thi",
                                         "got": "cong_van"}])"));
  EXPECT_EQ(a["categories"]["agencies"]["extra"], json::parse(R"(["lead: Sở Tài chính"])"));
  EXPECT_FALSE(a["categories"].contains("references"));  // not scored for this document
  EXPECT_EQ(detailed["per_document"][1]["failure"], "read: unsupported: not a PDF");
}

TEST(Report, TextHasTablesAndDifferences) {
  const std::string summary = RenderText(MakeSet(), false);
  EXPECT_NE(summary.find("2 documents, 1 failed"), std::string::npos);
  EXPECT_NE(summary.find("document.type                   0.500      2"), std::string::npos)
      << summary;
  EXPECT_NE(summary.find("document.number                   n/a      0"), std::string::npos)
      << summary;
  EXPECT_NE(summary.find("references       0.750   1.000   0.857      3      1      0     2"),
            std::string::npos)
      << summary;
  EXPECT_NE(summary.find("date accuracy 0.500 (n 2)"), std::string::npos) << summary;
  EXPECT_EQ(summary.find("set/a.txt"), std::string::npos);

  const std::string detailed = RenderText(MakeSet(), true);
  EXPECT_NE(detailed.find("set/a.txt\n  fields 1/2, agencies tp 1 fp 1 fn 2\n"
                          "  document.type: gold \"chi_thi\", got \"cong_van\"\n"),
            std::string::npos)
      << detailed;
  EXPECT_NE(detailed.find("  agencies missed: support: Sở Y tế\n"), std::string::npos);
  EXPECT_NE(detailed.find("  agencies extra: lead: Sở Tài chính\n"), std::string::npos);
  EXPECT_NE(detailed.find("set/b.pdf\n  fields 0/0\n  FAILED read: unsupported: not a PDF\n"),
            std::string::npos);
  EXPECT_EQ(detailed.find("document.issuer: gold"), std::string::npos);  // right fields stay out
}

}  // namespace
}  // namespace vanban
