// obligation_check: shows what the obligations extractor (extractors/obligations.h) makes of
// documents, to read its output beside the text. Not a test: a report to find failures with.
//
// Usage: obligation_check [--text] FILE...
//   obligation_check corpus/real/cd-220-2025-ttg.txt   (one line per obligation)
//   obligation_check --text corpus/real/cd-220-2025-ttg.txt   (the normalized body zones)
#include <iostream>
#include <string>
#include <string_view>
#include <vector>

#include "pipeline/runner.h"

namespace vanban {
namespace {

std::string Shorten(std::string_view text, size_t limit) {
  std::string out;
  for (char c : text) out += c == '\n' ? ' ' : c;
  if (out.size() <= limit) return out;
  size_t cut = limit;
  while (cut > 0 && (static_cast<unsigned char>(out[cut]) & 0xC0) == 0x80) --cut;
  return out.substr(0, cut) + "…";
}

void PrintBody(const Document& doc) {
  for (const Zone& zone : doc.zones) {
    if (zone.kind != ZoneKind::kBody) continue;
    std::cout << "=== body [" << zone.span.begin << ", " << zone.span.end << ")\n"
              << doc.Slice(zone.span) << "\n";
  }
}

void PrintObligations(const Document& doc) {
  for (const Obligation& o : doc.obligations) {
    std::cout << "  |";
    for (const AgencyRole& a : o.agencies) std::cout << " " << a.role[0] << ":" << a.name << ";";
    if (o.deadline) std::cout << " => " << o.deadline->value << " «" << o.deadline->text << "»";
    std::cout << "\n  |     " << Shorten(o.action, 150) << "\n";
  }
}

}  // namespace
}  // namespace vanban

int main(int argc, char** argv) {
  bool text = false;
  std::vector<std::string> files;
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (arg == "--text") {
      text = true;
    } else {
      files.emplace_back(arg);
    }
  }
  if (files.empty()) {
    std::cerr << "usage: obligation_check [--text] FILE...\n";
    return 2;
  }
  int failed = 0;
  for (const std::string& file : files) {
    vanban::ProcessResult result = vanban::ProcessFile(file);
    if (!result.doc) {
      std::cerr << file << ": failed\n";
      ++failed;
      continue;
    }
    std::cout << "##### " << file << "\n";
    if (text) {
      vanban::PrintBody(*result.doc);
    } else {
      vanban::PrintObligations(*result.doc);
    }
  }
  return failed ? 1 : 0;
}
