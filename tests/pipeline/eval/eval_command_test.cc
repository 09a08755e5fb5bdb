// `vanban eval DIR` end to end: the binary run on small gold sets made in a temp directory.
// Golds here use values no extraction can produce ("khong_phai_ma"), so the expectations
// hold whatever the extractors do.
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

namespace vanban {
namespace {

namespace fs = std::filesystem;

struct CommandRun {
  int exit_code = -1;
  std::string out;
  std::string err;
};

std::string ReadAll(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

class EvalCommandTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("vanban_eval_cmd_" + std::to_string(::getpid()) + "_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_ / "set");
  }
  void TearDown() override { fs::remove_all(dir_); }

  void Write(const std::string& relative, const std::string& content) {
    const fs::path path = dir_ / "set" / relative;
    fs::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary) << content;
  }

  CommandRun Eval(const std::string& args) {
    const std::string command = std::string("'") + VANBAN_BINARY + "' eval " + args + " >'" +
                                (dir_ / "out").string() + "' 2>'" + (dir_ / "err").string() + "'";
    const int status = std::system(command.c_str());
    CommandRun run;
    run.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    run.out = ReadAll(dir_ / "out");
    run.err = ReadAll(dir_ / "err");
    return run;
  }

  std::string Set() const { return "'" + (dir_ / "set").string() + "'"; }

  fs::path dir_;
};

constexpr const char* kText =
    "ỦY BAN NHÂN DÂN\nTỈNH HƯNG YÊN\nSố: 02/CT-UBND\nHưng Yên, ngày 06 tháng 3 năm 2024\n"
    "CHỈ THỊ\nVề việc tiếp tục đẩy mạnh các phong trào thi đua\n";

TEST_F(EvalCommandTest, MissingDirectoryExits2) {
  const CommandRun run = Eval("'" + (dir_ / "nope").string() + "'");
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_NE(run.err.find("nope"), std::string::npos) << run.err;
}

TEST_F(EvalCommandTest, InvalidGoldExits2NamingTheFile) {
  Write("a.txt", kText);
  Write("a.expected.json", R"({"document": {"type": "chi_thi",}})");
  const CommandRun run = Eval(Set());
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_NE(run.err.find("a.expected.json"), std::string::npos) << run.err;
}

TEST_F(EvalCommandTest, NothingDecidedPassesEveryFloor) {
  Write("a.txt", kText);
  Write("a.expected.json", "{}");
  const CommandRun run = Eval(Set() + " --min-field-accuracy 1 --min-references-f1 1");
  EXPECT_EQ(run.exit_code, 0) << run.err;
  EXPECT_NE(run.out.find("1 documents, 0 failed"), std::string::npos) << run.out;
}

TEST_F(EvalCommandTest, FieldBelowFloorExits1NamingIt) {
  Write("sub/a.txt", kText);
  Write("sub/a.expected.json", R"({"document": {"type": "khong_phai_ma"}})");
  EXPECT_EQ(Eval(Set()).exit_code, 0);  // no floor, no failure
  const CommandRun run = Eval(Set() + " --min-field-accuracy 0.5 --per-doc");
  EXPECT_EQ(run.exit_code, 1);
  EXPECT_NE(run.err.find("document.type accuracy 0.000 < 0.500"), std::string::npos) << run.err;
  EXPECT_NE(run.out.find("document.type: gold \"khong_phai_ma\""), std::string::npos) << run.out;
}

TEST_F(EvalCommandTest, GoldWithoutDocumentCountsAsFailed) {
  Write("a.expected.json", R"({"references": [{"type": "luat", "title": "Luật Đất đai"}]})");
  const CommandRun run = Eval(Set() + " --json --per-doc");
  EXPECT_EQ(run.exit_code, 1);
  EXPECT_NE(run.err.find("a.expected.json"), std::string::npos) << run.err;
  const nlohmann::json report = nlohmann::json::parse(run.out);
  EXPECT_EQ(report["failed"], 1);
  EXPECT_EQ(report["categories"]["references"]["fn"], 1);
  EXPECT_EQ(report["categories"]["references"]["fp"], 0);
  EXPECT_FALSE(report["per_document"][0]["failure"].is_null());
}

TEST_F(EvalCommandTest, FloorOutOfRangeIsAUsageError) {
  Write("a.txt", kText);
  Write("a.expected.json", "{}");
  EXPECT_EQ(Eval(Set() + " --min-deadlines-f1 2").exit_code, 2);
}

}  // namespace
}  // namespace vanban
