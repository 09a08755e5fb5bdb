// Seconds per page of the readers (PDF text layer, PDF rendering + OCR, image + OCR) on the
// files given, in this process: each file is read once untimed (loading the OCR model),
// then --runs more times; prints pages, wall and CPU seconds per page, and pages per second.
// Usage: vanban_bench_read [--runs N] [--dpi N] FILE...
// Run with OMP_THREAD_LIMIT=1 in the environment (shared/PEERS.md).
#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include "pipeline/readers/reader.h"

namespace {

double CpuSeconds() {
  rusage usage;
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_utime.tv_sec + usage.ru_stime.tv_sec +
         (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

}  // namespace

int main(int argc, char** argv) {
  int runs = 3;
  vanban::ReadOptions options;
  std::vector<std::string> files;
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--runs") == 0 && i + 1 < argc) {
      runs = std::atoi(argv[++i]);
    } else if (std::strcmp(argv[i], "--dpi") == 0 && i + 1 < argc) {
      options.dpi = std::atoi(argv[++i]);
    } else if (std::strcmp(argv[i], "--help") == 0) {
      std::puts("usage: vanban_bench_read [--runs N] [--dpi N] FILE...");
      return 0;
    } else {
      files.push_back(argv[i]);
    }
  }
  if (files.empty() || runs < 1) {
    std::fputs("usage: vanban_bench_read [--runs N] [--dpi N] FILE...\n", stderr);
    return 2;
  }
  if (std::getenv("OMP_THREAD_LIMIT") == nullptr) {
    std::fputs("warning: OMP_THREAD_LIMIT is not set; OCR will be much slower\n", stderr);
  }
  std::printf("%-40s %6s %10s %10s %9s\n", "file", "pages", "wall s/pg", "cpu s/pg", "pages/s");
  for (const std::string& file : files) {
    vanban::StatusOr<vanban::Document> warm = vanban::ReadDocument(file, options);
    if (!warm.ok()) {
      std::fprintf(stderr, "%s: %s\n", file.c_str(), warm.status().ToString().c_str());
      return 1;
    }
    const size_t pages = warm->pages.size();
    const auto start = std::chrono::steady_clock::now();
    const double cpu_start = CpuSeconds();
    for (int r = 0; r < runs; ++r) (void)vanban::ReadDocument(file, options);
    const double wall =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    const double cpu = CpuSeconds() - cpu_start;
    const double n = static_cast<double>(pages) * runs;
    std::printf("%-40s %6zu %10.4f %10.4f %9.1f\n", file.c_str(), pages, wall / n, cpu / n,
                n / wall);
  }
  return 0;
}
