// `vanban cer` end to end: the binary on a real four-line scan crop (tests/data/scans) with
// its transcription, with a wrong transcription, and without one.
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include "tests/test_paths.h"

namespace vanban {
namespace {

namespace fs = std::filesystem;
using ::vanban::testing::ReadBytes;
using ::vanban::testing::ScanFixture;
using ::vanban::testing::TempDir;
using ::vanban::testing::VanbanBinary;

struct CerRun {
  int exit_code = -1;
  std::string out;
  std::string err;
};

CerRun Cer(const TempDir& tmp, const std::string& args) {
  const fs::path out = tmp.path() / "out.txt";
  const fs::path err = tmp.path() / "err.txt";
  const std::string command = "'" + VanbanBinary().string() + "' cer --jobs 1 " + args + " >'" +
                              out.string() + "' 2>'" + err.string() + "'";
  const int status = std::system(command.c_str());
  return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, ReadBytes(out), ReadBytes(err)};
}

// The crop and a copy of it under another name, in a temp folder, each with `transcription`.
void Stage(const TempDir& tmp, const std::string& transcription) {
  fs::copy_file(ScanFixture("cv-5649-top.png"), tmp.path() / "top.png");
  fs::copy_file(ScanFixture("cv-5649-top.png"), tmp.path() / "top.copy.png");
  std::ofstream(tmp.path() / "top.gt.txt") << transcription;
}

TEST(CerCommand, ReportsEachFileAndTheTotal) {
  TempDir tmp;
  Stage(tmp, ReadBytes(ScanFixture("cv-5649-top.gt.txt")));
  const CerRun run = Cer(tmp, "--max-cer 0.02 '" + tmp.path().string() + "'");
  EXPECT_EQ(run.exit_code, 0) << run.out << run.err;
  // Both files pair with top.gt.txt; 4 printed lines of a clean 300 dpi crop read within 2%.
  EXPECT_NE(run.out.find("top.png\n"), std::string::npos) << run.out;
  EXPECT_NE(run.out.find("top.copy.png\n"), std::string::npos) << run.out;
  EXPECT_NE(run.out.find("total of 2 file(s)"), std::string::npos) << run.out;
}

TEST(CerCommand, AboveMaxCerExitsOne) {
  TempDir tmp;
  Stage(tmp, "Một văn bản khác hẳn những dòng trên trang.");
  const CerRun run = Cer(tmp, "--max-cer 0.5 '" + (tmp.path() / "top.png").string() + "'");
  EXPECT_EQ(run.exit_code, 1) << run.out << run.err;
  EXPECT_NE(run.err.find("total CER"), std::string::npos) << run.err;
}

TEST(CerCommand, AFileWithoutTranscriptionCannotRun) {
  TempDir tmp;
  fs::copy_file(ScanFixture("cv-5649-top.png"), tmp.path() / "alone.png");
  const CerRun run = Cer(tmp, "'" + (tmp.path() / "alone.png").string() + "'");
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_NE(run.err.find("alone.png: no transcription (alone.gt.txt) beside it"), std::string::npos)
      << run.err;
}

TEST(CerCommand, LastPageReadsOnlyTheTranscribedPages) {
  // A two-page TIFF whose transcription is of its first page only.
  TempDir tmp;
  fs::copy_file(ScanFixture("cv-5649-two-pages.tif"), tmp.path() / "two.tif");
  std::ofstream(tmp.path() / "two.gt.txt") << ReadBytes(ScanFixture("cv-5649-top.gt.txt"));
  const CerRun run =
      Cer(tmp, "--last-page 1 --max-cer 0.02 '" + (tmp.path() / "two.tif").string() + "'");
  EXPECT_EQ(run.exit_code, 0) << run.out << run.err;
  EXPECT_NE(run.out.find("     1  total of 1 file(s)"), std::string::npos) << run.out;
}

}  // namespace
}  // namespace vanban
