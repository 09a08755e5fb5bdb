// Test helper: the real documents the normalization tests read. The repository's corpus
// (corpus/real, corpus/seeds) and the fixtures in tests/data/normalize are always there;
// VANBAN_CORPUS_DIR may name one more directory of *.txt files (the full shared corpus).
#pragma once

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace vanban {

inline std::string ReadTestFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// A corpus document by file name: corpus/real/NAME, else tests/data/normalize/NAME.
inline std::filesystem::path CorpusFile(const std::string& name) {
  const std::filesystem::path source(VANBAN_SOURCE_DIR);
  const std::filesystem::path in_corpus = source / "corpus" / "real" / name;
  if (std::filesystem::exists(in_corpus)) return in_corpus;
  return source / "tests" / "data" / "normalize" / name;
}

// Every *.txt document the corpus tests run over.
inline std::vector<std::filesystem::path> CorpusFiles() {
  const std::filesystem::path source(VANBAN_SOURCE_DIR);
  std::vector<std::filesystem::path> dirs = {source / "corpus" / "real",
                                             source / "corpus" / "seeds",
                                             source / "tests" / "data" / "normalize"};
  if (const char* extra = std::getenv("VANBAN_CORPUS_DIR"); extra != nullptr && *extra != '\0') {
    dirs.emplace_back(extra);
  }
  std::vector<std::filesystem::path> files;
  for (const auto& dir : dirs) {
    if (!std::filesystem::is_directory(dir)) continue;
    for (const auto& entry : std::filesystem::directory_iterator(dir)) {
      if (entry.path().extension() == ".txt") files.push_back(entry.path());
    }
  }
  return files;
}

}  // namespace vanban
