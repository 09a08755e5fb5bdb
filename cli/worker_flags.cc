#include "cli/worker_flags.h"

#include <string>

namespace vanban {

void AddWorkerFlags(CLI::App* cmd, WorkerFlags& flags, bool with_jobs) {
  if (with_jobs) {
    cmd->add_option("-j,--jobs", flags.jobs,
                    "Worker processes reading files at once (default: the machine's cores, " +
                        std::to_string(worker::DefaultJobs()) + " here)")
        ->check(CLI::PositiveNumber);
  }
  cmd->add_option("--max-memory", flags.max_memory_bytes,
                  "Address-space limit of each worker, e.g. 3G, 512M (default 3G); a file "
                  "that needs more fails with out_of_memory")
      ->transform(CLI::AsSizeValue(false))
      ->check(CLI::Range(uint64_t{64} << 20, ~uint64_t{0}));
  cmd->add_option("--timeout", flags.timeout_seconds,
                  "Seconds a worker may spend on one file before it is killed and the file "
                  "fails with timeout (default 600)")
      ->check(CLI::PositiveNumber);
}

worker::PoolOptions PoolOptionsFrom(const WorkerFlags& flags, const ReadOptions& read) {
  worker::PoolOptions options;
  options.jobs = flags.jobs;
  options.launch.executable = "/proc/self/exe";
  options.launch.max_memory_bytes = flags.max_memory_bytes;
  options.timeout = std::chrono::seconds(flags.timeout_seconds);
  options.read = read;
  return options;
}

}  // namespace vanban
