// The vanban binary as a user runs it: help, exit codes, extract, ingest/show/export.
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "tests/test_paths.h"

namespace vanban {
namespace {

using ::vanban::testing::SourceDir;
using ::vanban::testing::TempDir;
using ::vanban::testing::VanbanBinary;

struct CliRun {
  int exit_code;
  std::string out;  // stdout; stderr goes to `err`
  std::string err;
};

// Runs the vanban binary with `args` (a shell-quoted string); stderr captured via a file.
CliRun RunVanban(const std::string& args, const TempDir& tmp) {
  const std::string err_path = (tmp.path() / "stderr.txt").string();
  const std::string cmd = "'" + VanbanBinary().string() + "' " + args + " 2>'" + err_path + "'";
  CliRun run{-1, "", ""};
  FILE* pipe = popen(cmd.c_str(), "r");
  if (!pipe) return run;
  std::array<char, 4096> buf;
  size_t n;
  while ((n = fread(buf.data(), 1, buf.size(), pipe)) > 0) run.out.append(buf.data(), n);
  int status = pclose(pipe);
  run.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  std::ifstream err(err_path);
  std::stringstream ss;
  ss << err.rdbuf();
  run.err = ss.str();
  return run;
}

std::string Quote(const std::filesystem::path& p) { return "'" + p.string() + "'"; }

TEST(Cli, HelpListsEveryCommand) {
  TempDir tmp;
  CliRun r = RunVanban("--help", tmp);
  EXPECT_EQ(r.exit_code, 0);
  for (const char* cmd :
       {"ingest", "list", "extract", "show", "export", "eval", "search", "refs"}) {
    EXPECT_NE(r.out.find(cmd), std::string::npos) << cmd;
  }
}

TEST(Cli, UnknownCommandCannotRun) {
  TempDir tmp;
  EXPECT_EQ(RunVanban("frobnicate", tmp).exit_code, 2);
}

TEST(Cli, ExtractPrintsOneJsonRecord) {
  TempDir tmp;
  CliRun r =
      RunVanban("extract " + Quote(SourceDir() / "corpus/seeds/003_67c30c4e6fc6373d.txt"), tmp);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  nlohmann::json record = nlohmann::json::parse(r.out);
  EXPECT_EQ(record["document"]["number"], "02/CT-UBND");
  EXPECT_EQ(record["pipeline"]["name"], "vanban");
}

TEST(Cli, ExtractOfAnEmptyFileFailsWithItsName) {
  TempDir tmp;
  std::ofstream(tmp.path() / "empty.txt").close();
  CliRun r = RunVanban("extract " + Quote(tmp.path() / "empty.txt"), tmp);
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("empty.txt"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("empty"), std::string::npos) << r.err;
  EXPECT_TRUE(r.out.empty());
}

TEST(Cli, IngestShowExportRoundTrip) {
  TempDir tmp;
  const std::string db = "--db " + Quote(tmp.path() / "v.db") + " ";
  CliRun ingest = RunVanban(db + "ingest " + Quote(SourceDir() / "corpus/seeds"), tmp);
  ASSERT_EQ(ingest.exit_code, 0) << ingest.err;
  EXPECT_NE(ingest.out.find("5 added"), std::string::npos) << ingest.out;

  CliRun again = RunVanban(db + "ingest " + Quote(SourceDir() / "corpus/seeds"), tmp);
  EXPECT_EQ(again.exit_code, 0);
  EXPECT_NE(again.out.find("0 added, 5 already stored"), std::string::npos) << again.out;

  CliRun show = RunVanban(db + "show '02/CT - UBND'", tmp);
  ASSERT_EQ(show.exit_code, 0) << show.err;
  EXPECT_NE(show.out.find("chi_thi"), std::string::npos) << show.out;

  CliRun missing = RunVanban(db + "show 99999/XX-YY", tmp);
  EXPECT_EQ(missing.exit_code, 1);

  const auto out = tmp.path() / "all.jsonl";
  CliRun exp = RunVanban(db + "export --format jsonl --out " + Quote(out), tmp);
  ASSERT_EQ(exp.exit_code, 0) << exp.err;
  std::ifstream in(out);
  std::string line;
  int lines = 0;
  while (std::getline(in, line)) {
    EXPECT_TRUE(nlohmann::json::accept(line)) << line;
    ++lines;
  }
  EXPECT_EQ(lines, 5);
}

TEST(Cli, IngestWithSomeFailuresExitsOne) {
  TempDir tmp;
  std::ofstream(tmp.path() / "empty.txt").close();
  CliRun r = RunVanban("--db " + Quote(tmp.path() / "v.db") + " ingest " +
                           Quote(tmp.path() / "empty.txt") + " " +
                           Quote(SourceDir() / "corpus/seeds/004_0150c66a39feb054.txt"),
                       tmp);
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("empty.txt"), std::string::npos) << r.err;
  EXPECT_NE(r.out.find("1 added"), std::string::npos) << r.out;
}

TEST(Cli, UnopenableDatabaseCannotRun) {
  TempDir tmp;
  CliRun r = RunVanban("--db " + Quote(tmp.path() / "no/such/dir/v.db") + " list", tmp);
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("v.db"), std::string::npos) << r.err;
}

// Ingests three real documents (a provincial plan, a dispatch and the notice it cites).
std::string IngestCitingPair(const TempDir& tmp) {
  const std::string db = "--db " + Quote(tmp.path() / "v.db") + " ";
  const auto real = SourceDir() / "corpus/real";
  CliRun ingest = RunVanban(db + "ingest " + Quote(real / "kh-0124-dak-lak.txt") + " " +
                                Quote(real / "cd-224-2025-ttg.txt") + " " +
                                Quote(real / "tb-627-2025-vpcp.txt"),
                            tmp);
  EXPECT_EQ(ingest.exit_code, 0) << ingest.err;
  return db;
}

TEST(Cli, SearchFindsWordsTypedWithoutDiacritics) {
  TempDir tmp;
  const std::string db = IngestCitingPair(tmp);
  CliRun table = RunVanban(db + "search 'so noi vu bao cao'", tmp);
  ASSERT_EQ(table.exit_code, 0) << table.err;
  EXPECT_NE(table.out.find("0124/KH-UBND"), std::string::npos) << table.out;
  EXPECT_NE(table.out.find("«"), std::string::npos) << table.out;

  CliRun json = RunVanban(db + "search 'so noi vu bao cao' --format json", tmp);
  ASSERT_EQ(json.exit_code, 0) << json.err;
  nlohmann::json hits = nlohmann::json::parse(json.out);
  ASSERT_TRUE(hits.is_array());
  bool plan = false;
  for (const auto& h : hits) plan |= h["document"]["number"] == "0124/KH-UBND";
  EXPECT_TRUE(plan) << json.out;
  CliRun two = RunVanban(db + "search 'bao cao' --format json --limit 2", tmp);
  ASSERT_EQ(two.exit_code, 0) << two.err;
  EXPECT_EQ(nlohmann::json::parse(two.out).size(), 2u);

  CliRun csv = RunVanban(db + "search 'bao cao' --format csv", tmp);
  ASSERT_EQ(csv.exit_code, 0) << csv.err;
  EXPECT_EQ(csv.out.rfind("deadline,deadline_text,document_number,", 0), 0u) << csv.out;

  CliRun nothing = RunVanban(db + "search 'zzqxw'", tmp);
  EXPECT_EQ(nothing.exit_code, 1);
  EXPECT_TRUE(nothing.out.empty());
}

TEST(Cli, SearchFiltersByAgencyAndDeadline) {
  TempDir tmp;
  const std::string db = IngestCitingPair(tmp);
  CliRun r =
      RunVanban(db + "search --agency 'BO XAY DUNG' --due-before 2025-12-31 --format json", tmp);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  nlohmann::json hits = nlohmann::json::parse(r.out);
  ASSERT_FALSE(hits.empty());
  for (const auto& h : hits) {
    bool agency = false;
    for (const auto& a : h["agencies"]) agency |= a["name"] == "Bộ Xây dựng";
    EXPECT_TRUE(agency) << h.dump();
    EXPECT_LE(h["deadline"]["value"].get<std::string>(), "2025-12-31") << h.dump();
  }
}

TEST(Cli, MalformedSearchSaysWhyAndCannotRun) {
  TempDir tmp;
  const std::string db = IngestCitingPair(tmp);
  CliRun quote = RunVanban(db + "search '\"bao cao'", tmp);
  EXPECT_EQ(quote.exit_code, 2);
  EXPECT_NE(quote.err.find("quotation mark"), std::string::npos) << quote.err;
  CliRun star = RunVanban(db + "search '*'", tmp);
  EXPECT_EQ(star.exit_code, 2);
  EXPECT_NE(star.err.find("no letters or digits"), std::string::npos) << star.err;
  CliRun day = RunVanban(db + "search --due-before 31/12/2025", tmp);
  EXPECT_EQ(day.exit_code, 2);
  EXPECT_NE(day.err.find("YYYY-MM-DD"), std::string::npos) << day.err;
  EXPECT_EQ(quote.err.find("SQL"), std::string::npos) << quote.err;
}

TEST(Cli, RefsAndShowFollowCitationsBothWays) {
  TempDir tmp;
  const std::string db = IngestCitingPair(tmp);
  CliRun refs = RunVanban(db + "refs '627/TB-VPCP'", tmp);
  ASSERT_EQ(refs.exit_code, 0) << refs.err;
  EXPECT_NE(refs.out.find("224/CĐ-TTg"), std::string::npos) << refs.out;

  CliRun none = RunVanban(db + "refs '9999/XX-YY'", tmp);
  EXPECT_EQ(none.exit_code, 1);

  CliRun cited = RunVanban(db + "show '627/TB-VPCP'", tmp);
  ASSERT_EQ(cited.exit_code, 0) << cited.err;
  EXPECT_NE(cited.out.find("cited by:  1"), std::string::npos) << cited.out;
  EXPECT_NE(cited.out.find("224/CĐ-TTg"), std::string::npos) << cited.out;

  CliRun json = RunVanban(db + "show '224/CĐ-TTg' --json", tmp);
  ASSERT_EQ(json.exit_code, 0) << json.err;
  nlohmann::json shown = nlohmann::json::parse(json.out);
  EXPECT_EQ(shown["record"]["document"]["number"], "224/CĐ-TTg");
  bool resolved = false;
  for (const auto& c : shown["cites"]) {
    resolved |=
        c["number"] == "627/TB-VPCP" && c["to"].is_object() && c["to"]["number"] == "627/TB-VPCP";
  }
  EXPECT_TRUE(resolved) << json.out;
}

}  // namespace
}  // namespace vanban
