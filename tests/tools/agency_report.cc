// agency_report: prints the bodies FindAgencies (extractors/agencies.h) names, to read them
// against the text. Not a test: a report to find failures with.
//
// Usage: agency_report FILE...          each line of each document's body and addressee
//                                       zones, then the names found in it
//        agency_report --text "STRETCH"  the names found in one stretch of text
//        agency_report --time FILE...    only the time FindAgencies takes over the bodies
#include <chrono>
#include <cstdio>
#include <string>
#include <string_view>

#include "extractors/agencies.h"
#include "extractors/lines.h"
#include "pipeline/runner.h"

namespace {

constexpr int kTimeRounds = 5;  // FindAgencies runs over each body this many times

void PrintStretch(const vanban::Document& doc, vanban::Span span) {
  for (const vanban::AgencyMention& m : vanban::FindAgencies(doc, span)) {
    std::printf("    -> %s\n", m.name.c_str());
  }
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: agency_report [--text STRETCH | --time] FILE...\n");
    return 2;
  }
  std::string_view first = argv[1];
  if (first == "--text") {
    vanban::Document doc;
    for (int a = 2; a < argc; ++a) {
      doc.text = argv[a];
      std::printf("%s\n", argv[a]);
      PrintStretch(doc, {0, doc.text.size()});
    }
    return 0;
  }
  const bool time_only = first == "--time";
  double seconds = 0;
  size_t bytes = 0;
  for (int a = time_only ? 2 : 1; a < argc; ++a) {
    vanban::ProcessResult result = vanban::ProcessFile(argv[a]);
    if (!result.doc) continue;
    const vanban::Document& doc = *result.doc;
    const vanban::Zone* body = doc.FindZone(vanban::ZoneKind::kBody);
    if (!body) continue;
    if (time_only) {
      auto start = std::chrono::steady_clock::now();
      size_t found = 0;
      for (int r = 0; r < kTimeRounds; ++r) found = vanban::FindAgencies(doc, body->span).size();
      seconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
      bytes += body->span.size() * kTimeRounds;
      std::printf("%s: %zu names\n", argv[a], found);
      continue;
    }
    std::printf("=== %s\n", argv[a]);
    for (const vanban::Zone& zone : doc.zones) {
      if (zone.kind != vanban::ZoneKind::kBody && zone.kind != vanban::ZoneKind::kAddressees) {
        continue;
      }
      for (vanban::Span line : vanban::SplitLines(doc.text, zone.span)) {
        if (vanban::FindAgencies(doc, line).empty()) continue;
        std::printf("  %s\n", std::string(doc.Slice(line)).c_str());
        PrintStretch(doc, line);
      }
    }
  }
  if (time_only && seconds > 0) {
    std::printf("%zu bytes in %.3f s: %.1f MB/s\n", bytes, seconds, bytes / seconds / 1e6);
  }
  return 0;
}
