// Batch ingest: expands files and folders into source files, runs each through the
// pipeline and stores it. A failing file is recorded (path, stage, code, message) and the
// batch goes on; nothing already stored is touched by a later failure.
#pragma once

#include <chrono>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "pipeline/readers/reader.h"
#include "pipeline/runner.h"
#include "pipeline/stages.h"
#include "pipeline/status.h"
#include "pipeline/store/store.h"

namespace vanban {

// The files a list of command-line paths stands for: a file as given (its content decides
// how it is read), a folder walked recursively for files whose extension vanban reads
// (.txt .text .htm .html .xhtml .pdf .png .jpg .jpeg .tif .tiff), hidden entries skipped, sorted by
// path. A path that does not exist, or a folder entry that cannot be listed, comes back as a
// failure.
struct ExpandedPaths {
  std::vector<std::filesystem::path> files;
  std::vector<std::pair<std::string, Status>> failures;  // path, reason
};
ExpandedPaths ExpandPaths(const std::vector<std::string>& paths);

struct IngestFileFailure {
  std::string path;
  StageFailure failure;
};

struct IngestReport {
  int files = 0;
  int added = 0;
  int already_stored = 0;
  int pages = 0;      // of the files read (added or already stored)
  int ocr_pages = 0;  // of those, pages read by OCR
  std::vector<IngestFileFailure> failures;
  std::chrono::duration<double> elapsed{0};
};

// Where a batch stands, after each file.
struct IngestProgress {
  int files_done = 0;
  int files_total = 0;
  int pages = 0;  // as in IngestReport
  int ocr_pages = 0;
  std::chrono::duration<double> elapsed{0};
  std::string path;  // the file just done
};
using IngestProgressFn = std::function<void(const IngestProgress&)>;

// Ingests every file `paths` stand for into `store`, each processed by `runner` (in worker
// processes: pipeline/worker/worker_pool.h) and stored as it finishes, one transaction per
// document, by this thread alone. Fails (without a report) only when the store itself stops
// working or the runner cannot go on; per-file problems are in the report.
StatusOr<IngestReport> Ingest(const std::vector<std::string>& paths, Store& store,
                              BatchRunner& runner, const IngestProgressFn& progress = nullptr);

// The same, every file processed in this process (InProcessRunner).
StatusOr<IngestReport> Ingest(const std::vector<std::string>& paths, Store& store,
                              const IngestProgressFn& progress = nullptr,
                              const ReadOptions& options = {});

}  // namespace vanban
