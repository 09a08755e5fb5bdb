// normalize_report: runs normalization over a corpus and prints what the line joiner did
// (counts per reason, a random sample of joined and of kept breaks, to be read) and how
// fast normalization runs on the concatenated corpus. A measuring tool, not a test.
//   normalize_report [--samples N] [--seed S] [--reason NAME] DIR|FILE...
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "pipeline/document.h"
#include "pipeline/normalize/line_join.h"
#include "pipeline/normalize/normalize.h"

namespace {

struct Sample {
  std::string file;
  std::string prev;
  std::string next;
  vanban::LineBreak decision;
};

std::string ReadFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

std::vector<std::filesystem::path> TextFiles(const std::vector<std::string>& args) {
  std::vector<std::filesystem::path> files;
  for (const std::string& arg : args) {
    if (std::filesystem::is_directory(arg)) {
      for (const auto& entry : std::filesystem::directory_iterator(arg)) {
        if (entry.path().extension() == ".txt") files.push_back(entry.path());
      }
    } else {
      files.emplace_back(arg);
    }
  }
  std::sort(files.begin(), files.end());
  return files;
}

// The last `n` bytes of a line ending at `end`, cut on a character boundary.
std::string Tail(std::string_view text, size_t end, size_t n) {
  size_t begin = text.rfind('\n', end == 0 ? 0 : end - 1);
  begin = begin == std::string_view::npos ? 0 : begin + 1;
  if (end - begin > n) begin = end - n;
  while (begin < end && (static_cast<unsigned char>(text[begin]) & 0xC0) == 0x80) ++begin;
  return std::string(text.substr(begin, end - begin));
}

std::string Head(std::string_view text, size_t begin, size_t n) {
  size_t end = std::min(text.find('\n', begin), text.size());
  if (end - begin > n) end = begin + n;
  while (end > begin && end < text.size() &&
         (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) {
    --end;
  }
  return std::string(text.substr(begin, end - begin));
}

void PrintSample(const std::vector<Sample>& all, size_t n, std::mt19937& rng) {
  std::vector<Sample> pick;
  std::sample(all.begin(), all.end(), std::back_inserter(pick), n, rng);
  for (const Sample& s : pick) {
    std::printf("  %-24.24s %-16s %60s ⏎ %s\n", s.file.c_str(),
                std::string(vanban::BreakReasonName(s.decision.reason)).c_str(), s.prev.c_str(),
                s.next.c_str());
  }
}

}  // namespace

int main(int argc, char** argv) {
  size_t samples = 40;
  unsigned seed = 1;
  std::string only_reason;
  std::vector<std::string> args;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "--samples" && i + 1 < argc) {
      samples = std::stoul(argv[++i]);
    } else if (arg == "--seed" && i + 1 < argc) {
      seed = static_cast<unsigned>(std::stoul(argv[++i]));
    } else if (arg == "--reason" && i + 1 < argc) {
      only_reason = argv[++i];
    } else {
      args.push_back(arg);
    }
  }
  const std::vector<std::filesystem::path> files = TextFiles(args);
  if (files.empty()) {
    std::cerr << "usage: normalize_report [--samples N] [--seed S] [--reason NAME] DIR|FILE...\n";
    return 2;
  }

  std::map<std::string, size_t> joined_by_reason;
  std::map<std::string, size_t> kept_by_reason;
  std::vector<Sample> joined;
  std::vector<Sample> kept;
  std::string corpus;
  for (const auto& path : files) {
    const std::string raw = ReadFile(path);
    corpus += raw;
    corpus += "\n\n";
    vanban::StatusOr<vanban::TextPass> lines = vanban::NormalizeWithinLines(raw);
    if (!lines.ok()) {
      std::cerr << path << ": " << lines.status().ToString() << "\n";
      return 1;
    }
    const std::string_view text = lines->text;
    for (const vanban::LineBreak& b : vanban::ClassifyLineBreaks(text)) {
      const std::string reason(vanban::BreakReasonName(b.reason));
      (b.join ? joined_by_reason : kept_by_reason)[reason]++;
      if (!only_reason.empty() && reason != only_reason) continue;
      Sample s{path.filename().string(), Tail(text, b.newline, 60), Head(text, b.newline + 1, 45),
               b};
      (b.join ? joined : kept).push_back(std::move(s));
    }
  }

  size_t joins = 0;
  size_t keeps = 0;
  for (const auto& [reason, n] : joined_by_reason) joins += n;
  for (const auto& [reason, n] : kept_by_reason) keeps += n;
  std::printf("%zu files, %zu line breaks between non-blank lines: %zu joined (%.1f%%), %zu kept\n",
              files.size(), joins + keeps, joins,
              100.0 * joins / std::max<size_t>(1, joins + keeps), keeps);
  std::printf("joined by reason:\n");
  for (const auto& [reason, n] : joined_by_reason) std::printf("  %-18s %7zu\n", reason.c_str(), n);
  std::printf("kept by reason:\n");
  for (const auto& [reason, n] : kept_by_reason) std::printf("  %-18s %7zu\n", reason.c_str(), n);

  std::mt19937 rng(seed);
  std::printf("\nsample of joined breaks:\n");
  PrintSample(joined, samples, rng);
  std::printf("\nsample of kept breaks:\n");
  PrintSample(kept, samples, rng);

  // Speed: the whole corpus as one document, best of three runs.
  double best = 1e9;
  for (int run = 0; run < 3; ++run) {
    vanban::Document doc;
    doc.raw_text = corpus;
    const auto start = std::chrono::steady_clock::now();
    vanban::Status status = vanban::Normalize(doc);
    const std::chrono::duration<double> took = std::chrono::steady_clock::now() - start;
    if (!status.ok()) {
      std::cerr << status.ToString() << "\n";
      return 1;
    }
    best = std::min(best, took.count());
  }
  std::printf("\nNormalize on the concatenated corpus: %.2f MB in %.3f s = %.1f MB/s\n",
              corpus.size() / 1e6, best, corpus.size() / 1e6 / best);
  return 0;
}
