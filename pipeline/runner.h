// Runner: reads one source file and runs every stage on it (pipeline/stages.h). The batch
// commands (ingest, extract, eval) all go through ProcessFile, so a file is handled the same
// way whichever command reads it.
#pragma once

#include <filesystem>
#include <optional>

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

}  // namespace vanban
