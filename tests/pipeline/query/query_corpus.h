// A real store for the query tests: six real corpus documents (a provincial plan, two
// Prime Minister's dispatches, a ministry letter and a Government Office notice, which cite
// each other, and a 2015 ministry decision) ingested through the whole pipeline into an SQLite file
// in a temp folder, shared by the tests of one suite.
#pragma once

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "pipeline/ingest.h"
#include "pipeline/sha256.h"
#include "pipeline/store/store.h"
#include "tests/test_paths.h"

namespace vanban::testing {

inline const std::vector<std::string>& QueryCorpusFiles() {
  static const std::vector<std::string> files = {
      "kh-0124-dak-lak.txt",   // 0124/KH-UBND, Ủy ban nhân dân tỉnh Đắk Lắk
      "cd-224-2025-ttg.txt",   // 224/CĐ-TTg, cites 627/TB-VPCP and 158/CĐ-TTg
      "cd-220-2025-ttg.txt",   // 220/CĐ-TTg
      "cv-2025-7f6efa.txt",    // cites 220/CĐ-TTg
      "tb-627-2025-vpcp.txt",  // 627/TB-VPCP, cites 158/CĐ-TTg
      "qd-173-2015-btp.txt",   // 173/QĐ-BTP of 2015, a task due in its fourth quarter
  };
  return files;
}

class QueryCorpus : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new std::filesystem::path(std::filesystem::temp_directory_path() /
                                     ("vanban_query_test_" + std::to_string(::getpid())));
    std::filesystem::remove_all(*dir_);
    std::filesystem::create_directories(*dir_);
    StatusOr<std::unique_ptr<Store>> store = Store::Open((*dir_ / "vanban.db").string());
    ASSERT_TRUE(store.ok()) << store.status().ToString();
    store_ = std::move(store).value().release();
    std::vector<std::string> paths;
    for (const std::string& f : QueryCorpusFiles()) {
      paths.push_back((SourceDir() / "corpus/real" / f).string());
    }
    StatusOr<IngestReport> report = Ingest(paths, *store_);
    ASSERT_TRUE(report.ok()) << report.status().ToString();
    ASSERT_EQ(report->added, static_cast<int>(paths.size()));
  }
  static void TearDownTestSuite() {
    delete store_;
    store_ = nullptr;
    std::filesystem::remove_all(*dir_);
    delete dir_;
  }

  // The id (sha256) of the stored document with this number.
  static std::string IdOf(const std::string& number) {
    StatusOr<std::vector<nlohmann::json>> found = store_->Find(number);
    EXPECT_TRUE(found.ok() && found->size() == 1) << number;
    return found.ok() && !found->empty() ? (*found)[0].value("id", "") : "";
  }

  // The id (sha256) of a corpus/real file.
  static std::string IdOfFile(const std::string& name) {
    std::ifstream in(SourceDir() / "corpus/real" / name, std::ios::binary);
    std::stringstream bytes;
    bytes << in.rdbuf();
    StatusOr<std::string> sha = Sha256Hex(bytes.str());
    return sha.ok() ? *sha : "";
  }

  static inline Store* store_ = nullptr;
  static inline std::filesystem::path* dir_ = nullptr;
};

}  // namespace vanban::testing
