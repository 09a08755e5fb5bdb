// Runner: reads one source file and runs every stage on it (pipeline/stages.h). The batch
// commands (ingest, extract, eval) all go through ProcessFile, so a file is handled the same
// way whichever command reads it, and whichever process: here (InProcessRunner) or in an
// isolated worker process (pipeline/worker/worker_pool.h), which calls ProcessFile too.
#pragma once

#include <filesystem>
#include <functional>
#include <optional>
#include <vector>

#include "pipeline/document.h"
#include "pipeline/readers/reader.h"
#include "pipeline/stages.h"

namespace vanban {

struct ProcessResult {
  std::optional<Document> doc;          // set when every stage succeeded
  std::optional<StageFailure> failure;  // set otherwise ("read" when the reader failed)
  std::string sha256;                   // of the source bytes, when they could be read
};

// Reads `path` with the reader its content calls for, then runs all stages.
ProcessResult ProcessFile(const std::filesystem::path& path, const ReadOptions& options = {});

// Called for each file of a batch as it finishes, with its index among the files, in the
// caller's thread. A non-ok status stops the batch; ProcessAll returns it.
using ResultSink = std::function<Status(size_t index, ProcessResult result)>;

// How a batch of files is processed. ProcessAll calls `sink` once for every file, in the
// order they finish, and returns ok; or the first non-ok status of `sink`, or a reason the
// batch could not go on (a worker that cannot be started).
class BatchRunner {
 public:
  virtual ~BatchRunner() = default;
  virtual Status ProcessAll(const std::vector<std::filesystem::path>& files,
                            const ResultSink& sink) = 0;
};

// In this process, one file after another: for tests and callers that need no isolation.
class InProcessRunner final : public BatchRunner {
 public:
  explicit InProcessRunner(ReadOptions options = {}) : options_(std::move(options)) {}
  Status ProcessAll(const std::vector<std::filesystem::path>& files,
                    const ResultSink& sink) override;

 private:
  ReadOptions options_;
};

}  // namespace vanban
