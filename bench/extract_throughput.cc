// Throughput of normalization plus every extractor, on one core: reads the text documents
// under the given folders once (reading is not timed), then runs all stages over them
// repeatedly until at least --mb megabytes of text have gone through, and prints MB/s.
// Usage: vanban_bench_extract [--mb N] FOLDER...   (default: corpus/)
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <string>
#include <vector>

#include "pipeline/ingest.h"
#include "pipeline/readers/reader.h"
#include "pipeline/stages.h"

int main(int argc, char** argv) {
  double target_mb = 50;
  std::vector<std::string> folders;
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--mb") == 0 && i + 1 < argc) {
      target_mb = std::atof(argv[++i]);
    } else if (std::strcmp(argv[i], "--help") == 0) {
      std::puts("usage: vanban_bench_extract [--mb N] FOLDER...  (default folder: corpus/)");
      return 0;
    } else {
      folders.push_back(argv[i]);
    }
  }
  if (folders.empty()) folders.push_back("corpus");

  std::vector<vanban::Document> docs;
  size_t bytes = 0;
  for (const auto& file : vanban::ExpandPaths(folders).files) {
    auto doc = vanban::ReadDocument(file);
    if (!doc.ok()) continue;
    bytes += doc->raw_text.size();
    docs.push_back(std::move(doc).value());
  }
  if (docs.empty() || bytes == 0) {
    std::fprintf(stderr, "vanban_bench_extract: no readable documents in the given folders\n");
    return 2;
  }

  size_t processed = 0;
  int rounds = 0;
  const auto start = std::chrono::steady_clock::now();
  while (processed < target_mb * 1e6) {
    for (const vanban::Document& original : docs) {
      vanban::Document doc;
      doc.source = original.source;
      doc.raw_text = original.raw_text;
      doc.pages = original.pages;
      if (auto failure = vanban::RunStages(doc)) {
        std::fprintf(stderr, "%s: %s: %s\n", doc.source.path.c_str(), failure->stage.c_str(),
                     failure->status.ToString().c_str());
        return 1;
      }
      processed += original.raw_text.size();
    }
    ++rounds;
  }
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::printf("documents %zu (%.2f MB), rounds %d, text processed %.1f MB in %.2f s\n",
              docs.size(), bytes / 1e6, rounds, processed / 1e6, seconds);
  std::printf("stages:");
  for (const vanban::Stage& s : vanban::Stages()) std::printf(" %s", std::string(s.name).c_str());
  std::printf("\nthroughput %.1f MB/s (one core; target >= 20 MB/s)\n", processed / 1e6 / seconds);
  return 0;
}
