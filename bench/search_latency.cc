// Search at scale: builds a scale set from the real corpus (each document run once through
// the whole pipeline, then stored many times over with its number, dates and agencies
// varied) until it holds at least --obligations obligations, and prints the ingest
// throughput of the store with its search index, then p50/p95 latency of a fixed query mix
// (diacritic-free, exact, with filters, documents).
// Usage: vanban_bench_search [--obligations N] [--rounds R] [--db PATH] [FOLDER...]
//        (defaults: 200000 obligations, 20 rounds, /tmp/vanban-bench-search.db, corpus/)
#include <time.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "pipeline/export/record.h"
#include "pipeline/ingest.h"
#include "pipeline/query/document_query.h"
#include "pipeline/query/obligation_query.h"
#include "pipeline/readers/reader.h"
#include "pipeline/sha256.h"
#include "pipeline/stages.h"
#include "pipeline/store/store.h"

namespace {

using nlohmann::json;
using Clock = std::chrono::steady_clock;

struct Source {
  vanban::Document doc;
  json record;
};

struct Agency {
  std::string name, key;
};

// "2025-11-18" with the year moved by `years`; other strings unchanged. Days that do not
// exist in the new year (29 February) become the 28th.
std::string ShiftYear(const std::string& value, int years) {
  if (value.size() < 4 || value.find_first_not_of("0123456789") < 4) return value;
  std::string out = std::to_string(std::stoi(value.substr(0, 4)) + years) + value.substr(4);
  if (out.size() == 10 && out.compare(5, 5, "02-29") == 0) out[9] = '8';
  return out;
}

// Variant k of a source: another sha256, number, years and (for some obligations) agencies.
void Vary(const Source& src, int k, const std::vector<Agency>& agencies, vanban::Document& doc,
          json& record) {
  doc = src.doc;
  record = src.record;
  const std::string sha = *vanban::Sha256Hex(src.doc.source.sha256 + std::to_string(k));
  doc.source.sha256 = sha;
  doc.source.path = src.doc.source.path + "#" + std::to_string(k);
  record["id"] = sha;
  record["source"]["path"] = doc.source.path;
  const int years = k % 7 - 3;
  json& d = record["document"];
  if (d.contains("number") && d["number"].is_string()) {
    d["number"] = std::to_string(k) + d["number"].get<std::string>();
  }
  if (d.contains("issued") && d["issued"].is_string()) {
    d["issued"] = ShiftYear(d["issued"].get<std::string>(), years);
  }
  auto shift_deadline = [&](json& dl) {
    if (dl.is_object() && dl.contains("value") && dl["value"].is_string()) {
      dl["value"] = ShiftYear(dl["value"].get<std::string>(), years);
    }
  };
  if (record.contains("deadlines") && record["deadlines"].is_array()) {
    for (json& dl : record["deadlines"]) shift_deadline(dl);
  }
  if (!record.contains("obligations") || !record["obligations"].is_array()) return;
  size_t j = 0;
  for (json& o : record["obligations"]) {
    if (o.contains("deadline")) shift_deadline(o["deadline"]);
    for (json& a : o["agencies"]) {
      const size_t pick = (static_cast<size_t>(k) * 7919 + j++ * 104729) % (2 * agencies.size());
      if (pick < agencies.size()) {  // half of the agencies replaced
        a["name"] = agencies[pick].name;
        a["key"] = agencies[pick].key;
      }
    }
  }
}

// CPU time of this thread in milliseconds: what a query costs without waiting for a core.
double CpuMs() {
  timespec t{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
  return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

double Percentile(std::vector<double> ms, double p) {
  if (ms.empty()) return 0;
  std::sort(ms.begin(), ms.end());
  return ms[std::min(ms.size() - 1, static_cast<size_t>(p * (ms.size() - 1) + 0.5))];
}

struct Query {
  const char* kind;
  std::string label;
  std::function<vanban::Status(vanban::Store&)> run;
};

vanban::Status Obligations(vanban::Store& store, const vanban::ObligationFilter& f) {
  auto hits = vanban::SearchObligations(store, f);
  return hits.ok() ? vanban::Status::Ok() : hits.status();
}

std::vector<Query> QueryMix() {
  std::vector<Query> mix;
  auto text = [&](const char* kind, const char* q) {
    mix.push_back({kind, q, [q](vanban::Store& s) {
                     vanban::ObligationFilter f;
                     f.text = q;
                     return Obligations(s, f);
                   }});
  };
  for (const char* q : {"bao cao", "so noi vu bao cao", "uy ban nhan dan tinh", "kiem tra giam sat",
                        "phong chong thien tai", "chu tri phoi hop", "bo xay dung",
                        "trien khai thuc hien ke hoach"}) {
    text("folded", q);
  }
  for (const char* q : {"báo cáo kết quả", "Sở Nội vụ", "Bộ Tài chính", "hướng dẫn",
                        "an toàn giao thông", "Ủy ban nhân dân", "\"tổ chức thực hiện\""}) {
    text("exact", q);
  }
  auto filtered = [&](const char* label, std::function<void(vanban::ObligationFilter&)> set) {
    mix.push_back({"filters", label, [set](vanban::Store& s) {
                     vanban::ObligationFilter f;
                     set(f);
                     return Obligations(s, f);
                   }});
  };
  filtered("text+type", [](auto& f) {
    f.text = "bao cao";
    f.type = "cong_dien";
  });
  filtered("agency+due-before", [](auto& f) {
    f.agency = "Bộ Xây dựng";
    f.due_before = "2025-12-31";
  });
  filtered("agency+role", [](auto& f) {
    f.agency = "UBND tỉnh";
    f.role = "lead";
  });
  filtered("overdue-on", [](auto& f) { f.overdue_on = "2024-06-01"; });
  filtered("text+issuer+issued-from", [](auto& f) {
    f.text = "kiem tra";
    f.issuer = "Thủ tướng";
    f.issued_from = "2024-01-01";
  });
  filtered("text+due range", [](auto& f) {
    f.text = "báo cáo";
    f.due_after = "2026-01-01";
    f.due_before = "2026-06-30";
  });
  for (const char* q : {"phong chong lu bao", "chỉ thị tăng cường"}) {
    mix.push_back({"documents", q, [q](vanban::Store& s) {
                     vanban::DocumentFilter f;
                     f.text = q;
                     auto hits = vanban::SearchDocuments(s, f);
                     return hits.ok() ? vanban::Status::Ok() : hits.status();
                   }});
  }
  return mix;
}

}  // namespace

int main(int argc, char** argv) {
  long target = 200000;
  int rounds = 20;
  std::string db_path = "/tmp/vanban-bench-search.db";
  std::vector<std::string> folders;
  bool reuse = false;
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--obligations") == 0 && i + 1 < argc) {
      target = std::atol(argv[++i]);
    } else if (std::strcmp(argv[i], "--rounds") == 0 && i + 1 < argc) {
      rounds = std::atoi(argv[++i]);
    } else if (std::strcmp(argv[i], "--db") == 0 && i + 1 < argc) {
      db_path = argv[++i];
    } else if (std::strcmp(argv[i], "--reuse") == 0) {
      reuse = true;
    } else if (std::strcmp(argv[i], "--help") == 0) {
      std::puts(
          "usage: vanban_bench_search [--obligations N] [--rounds R] [--db PATH] [--reuse] "
          "[FOLDER...]\n  --reuse: time the queries on the scale set an earlier run left at --db");
      return 0;
    } else {
      folders.push_back(argv[i]);
    }
  }
  if (folders.empty()) folders.push_back("corpus");

  // The sources: each corpus document through the whole pipeline once (not timed).
  std::vector<Source> sources;
  std::vector<Agency> agencies;
  size_t per_round = 0;
  for (const auto& file : vanban::ExpandPaths(folders).files) {
    auto doc = vanban::ReadDocument(file);
    if (!doc.ok() || vanban::RunStages(*doc)) continue;
    Source src{std::move(doc).value(), json()};
    src.record = vanban::ToRecord(src.doc);
    for (const json& o : src.record.value("obligations", json::array())) {
      ++per_round;
      for (const json& a : o["agencies"]) agencies.push_back({a["name"], a["key"]});
    }
    sources.push_back(std::move(src));
  }
  if (per_round == 0 || agencies.empty()) {
    std::fprintf(stderr, "vanban_bench_search: no obligations in the given folders\n");
    return 2;
  }

  if (!reuse) {
    for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(db_path + suffix);
  }
  auto opened = vanban::Store::Open(db_path);
  if (!opened.ok()) {
    std::fprintf(stderr, "vanban_bench_search: %s\n", opened.status().ToString().c_str());
    return 2;
  }
  vanban::Store& store = **opened;

  // Ingest: Put (one transaction per document, search rows included) of every variant.
  size_t documents = 0, obligations = 0, text_bytes = 0;
  vanban::Document doc;
  json record;
  const auto start = Clock::now();
  for (int k = 0; !reuse && obligations < static_cast<size_t>(target); ++k) {
    for (const Source& src : sources) {
      Vary(src, k, agencies, doc, record);
      auto put = store.Put(doc, record);
      if (!put.ok()) {
        std::fprintf(stderr, "vanban_bench_search: %s\n", put.status().ToString().c_str());
        return 1;
      }
      ++documents;
      obligations += record.value("obligations", json::array()).size();
      text_bytes += doc.text.size();
    }
  }
  const double ingest_s = std::chrono::duration<double>(Clock::now() - start).count();
  if (reuse) {
    auto counts = store.Count();
    std::printf("scale set reused from %s: %d documents (its ingest is not timed here)\n",
                db_path.c_str(), counts.ok() ? counts->documents : -1);
  } else {
    std::printf(
        "scale set: %zu documents, %zu obligations (%zu corpus documents, %zu obligations "
        "each round), %.0f MB of text\n",
        documents, obligations, sources.size(), per_round, text_bytes / 1e6);
    std::printf(
        "ingest with search index: %.1f s, %.0f documents/s, %.0f obligations/s, "
        "%.1f MB/s of text\n",
        ingest_s, documents / ingest_s, obligations / ingest_s, text_bytes / 1e6 / ingest_s);
  }

  // Latency: one warm-up round, then `rounds` rounds of the mix.
  const std::vector<Query> mix = QueryMix();
  std::vector<std::pair<std::string, double>> timings;
  std::vector<std::vector<double>> per_query(mix.size()), per_query_cpu(mix.size());
  std::vector<double> all_cpu;
  for (int r = 0; r <= rounds; ++r) {
    for (size_t i = 0; i < mix.size(); ++i) {
      const Query& q = mix[i];
      const auto t0 = Clock::now();
      const double cpu0 = CpuMs();
      vanban::Status s = q.run(store);
      const double cpu = CpuMs() - cpu0;
      const double ms = std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
      if (!s.ok()) {
        std::fprintf(stderr, "vanban_bench_search: query failed: %s\n", s.ToString().c_str());
        return 1;
      }
      if (r > 0) timings.push_back({q.kind, ms});
      if (r > 0) per_query[i].push_back(ms);
      if (r > 0) per_query_cpu[i].push_back(cpu);
      if (r > 0) all_cpu.push_back(cpu);
    }
  }
  auto report = [&](const std::string& kind) {
    std::vector<double> ms;
    for (const auto& [k, t] : timings) {
      if (kind == "all" || k == kind) ms.push_back(t);
    }
    std::printf("  %-10s n=%-5zu p50 %7.2f ms  p95 %7.2f ms  max %7.2f ms\n", kind.c_str(),
                ms.size(), Percentile(ms, 0.50), Percentile(ms, 0.95), Percentile(ms, 1.0));
  };
  std::printf("search latency (limit 50, %d rounds of %zu queries; target p95 < 20 ms):\n", rounds,
              mix.size());
  for (const char* kind : {"all", "folded", "exact", "filters", "documents"}) report(kind);
  std::printf("  cpu time   n=%-5zu p50 %7.2f ms  p95 %7.2f ms  (the query thread's own time)\n",
              all_cpu.size(), Percentile(all_cpu, 0.50), Percentile(all_cpu, 0.95));
  std::printf("per query (wall p50, p95; cpu p50, p95):\n");
  for (size_t i = 0; i < mix.size(); ++i) {
    std::printf("  %-10s %7.2f %7.2f ms  cpu %7.2f %7.2f ms  %s\n", mix[i].kind,
                Percentile(per_query[i], 0.5), Percentile(per_query[i], 0.95),
                Percentile(per_query_cpu[i], 0.5), Percentile(per_query_cpu[i], 0.95),
                mix[i].label.c_str());
  }
  return 0;
}
