// The flags of the commands that read files in isolated worker processes (ingest, extract,
// eval): --jobs, --max-memory, --timeout. See pipeline/worker/worker_pool.h.
#pragma once

#include <CLI/CLI.hpp>
#include <cstdint>

#include "pipeline/readers/reader.h"
#include "pipeline/worker/worker_pool.h"

namespace vanban {

struct WorkerFlags {
  int jobs = 0;  // 0: the machine's cores
  uint64_t max_memory_bytes = uint64_t{3} << 30;
  int timeout_seconds = 600;
};

// Adds --max-memory and --timeout to `cmd`, and --jobs when `with_jobs`.
void AddWorkerFlags(CLI::App* cmd, WorkerFlags& flags, bool with_jobs);

// Pool options for this vanban binary's own workers (re-executed from /proc/self/exe).
worker::PoolOptions PoolOptionsFrom(const WorkerFlags& flags, const ReadOptions& read = {});

}  // namespace vanban
