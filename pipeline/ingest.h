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
  std::vector<IngestFileFailure> failures;
  std::chrono::duration<double> elapsed{0};
};

// Called after each file: (files done, files in all, the file just done).
using IngestProgress = std::function<void(int, int, const std::string&)>;

// Ingests every file `paths` stand for into `store`. Fails (without a report) only when
// the store itself stops working; per-file problems are in the report.
StatusOr<IngestReport> Ingest(const std::vector<std::string>& paths, Store& store,
                              const IngestProgress& progress = nullptr,
                              const ReadOptions& options = {});

}  // namespace vanban
