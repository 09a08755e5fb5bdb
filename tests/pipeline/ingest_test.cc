// End to end: corpus/ into a real SQLite file, twice; bad input beside good input.
#include "pipeline/ingest.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <map>

#include "pipeline/sha256.h"
#include "pipeline/worker/worker_pool.h"
#include "tests/test_paths.h"

namespace vanban {
namespace {

namespace fs = std::filesystem;
using ::vanban::testing::SourceDir;
using ::vanban::testing::TempDir;
using ::vanban::testing::VanbanBinary;

// The text documents of corpus/; its scans (corpus/scans) need OCR and are read by the
// scan tests and the evaluation instead, to keep this suite fast.
std::vector<std::string> TextCorpus() {
  return {(SourceDir() / "corpus/real").string(), (SourceDir() / "corpus/seeds").string()};
}

int CountCorpusDocuments() {
  int n = 0;
  for (const std::string& dir : TextCorpus()) {
    for (const auto& e : fs::recursive_directory_iterator(dir)) {
      if (e.path().extension() == ".txt") ++n;
    }
  }
  return n;
}

void WriteFile(const fs::path& path, const std::string& bytes) {
  std::ofstream out(path, std::ios::binary);
  out << bytes;
}

TEST(Ingest, CorpusTwiceStoresEachDocumentOnce) {
  TempDir tmp;
  auto store = Store::Open((tmp.path() / "v.db").string());
  ASSERT_TRUE(store.ok()) << store.status().ToString();
  const int corpus = CountCorpusDocuments();
  ASSERT_GT(corpus, 40);

  auto first = Ingest(TextCorpus(), **store);
  ASSERT_TRUE(first.ok()) << first.status().ToString();
  EXPECT_EQ(first->files, corpus);
  EXPECT_EQ(first->added, corpus);
  EXPECT_TRUE(first->failures.empty());

  auto second = Ingest(TextCorpus(), **store);
  ASSERT_TRUE(second.ok());
  EXPECT_EQ(second->added, 0);
  EXPECT_EQ(second->already_stored, corpus);
  auto counts = (*store)->Count();
  ASSERT_TRUE(counts.ok());
  EXPECT_EQ(counts->documents, corpus);
  EXPECT_EQ(counts->failures, 0);
}

TEST(Ingest, RecordsCarryTheDocumentFields) {
  TempDir tmp;
  auto store = Store::Open((tmp.path() / "v.db").string());
  ASSERT_TRUE(store.ok());
  // The seed Chỉ thị of Hưng Yên: "Số: 02/CT - UBND", dated 06/3/2024.
  auto report = Ingest({(SourceDir() / "corpus/seeds/003_67c30c4e6fc6373d.txt").string()}, **store);
  ASSERT_TRUE(report.ok());
  auto found = (*store)->Find("02/CT-UBND");
  ASSERT_TRUE(found.ok());
  ASSERT_EQ(found->size(), 1u);
  const nlohmann::json& r = (*found)[0];
  EXPECT_EQ(r["document"]["type"], "chi_thi");
  EXPECT_EQ(r["document"]["issued"], "2024-03-06");
  EXPECT_EQ(r["source"]["media_type"], "text/plain");
  EXPECT_EQ(r["id"].get<std::string>().size(), 64u);
}

TEST(Ingest, FoldersHoldPdfsAndScans) {
  TempDir tmp;
  const fs::path in = tmp.path() / "in";
  fs::create_directories(in);
  fs::copy_file(testing::ScanFixture("qd-47-2025-ttg.digital.pdf"), in / "QD-47.PDF");
  WriteFile(in / "broken.tiff", std::string("II*\0\x08\0\0\0", 8));
  WriteFile(in / "broken.jpeg", "\xFF\xD8\xFF\xE0");
  WriteFile(in / "notes.json", "{}");
  auto store = Store::Open((tmp.path() / "v.db").string());
  ASSERT_TRUE(store.ok());
  auto report = Ingest({in.string()}, **store);
  ASSERT_TRUE(report.ok()) << report.status().ToString();
  EXPECT_EQ(report->files, 3);  // the PDF and the two images; not notes.json
  EXPECT_EQ(report->added, 1);
  ASSERT_EQ(report->failures.size(), 2u);
  for (const auto& f : report->failures) {
    EXPECT_EQ(f.failure.status.code(), StatusCode::kDataError) << f.path;
  }
  auto sha256 = Sha256Hex(testing::ReadBytes(in / "QD-47.PDF"));
  ASSERT_TRUE(sha256.ok());
  auto found = (*store)->Find(*sha256);
  ASSERT_TRUE(found.ok()) << found.status().ToString();
  ASSERT_EQ(found->size(), 1u);
  EXPECT_EQ((*found)[0]["pages"][0]["method"], "pdf-text");
}

TEST(Ingest, BadFilesAreReportedAndTheBatchGoesOn) {
  TempDir tmp;
  const fs::path in = tmp.path() / "in";
  fs::create_directories(in / "sub");
  WriteFile(in / "empty.txt", "");
  WriteFile(in / "binary.txt", std::string("\x7f"
                                           "ELF\x02\x01\x01\0\0\0\0\0",
                                           12));
  WriteFile(in / "invalid.txt", "Quy\xe1\xba\xbft \xff\xfe\xfd\xfc\x80\x81 \xc3\x28\x00\x01");
  fs::create_symlink(in / "missing-target.txt", in / "sub" / "unreadable.txt");
  WriteFile(in / "sub" / "good.txt",
            "ỦY BAN NHÂN DÂN\nTỈNH HƯNG YÊN\nSố: 02/CT-UBND\n"
            "Hưng Yên, ngày 06 tháng 3 năm 2024\nCHỈ THỊ\nVề việc thi đua\n");
  WriteFile(in / "notes.json", "{}");  // not a document extension: skipped inside a folder

  auto store = Store::Open((tmp.path() / "v.db").string());
  ASSERT_TRUE(store.ok());
  // Something already stored must survive the failing batch.
  ASSERT_TRUE(
      Ingest({(SourceDir() / "corpus/seeds/003_67c30c4e6fc6373d.txt").string()}, **store).ok());

  auto report = Ingest({in.string(), (tmp.path() / "no-such-file.txt").string()}, **store);
  ASSERT_TRUE(report.ok()) << report.status().ToString();
  EXPECT_EQ(report->added, 1);
  ASSERT_EQ(report->failures.size(), 5u);
  std::map<std::string, std::string> reason;  // file name -> "stage code"
  for (const auto& f : report->failures) {
    reason[fs::path(f.path).filename().string()] =
        f.failure.stage + " " + std::string(StatusCodeName(f.failure.status.code()));
    EXPECT_FALSE(f.failure.status.message().empty()) << f.path;
  }
  EXPECT_EQ(reason["empty.txt"], "read data_error");
  EXPECT_EQ(reason["binary.txt"], "read unsupported");
  EXPECT_EQ(reason["invalid.txt"], "read data_error");
  EXPECT_EQ(reason["unreadable.txt"], "read io_error");
  EXPECT_EQ(reason["no-such-file.txt"], "read not_found");

  auto counts = (*store)->Count();
  ASSERT_TRUE(counts.ok());
  EXPECT_EQ(counts->documents, 2);  // the seed and good.txt
  EXPECT_EQ(counts->failures, 5);
}

// Every stored record, by id: what a batch left in the database, whatever the order.
std::map<std::string, std::string> StoredRecords(Store& store) {
  std::map<std::string, std::string> records;
  Status s = store.ForEachRecord([&](const nlohmann::json& r) {
    records[r["id"].get<std::string>()] = r.dump();
    return Status::Ok();
  });
  EXPECT_TRUE(s.ok()) << s.ToString();
  return records;
}

worker::PoolOptions Workers(int jobs) {
  worker::PoolOptions options;
  options.jobs = jobs;
  options.launch.executable = VanbanBinary();
  return options;
}

TEST(Ingest, TwoJobsStoreTheSameRecordsAsOne) {
  TempDir tmp;
  std::map<std::string, std::string> by_jobs[2];
  for (int jobs : {1, 2}) {
    auto store = Store::Open((tmp.path() / ("v" + std::to_string(jobs) + ".db")).string());
    ASSERT_TRUE(store.ok());
    worker::WorkerPool pool(Workers(jobs));
    int last_done = 0;
    auto report = Ingest(TextCorpus(), **store, pool, [&](const IngestProgress& p) {
      EXPECT_EQ(p.files_done, last_done + 1);
      last_done = p.files_done;
      EXPECT_GE(p.pages, p.files_done);  // a text file is one page
      EXPECT_EQ(p.ocr_pages, 0);
    });
    ASSERT_TRUE(report.ok()) << report.status().ToString();
    EXPECT_EQ(report->added, CountCorpusDocuments());
    EXPECT_EQ(report->pages, CountCorpusDocuments());
    EXPECT_TRUE(report->failures.empty());
    EXPECT_EQ(last_done, report->files);
    by_jobs[jobs - 1] = StoredRecords(**store);
  }
  EXPECT_EQ(by_jobs[0].size(), static_cast<size_t>(CountCorpusDocuments()));
  EXPECT_TRUE(by_jobs[0] == by_jobs[1]);
}

TEST(Ingest, AFileThatCrashesItsWorkerIsRecordedAsACrash) {
  TempDir tmp;
  const fs::path seeds = SourceDir() / "corpus/seeds";
  // Test hook of the worker (pipeline/worker/worker_main.h): this file dies of SIGSEGV.
  ::setenv("VANBAN_TEST_FAULT", "crash:002_0842f4ade29e96ec.txt", 1);
  auto store = Store::Open((tmp.path() / "v.db").string());
  ASSERT_TRUE(store.ok());
  worker::WorkerPool pool(Workers(2));
  auto report = Ingest({seeds.string()}, **store, pool);
  ::unsetenv("VANBAN_TEST_FAULT");
  ASSERT_TRUE(report.ok()) << report.status().ToString();
  EXPECT_EQ(report->added, 4);
  auto failures = (*store)->Failures();
  ASSERT_TRUE(failures.ok());
  ASSERT_EQ(failures->size(), 1u);
  const Store::Failure& f = (*failures)[0];
  EXPECT_EQ(fs::path(f.path).filename(), "002_0842f4ade29e96ec.txt");
  EXPECT_EQ(f.stage, "read");
  EXPECT_EQ(f.code, "crash");
  EXPECT_NE(f.message.find("SIGSEGV"), std::string::npos) << f.message;
}

}  // namespace
}  // namespace vanban
