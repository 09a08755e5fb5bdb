// Paths the tests need: the source tree (for corpus/ and schemas/), the vanban binary, and
// a fresh temporary folder per test.
#pragma once

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace vanban::testing {

inline std::filesystem::path SourceDir() { return VANBAN_SOURCE_DIR; }
inline std::filesystem::path VanbanBinary() { return VANBAN_BINARY; }

// tests/data/scans/<name>: the scan and PDF fixtures (tests/data/scans/README.md).
inline std::filesystem::path ScanFixture(const std::string& name) {
  return SourceDir() / "tests/data/scans" / name;
}

// The bytes of a file, or "" when it cannot be read.
inline std::string ReadBytes(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

// A new empty folder under the system temp dir, named for the running test; removed by
// the destructor.
class TempDir {
 public:
  TempDir() {
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    path_ = std::filesystem::temp_directory_path() /
            ("vanban-" + std::string(info->test_suite_name()) + "-" + info->name() + "-" +
             std::to_string(::getpid()));
    std::filesystem::remove_all(path_);
    std::filesystem::create_directories(path_);
  }
  ~TempDir() { std::filesystem::remove_all(path_); }
  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

}  // namespace vanban::testing
