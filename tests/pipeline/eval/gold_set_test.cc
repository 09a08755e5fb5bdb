#include "pipeline/eval/gold_set.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <fstream>
#include <string>

namespace vanban {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

// A fresh directory under the system temp directory, removed at the end of the test.
class GoldSetTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("vanban_gold_set_" + std::to_string(::getpid()) + "_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  fs::path Write(const std::string& relative, const std::string& content) {
    const fs::path path = dir_ / relative;
    fs::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary) << content;
    return path;
  }

  fs::path dir_;
};

TEST_F(GoldSetTest, FindsDocumentsBesideGoldFiles) {
  Write("a/x.txt", "x");
  Write("a/x.expected.json", "{}");
  Write("b/y.expected.json", "{}");  // no document beside it
  Write("z.txt", "z");               // no gold
  Write("w.pdf", "w");
  Write("w.txt", "w");
  Write("w.json", "{}");  // not a document
  Write("w.expected.json", "{}");
  StatusOr<std::vector<GoldCase>> cases = FindGoldCases(dir_);
  ASSERT_TRUE(cases.ok()) << cases.status().ToString();
  ASSERT_EQ(cases->size(), 3u);
  EXPECT_EQ((*cases)[0].gold, dir_ / "a/x.expected.json");
  EXPECT_EQ((*cases)[0].documents, (std::vector<fs::path>{dir_ / "a/x.txt"}));
  EXPECT_EQ((*cases)[1].gold, dir_ / "b/y.expected.json");
  EXPECT_TRUE((*cases)[1].documents.empty());
  EXPECT_EQ((*cases)[2].gold, dir_ / "w.expected.json");
  EXPECT_EQ((*cases)[2].documents, (std::vector<fs::path>{dir_ / "w.pdf", dir_ / "w.txt"}));
}

TEST_F(GoldSetTest, MissingDirectoryIsNotFound) {
  EXPECT_EQ(FindGoldCases(dir_ / "nope").status().code(), StatusCode::kNotFound);
  EXPECT_EQ(FindGoldCases(Write("file.txt", "x")).status().code(), StatusCode::kNotFound);
}

TEST_F(GoldSetTest, EmptyDirectoryHasNoCases) {
  StatusOr<std::vector<GoldCase>> cases = FindGoldCases(dir_);
  ASSERT_TRUE(cases.ok());
  EXPECT_TRUE(cases->empty());
}

TEST_F(GoldSetTest, InvalidJsonIsADataErrorNamingTheFile) {
  const fs::path path = Write("bad.expected.json", R"({"document": {"type": "chi_thi",}})");
  StatusOr<json> gold = ReadGold(path);
  ASSERT_FALSE(gold.ok());
  EXPECT_EQ(gold.status().code(), StatusCode::kDataError);
  EXPECT_NE(gold.status().message().find(path.string()), std::string::npos);
}

TEST_F(GoldSetTest, ReadsAGoodFile) {
  const fs::path path = Write("ok.expected.json", R"({"document": {"type": "chi_thi"}})");
  StatusOr<json> gold = ReadGold(path);
  ASSERT_TRUE(gold.ok()) << gold.status().ToString();
  EXPECT_EQ((*gold)["document"]["type"], "chi_thi");
  EXPECT_EQ(ReadGold(dir_ / "missing.expected.json").status().code(), StatusCode::kIoError);
}

struct ShapeCase {
  const char* gold;
  const char* error;  // the start of the message; "" when the shape is right
};

TEST(GoldShape, Table) {
  const ShapeCase kCases[] = {
      {R"({})", ""},
      {R"({"document": {"type": "chi_thi", "place": null, "signer": null}, "references": null,
           "obligations": [], "deadlines": null})",
       ""},
      {R"({"references": [{"type": "luat", "title": "Luật Đất đai", "year": 2024}],
           "obligations": [{"agencies": [{"name": "Sở Nội vụ", "role": "lead"}],
                            "deadline": {"text": "trước 31/12", "value": "2024-12-31"}}],
           "deadlines": [{"text": "trước 31/12", "value": "2024-12-31"}]})",
       ""},
      {R"([])", "(top level): expected an object"},
      {R"({"document": null})", "document: expected an object"},
      {R"({"document": {"issued": 2024}})", "document.issued: expected a string or null"},
      {R"({"document": {"signer": "Trần Quốc Văn"}})", "document.signer: expected an object"},
      {R"({"document": {"signer": {"name": 1}}})", "document.signer.name: expected a string"},
      {R"({"references": {}})", "references: expected an array or null"},
      {R"({"references": [{"type": "luat"}, {"number": "1/CT"}]})",
       "references[1].type: expected a string"},
      {R"({"references": [{"type": "luat", "year": "2022"}]})",
       "references[0].year: expected an integer or null"},
      {R"({"obligations": [{"agencies": [{"name": "Sở Y tế", "role": "chair"}]}]})",
       "obligations[0].agencies[0].role: expected \"lead\" or \"support\""},
      {R"({"obligations": [{"deadline": {"text": "x"}}]})",
       "obligations[0].deadline.value: expected a string"},
      {R"({"deadlines": ["2024"]})", "deadlines[0]: expected an object"},
  };
  for (const ShapeCase& c : kCases) {
    const Status status = CheckGoldShape(json::parse(c.gold));
    if (*c.error == '\0') {
      EXPECT_TRUE(status.ok()) << c.gold << ": " << status.ToString();
    } else {
      EXPECT_EQ(status.code(), StatusCode::kDataError) << c.gold;
      EXPECT_TRUE(status.message().starts_with(c.error)) << c.gold << ": " << status.message();
    }
  }
}

}  // namespace
}  // namespace vanban
