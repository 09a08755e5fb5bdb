// Agreement between two readings of the same documents: for every <id>.second-reading.json
// in SECOND_DIR (corpus/agreement/), <id>.expected.json under FIRST_DIR is taken as gold and
// the second reading scored against it with the evaluation's own matching (pipeline/eval). A report,
// not a test. Usage: gold_agreement FIRST_DIR SECOND_DIR [--per-doc]
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <map>
#include <string>

#include "pipeline/eval/eval.h"
#include "pipeline/eval/gold_set.h"
#include "pipeline/eval/report.h"

namespace fs = std::filesystem;

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: gold_agreement FIRST_DIR SECOND_DIR [--per-doc]\n");
    return 2;
  }
  const bool per_doc = argc > 3 && std::strcmp(argv[3], "--per-doc") == 0;
  std::map<std::string, fs::path> first;
  for (const auto& e : fs::recursive_directory_iterator(argv[1])) {
    if (e.path().string().ends_with(".expected.json")) first[e.path().filename()] = e.path();
  }
  std::vector<vanban::DocumentResult> results;
  for (const auto& e : fs::directory_iterator(argv[2])) {
    std::string name = e.path().filename();
    constexpr std::string_view kSuffix = ".second-reading.json";
    if (!name.ends_with(kSuffix)) continue;
    name = name.substr(0, name.size() - kSuffix.size()) + ".expected.json";
    auto it = first.find(name);
    if (it == first.end()) {
      std::fprintf(stderr, "gold_agreement: %s has no first reading under %s\n", name.c_str(),
                   argv[1]);
      return 2;
    }
    auto gold = vanban::ReadGold(it->second);
    auto second = vanban::ReadGold(e.path());
    if (!gold.ok() || !second.ok()) {
      std::fprintf(stderr, "gold_agreement: %s: %s\n", name.c_str(),
                   (!gold.ok() ? gold.status() : second.status()).ToString().c_str());
      return 2;
    }
    vanban::DocumentResult r = vanban::EvaluateDocument(*gold, &*second);
    r.name = name;
    results.push_back(std::move(r));
  }
  std::printf("second reading scored against the first (%zu documents)\n\n", results.size());
  std::fputs(vanban::RenderText(vanban::Summarize(std::move(results)), per_doc).c_str(), stdout);
  return 0;
}
