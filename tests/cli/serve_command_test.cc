// `vanban serve` as a user starts it: the address it prints, and exit status 2 when it
// cannot open the database or listen.
#include <gtest/gtest.h>

#include <array>
#include <cstdio>
#include <fstream>
#include <sstream>

#include "tests/server/test_server.h"
#include "tests/test_paths.h"

namespace vanban {
namespace {

using ::vanban::testing::TempDir;
using ::vanban::testing::TestServer;
using ::vanban::testing::VanbanBinary;

struct ServeRun {
  int exit_code = -1;
  std::string out, err;
};

// Runs `vanban ARGS` for at most `seconds` (coreutils timeout; 124 when it was stopped).
ServeRun RunFor(int seconds, const std::string& args, const TempDir& tmp) {
  const std::string err_path = (tmp.path() / "stderr.txt").string();
  const std::string cmd = "timeout " + std::to_string(seconds) + " '" + VanbanBinary().string() +
                          "' " + args + " 2>'" + err_path + "'";
  ServeRun run;
  FILE* pipe = popen(cmd.c_str(), "r");
  if (!pipe) return run;
  std::array<char, 4096> buf;
  for (size_t n; (n = fread(buf.data(), 1, buf.size(), pipe)) > 0;) run.out.append(buf.data(), n);
  int status = pclose(pipe);
  run.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  std::stringstream err;
  err << std::ifstream(err_path).rdbuf();
  run.err = err.str();
  return run;
}

TEST(ServeCommand, ListensOnThisMachineOnlyByDefaultAndSaysWhere) {
  TempDir tmp;
  ASSERT_TRUE(TestServer::Get().ok()) << TestServer::Get().error();
  const std::string db = TestServer::Get().db_path().string();
  ServeRun r = RunFor(4, "serve --port 0 --db '" + db + "'", tmp);
  EXPECT_EQ(r.exit_code, 124) << r.err;  // still serving when stopped
  EXPECT_TRUE(r.out.starts_with("vanban serve: http://127.0.0.1:")) << r.out;
  EXPECT_NE(r.out.find("read-only"), std::string::npos) << r.out;
}

TEST(ServeCommand, MissingDatabaseCannotRun) {
  TempDir tmp;
  const std::string db = (tmp.path() / "absent.db").string();
  ServeRun r = RunFor(10, "serve --port 0 --db '" + db + "'", tmp);
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("absent.db"), std::string::npos) << r.err;
  EXPECT_FALSE(std::filesystem::exists(db));
}

TEST(ServeCommand, PortOutOfRangeCannotRun) {
  TempDir tmp;
  EXPECT_EQ(RunFor(10, "serve --port 70000", tmp).exit_code, 2);
}

}  // namespace
}  // namespace vanban
