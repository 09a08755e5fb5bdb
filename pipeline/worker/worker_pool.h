// WorkerPool: a batch run in isolated worker processes (pipeline/worker/process.h), up to
// `jobs` at once, each reused across files. A file whose worker crashes, runs past the time
// limit or out of memory fails alone, as a "read" failure with code crash, timeout or
// out_of_memory; a new worker takes the next file. Results come back to the caller's
// thread as they finish, so the caller can be the one writer of a database and at most
// `jobs` documents are in memory at once, however long the batch.
//
// Example:
//   WorkerPool pool({.jobs = 2, .launch = {.executable = "/proc/self/exe"}});
//   Status s = pool.ProcessAll(files, [&](size_t i, ProcessResult r) { ...; return Ok(); });
#pragma once

#include <chrono>
#include <cstdint>
#include <memory>
#include <vector>

#include "pipeline/runner.h"
#include "pipeline/worker/process.h"
#include "pipeline/worker/protocol.h"

namespace vanban::worker {

struct PoolOptions {
  int jobs = 0;  // workers at once; 0: the machine's cores
  LaunchOptions launch;
  std::chrono::seconds timeout{600};  // per file, from the request to the answer
  ReadOptions read;
};

// The default number of workers: std::thread::hardware_concurrency(), at least 1.
int DefaultJobs();

class WorkerPool final : public BatchRunner {
 public:
  explicit WorkerPool(PoolOptions options);
  ~WorkerPool() override;

  // Workers are started as files need them (never more than there are files) and left
  // running for the next ProcessAll; the pool's destructor stops them.
  Status ProcessAll(const std::vector<std::filesystem::path>& files,
                    const ResultSink& sink) override;

  // The hello of every worker started so far, in order of arrival.
  const std::vector<Hello>& hellos() const { return hellos_; }
  int jobs() const { return jobs_; }

 private:
  struct Slot;
  // Sends file `index` to the slot's worker, starting one when it has none.
  Status Dispatch(Slot& slot, size_t index, const std::filesystem::path& file);
  // Reads what the slot's worker sent; finishes its file when the answer is whole or the
  // worker died.
  Status Receive(Slot& slot, const ResultSink& sink);
  Status Finish(Slot& slot, ProcessResult result, const ResultSink& sink);
  void Abandon();

  PoolOptions options_;
  int jobs_;
  std::vector<Slot> slots_;
  std::vector<Hello> hellos_;
  std::vector<char> read_buffer_;
};

}  // namespace vanban::worker
