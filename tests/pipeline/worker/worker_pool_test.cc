// The worker pool with real child processes (the vanban binary as `__worker`): the same
// records whatever the number of jobs, and a file whose worker crashes, hangs or runs out
// of memory fails alone while the batch goes on.
#include "pipeline/worker/worker_pool.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <map>
#include <optional>

#include "pipeline/ingest.h"
#include "tests/test_paths.h"

namespace vanban::worker {
namespace {

namespace fs = std::filesystem;
using ::vanban::testing::SourceDir;
using ::vanban::testing::TempDir;
using ::vanban::testing::VanbanBinary;

// Sets an environment variable for one test (workers inherit it); restores it after.
class ScopedEnv {
 public:
  ScopedEnv(const char* name, const char* value) : name_(name) {
    if (const char* old = std::getenv(name)) old_ = old;
    if (value) {
      ::setenv(name, value, 1);
    } else {
      ::unsetenv(name);
    }
  }
  ~ScopedEnv() {
    if (old_) {
      ::setenv(name_.c_str(), old_->c_str(), 1);
    } else {
      ::unsetenv(name_.c_str());
    }
  }

 private:
  std::string name_;
  std::optional<std::string> old_;
};

PoolOptions Options(int jobs) {
  PoolOptions options;
  options.jobs = jobs;
  options.launch.executable = VanbanBinary();
  return options;
}

const fs::path kSeeds = SourceDir() / "corpus/seeds";

std::vector<fs::path> Seeds() {
  std::vector<fs::path> files;
  for (const auto& e : fs::directory_iterator(kSeeds)) {
    if (e.path().extension() == ".txt") files.push_back(e.path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

// Runs `files` through `pool`; the results by index.
std::map<size_t, ProcessResult> RunAll(WorkerPool& pool, const std::vector<fs::path>& files) {
  std::map<size_t, ProcessResult> results;
  Status s = pool.ProcessAll(files, [&](size_t i, ProcessResult r) {
    EXPECT_FALSE(results.count(i)) << "file " << i << " answered twice";
    results[i] = std::move(r);
    return Status::Ok();
  });
  EXPECT_TRUE(s.ok()) << s.ToString();
  return results;
}

TEST(WorkerPool, WorkersRunWithOneOpenMpThreadFromTheStart) {
  // PEERS.md: without OMP_THREAD_LIMIT=1 in the environment at start, Tesseract is 9x slower.
  for (const char* parent_value : {static_cast<const char*>(nullptr), "4"}) {
    ScopedEnv env("OMP_THREAD_LIMIT", parent_value);
    WorkerPool pool(Options(1));
    RunAll(pool, {Seeds()[0]});
    ASSERT_EQ(pool.hellos().size(), 1u);
    EXPECT_EQ(pool.hellos()[0].omp_thread_limit, "1")
        << "parent had " << (parent_value ? parent_value : "none");
  }
}

TEST(WorkerPool, WorkersRunUnderTheMemoryLimit) {
  PoolOptions options = Options(1);
  options.launch.max_memory_bytes = uint64_t{1} << 30;
  WorkerPool pool(options);
  RunAll(pool, {Seeds()[0]});
  ASSERT_EQ(pool.hellos().size(), 1u);
  if (!LimitsAddressSpace()) GTEST_SKIP() << "sanitized build: the limit is ASAN_OPTIONS";
  EXPECT_EQ(pool.hellos()[0].address_space_limit, uint64_t{1} << 30);
}

TEST(WorkerPool, ResultsAreThoseOfProcessFile) {
  const std::vector<fs::path> files = Seeds();
  WorkerPool pool(Options(2));
  std::map<size_t, ProcessResult> results = RunAll(pool, files);
  ASSERT_EQ(results.size(), files.size());
  for (size_t i = 0; i < files.size(); ++i) {
    ProcessResult here = ProcessFile(files[i]);
    ASSERT_TRUE(here.doc && results[i].doc) << files[i];
    EXPECT_TRUE(*here.doc == *results[i].doc) << files[i];
    EXPECT_EQ(here.sha256, results[i].sha256);
  }
  EXPECT_EQ(pool.hellos().size(), 2u);  // two workers, each reused
}

TEST(WorkerPool, ReadFailureComesBackAsItsStatus) {
  TempDir tmp;
  std::ofstream(tmp.path() / "empty.txt").close();
  WorkerPool pool(Options(1));
  std::map<size_t, ProcessResult> results = RunAll(pool, {tmp.path() / "empty.txt"});
  ASSERT_TRUE(results[0].failure);
  EXPECT_EQ(results[0].failure->stage, "read");
  EXPECT_EQ(results[0].failure->status.code(), StatusCode::kDataError);
}

// One seed file made to fail by the worker's test hook; the others must come through.
struct FaultCase {
  std::string fault;  // VANBAN_TEST_FAULT kind
  StatusCode code;
  std::string message;
};

TEST(WorkerPool, FaultyFileFailsAloneAndTheBatchGoesOn) {
  const std::vector<fs::path> files = Seeds();
  const std::string victim = files[1].filename().string();
  const FaultCase cases[] = {
      {"crash", StatusCode::kCrash, "worker killed by SIGSEGV"},
      {"hang", StatusCode::kTimeout, "no answer after 8 s"},
      {"oom", StatusCode::kOutOfMemory, "allocation failed"},
  };
  for (const FaultCase& c : cases) {
    ScopedEnv env("VANBAN_TEST_FAULT", (c.fault + ":" + victim).c_str());
    PoolOptions options = Options(2);
    // Long enough for a healthy seed under a sanitizer on a busy machine, so that only
    // the victim times out.
    options.timeout = std::chrono::seconds(8);
    options.launch.max_memory_bytes = uint64_t{512} << 20;
    WorkerPool pool(options);
    std::map<size_t, ProcessResult> results = RunAll(pool, files);
    ASSERT_EQ(results.size(), files.size()) << c.fault;
    for (size_t i = 0; i < files.size(); ++i) {
      if (i != 1) {
        EXPECT_TRUE(results[i].doc) << c.fault << ": " << files[i];
        continue;
      }
      ASSERT_TRUE(results[i].failure) << c.fault;
      EXPECT_EQ(results[i].failure->stage, "read");
      EXPECT_EQ(results[i].failure->status.code(), c.code) << c.fault;
      EXPECT_NE(results[i].failure->status.message().find(c.message), std::string::npos)
          << c.fault << ": " << results[i].failure->status.message();
    }
  }
}

// Real inputs, no hook: PNG headers that claim 60000x60000 and 20000x20000 RGB pixels
// (14 and 1.6 GB once decoded) over a few bytes of data. Under a 512 MiB limit they must
// fail with out_of_memory or a clear data error, and the file beside them be stored.
TEST(WorkerPool, AnImageClaimingAnEnormousSizeFailsAlone) {
  const fs::path data = SourceDir() / "tests/data/worker";
  const std::vector<fs::path> files = {data / "header-60000x60000.png", Seeds()[0],
                                       data / "header-20000x20000.png"};
  PoolOptions options = Options(2);
  options.launch.max_memory_bytes = uint64_t{512} << 20;
  WorkerPool pool(options);
  std::map<size_t, ProcessResult> results = RunAll(pool, files);
  ASSERT_EQ(results.size(), files.size());
  EXPECT_TRUE(results[1].doc);
  for (size_t i : {0, 2}) {
    ASSERT_TRUE(results[i].failure) << files[i];
    const Status& status = results[i].failure->status;
    if (status.code() == StatusCode::kUnsupported) {
      GTEST_SKIP() << "this build reads no PNG yet: " << status.ToString();
    }
    EXPECT_TRUE(status.code() == StatusCode::kOutOfMemory ||
                status.code() == StatusCode::kDataError)
        << files[i] << ": " << status.ToString();
    EXPECT_FALSE(status.message().empty());
  }
}

TEST(WorkerPool, ANewWorkerTakesOverAfterACrash) {
  const std::vector<fs::path> files = Seeds();
  ScopedEnv env("VANBAN_TEST_FAULT", ("crash:" + files[0].filename().string()).c_str());
  WorkerPool pool(Options(1));
  std::map<size_t, ProcessResult> results = RunAll(pool, files);
  ASSERT_EQ(results.size(), files.size());
  EXPECT_EQ(results[0].failure->status.code(), StatusCode::kCrash);
  for (size_t i = 1; i < files.size(); ++i) EXPECT_TRUE(results[i].doc) << files[i];
  EXPECT_EQ(pool.hellos().size(), 2u);  // the first died; the second did the rest
}

TEST(WorkerPool, AWorkerThatCannotStartStopsTheBatch) {
  PoolOptions options = Options(1);
  options.launch.executable = "/nonexistent/vanban";
  WorkerPool pool(options);
  int answered = 0;
  Status s = pool.ProcessAll(Seeds(), [&](size_t, ProcessResult) {
    ++answered;
    return Status::Ok();
  });
  EXPECT_FALSE(s.ok());
  EXPECT_NE(s.message().find("/nonexistent/vanban"), std::string::npos) << s.ToString();
  EXPECT_EQ(answered, 0);
}

TEST(WorkerPool, SinkErrorStopsTheBatch) {
  WorkerPool pool(Options(2));
  Status s = pool.ProcessAll(Seeds(), [](size_t, ProcessResult) { return IoError("disk full"); });
  EXPECT_EQ(s.code(), StatusCode::kIoError);
}

}  // namespace
}  // namespace vanban::worker
