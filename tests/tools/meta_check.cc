// meta_check: measures the document metadata the pipeline extracts against two references,
// over a whole corpus directory, with the same code path as the CLI (ReadDocument, then
// every stage of pipeline/stages.h):
//   - the source's own metadata in MANIFEST.tsv ("tvpl_meta: Số hiệu=...; Loại văn bản=...;
//     Người ký=...; Ngày ban hành=..."): number, type, signer name, issue date;
//   - hand-written gold files (*.expected.json beside the documents, ANNOTATION.md): every
//     document field, compared as the evaluation does (lower case, one tone placement,
//     quotes and final punctuation dropped, a leading "V/v" read as "về việc").
// Prints per-field accuracy and every miss. Not a test: a report to find failures with.
//
// Usage: meta_check [--manifest CORPUS_DIR] [--gold GOLD_DIR]... [--quiet] [--zones FILE]
//                   [--table DIR]
//   meta_check --manifest corpus/real --gold corpus/real --gold corpus/seeds
//   meta_check --zones corpus/real/cv-5348-2025-cs.txt   (prints one file's zones and fields)
//   meta_check --table corpus/real                       (one line of fields per document)
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "extractors/doc_types.h"
#include "pipeline/normalize/fold.h"
#include "pipeline/runner.h"

namespace fs = std::filesystem;
using nlohmann::json;

namespace vanban {
namespace {

struct Tally {
  int right = 0;
  int total = 0;
  // The same over documents whose header the source kept (a quốc hiệu or a "Số:" line was
  // found): a header cut off by the source holds no number or date to read.
  int right_with_header = 0;
  int total_with_header = 0;
  std::vector<std::string> misses;
};

// The evaluation's text key (ANNOTATION.md, "Matching").
std::string MatchKey(std::string_view s) {
  std::string key = FoldKey(s);
  std::string out;
  for (size_t i = 0; i < key.size(); ++i) {
    // Quotation marks: ASCII and the typographic ones (U+201C/D, U+2018/9, «»).
    if (key[i] == '"' || key[i] == '\'') continue;
    if (key.compare(i, 3, "\xE2\x80\x9C") == 0 || key.compare(i, 3, "\xE2\x80\x9D") == 0 ||
        key.compare(i, 3, "\xE2\x80\x98") == 0 || key.compare(i, 3, "\xE2\x80\x99") == 0) {
      i += 2;
      continue;
    }
    out += key[i];
  }
  while (!out.empty() && std::string_view(".,;:!? ").find(out.back()) != std::string_view::npos) {
    out.pop_back();
  }
  if (out.rfind("v/v", 0) == 0) out = "về việc" + out.substr(3);
  std::string collapsed;
  for (char c : out) {
    if (c == ' ' && (collapsed.empty() || collapsed.back() == ' ')) continue;
    collapsed += c;
  }
  return collapsed;
}

void Score(Tally& tally, const std::string& id, const std::optional<std::string>& expected,
           const std::optional<std::string>& got, bool with_header = true) {
  ++tally.total;
  if (with_header) ++tally.total_with_header;
  bool ok = expected.has_value() == got.has_value() &&
            (!expected || MatchKey(*expected) == MatchKey(*got));
  if (ok) {
    ++tally.right;
    if (with_header) ++tally.right_with_header;
    return;
  }
  tally.misses.push_back(id + ": expected [" + expected.value_or("null") + "] got [" +
                         got.value_or("null") + "]");
}

std::optional<std::string> Value(const std::optional<Field>& f) {
  if (!f) return std::nullopt;
  return f->value;
}

void Print(const std::string& title, std::map<std::string, Tally>& tallies, bool quiet) {
  std::printf("== %s\n", title.c_str());
  for (auto& [field, t] : tallies) {
    std::printf("  %-16s %5.3f  (%d/%d)", field.c_str(),
                t.total ? static_cast<double>(t.right) / t.total : 0.0, t.right, t.total);
    if (t.total_with_header != t.total) {
      std::printf("   with the header kept: %5.3f  (%d/%d)",
                  t.total_with_header
                      ? static_cast<double>(t.right_with_header) / t.total_with_header
                      : 0.0,
                  t.right_with_header, t.total_with_header);
    }
    std::printf("\n");
  }
  if (quiet) return;
  for (auto& [field, t] : tallies) {
    for (const std::string& miss : t.misses)
      std::printf("  MISS %-12s %s\n", field.c_str(), miss.c_str());
  }
}

std::optional<Document> Process(const fs::path& path) {
  ProcessResult result = ProcessFile(path);
  if (!result.doc) {
    std::fprintf(stderr, "%s: failed in %s: %s\n", path.string().c_str(),
                 result.failure ? result.failure->stage.c_str() : "?",
                 result.failure ? result.failure->status.ToString().c_str() : "");
    return std::nullopt;
  }
  return std::move(*result.doc);
}

// "Số hiệu=5348/CT-CS; Loại văn bản=Công văn; ..." -> map.
std::map<std::string, std::string> ParseTvplMeta(const std::string& note) {
  std::map<std::string, std::string> out;
  size_t at = note.find("tvpl_meta:");
  if (at == std::string::npos) return out;
  std::stringstream ss(note.substr(at + 10));
  std::string item;
  while (std::getline(ss, item, ';')) {
    size_t eq = item.find('=');
    if (eq == std::string::npos) continue;
    auto trim = [](std::string s) {
      while (!s.empty() && s.front() == ' ') s.erase(0, 1);
      while (!s.empty() && s.back() == ' ') s.pop_back();
      return s;
    };
    out[trim(item.substr(0, eq))] = trim(item.substr(eq + 1));
  }
  return out;
}

std::optional<fs::path> DocumentFile(const fs::path& dir, const std::string& id) {
  for (const auto& entry : fs::directory_iterator(dir)) {
    std::string name = entry.path().filename().string();
    if (name.rfind(id + ".", 0) == 0 && name.find(".expected.json") == std::string::npos) {
      return entry.path();
    }
  }
  return std::nullopt;
}

std::optional<std::string> IsoFromDmy(const std::string& dmy) {
  int d = 0, m = 0, y = 0;
  if (std::sscanf(dmy.c_str(), "%d/%d/%d", &d, &m, &y) != 3) return std::nullopt;
  char buf[16];
  std::snprintf(buf, sizeof(buf), "%04d-%02d-%02d", y, m, d);
  return std::string(buf);
}

std::optional<std::string> CodeForTypeName(const std::string& name) {
  for (const DocType& t : DocTypes()) {
    if (MatchKey(t.name) == MatchKey(name)) return t.code;
  }
  return std::nullopt;
}

void CheckManifest(const fs::path& dir, bool quiet) {
  std::ifstream in(dir / "MANIFEST.tsv");
  std::string line;
  std::map<std::string, Tally> tallies;
  std::getline(in, line);  // header
  while (std::getline(in, line)) {
    std::vector<std::string> cols;
    std::stringstream ss(line);
    std::string col;
    while (std::getline(ss, col, '\t')) cols.push_back(col);
    if (cols.size() < 8) continue;
    auto meta = ParseTvplMeta(cols[7]);
    if (meta.empty()) continue;
    const std::string& id = cols[0];
    auto path = DocumentFile(dir, id);
    if (!path) continue;
    auto doc = Process(*path);
    if (!doc) continue;
    const DocumentMeta& m = doc->meta;
    bool header = doc->FindZone(ZoneKind::kMotto) || doc->FindZone(ZoneKind::kNumber);
    if (meta.count("Số hiệu")) {
      std::string expected = meta["Số hiệu"];
      std::string got = m.number ? m.number->value : "";
      expected.erase(std::remove(expected.begin(), expected.end(), ' '), expected.end());
      Score(tallies["number"], id, expected, m.number ? std::optional(got) : std::nullopt, header);
    }
    if (meta.count("Loại văn bản")) {
      if (auto code = CodeForTypeName(meta["Loại văn bản"])) {
        Score(tallies["type"], id, code, Value(m.type), header);
      }
    }
    if (meta.count("Người ký")) {
      Score(tallies["signer.name"], id, meta["Người ký"], Value(m.signer.name), header);
    }
    if (meta.count("Ngày ban hành")) {
      if (auto iso = IsoFromDmy(meta["Ngày ban hành"])) {
        Score(tallies["issued"], id, iso, Value(m.issued), header);
      }
    }
  }
  Print("source metadata (MANIFEST.tsv tvpl_meta) in " + dir.string(), tallies, quiet);
}

std::optional<std::string> GoldString(const json& obj, const char* key, bool* present) {
  *present = obj.contains(key);
  if (!*present || obj[key].is_null()) return std::nullopt;
  if (obj[key].is_string()) return obj[key].get<std::string>();
  return obj[key].dump();
}

void CheckGold(const std::vector<fs::path>& dirs, bool quiet) {
  std::map<std::string, Tally> tallies;
  for (const fs::path& dir : dirs) {
    std::vector<fs::path> golds;
    for (const auto& entry : fs::directory_iterator(dir)) {
      std::string name = entry.path().filename().string();
      if (name.size() > 14 && name.ends_with(".expected.json")) golds.push_back(entry.path());
    }
    std::sort(golds.begin(), golds.end());
    for (const fs::path& gold_path : golds) {
      std::string name = gold_path.filename().string();
      std::string id = name.substr(0, name.size() - std::string(".expected.json").size());
      auto path = DocumentFile(dir, id);
      if (!path) continue;
      std::ifstream gin(gold_path);
      json gold = json::parse(gin, nullptr, false);
      if (gold.is_discarded() || !gold.contains("document")) continue;
      auto doc = Process(*path);
      if (!doc) continue;
      const json& g = gold["document"];
      const DocumentMeta& m = doc->meta;
      bool present = false;
      const std::pair<const char*, const std::optional<Field>*> fields[] = {
          {"type", &m.type},   {"number", &m.number}, {"issuer", &m.issuer},
          {"place", &m.place}, {"issued", &m.issued}, {"subject", &m.subject}};
      for (const auto& [key, field] : fields) {
        auto expected = GoldString(g, key, &present);
        if (present) Score(tallies[key], id, expected, Value(*field));
      }
      if (g.contains("signer")) {
        const json& s = g["signer"];
        bool none = s.is_null();
        const std::pair<const char*, const std::optional<Field>*> signer[] = {
            {"name", &m.signer.name},
            {"title", &m.signer.title},
            {"authority", &m.signer.authority}};
        for (const auto& [key, field] : signer) {
          if (none) {
            Score(tallies[std::string("signer.") + key], id, std::nullopt, Value(*field));
            continue;
          }
          auto expected = GoldString(s, key, &present);
          if (present) Score(tallies[std::string("signer.") + key], id, expected, Value(*field));
        }
      }
    }
  }
  std::string names;
  for (const fs::path& d : dirs) names += " " + d.string();
  Print("gold (*.expected.json) in" + names, tallies, quiet);
}

void PrintZones(const fs::path& path) {
  auto doc = Process(path);
  if (!doc) return;
  for (const Zone& z : doc->zones) {
    std::string t(doc->Slice(z.span));
    if (z.kind == ZoneKind::kBody && t.size() > 160)
      t = t.substr(0, 80) + " ... " + t.substr(t.size() - 60);
    std::printf("%-11s [%s]\n", std::string(ZoneKindName(z.kind)).c_str(), t.c_str());
  }
  const DocumentMeta& m = doc->meta;
  auto show = [](const char* name, const std::optional<Field>& f) {
    std::printf("%-17s %s\n", name, f ? f->value.c_str() : "null");
  };
  show("type", m.type);
  show("number", m.number);
  show("issuer", m.issuer);
  show("parent_issuer", m.parent_issuer);
  show("place", m.place);
  show("issued", m.issued);
  show("subject", m.subject);
  show("signer.name", m.signer.name);
  show("signer.title", m.signer.title);
  show("signer.authority", m.signer.authority);
  for (const Field& f : m.addressees) std::printf("addressee         %s\n", f.value.c_str());
  for (const Field& f : m.recipients) std::printf("recipient         %s\n", f.value.c_str());
}

void PrintTable(const fs::path& dir) {
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(dir)) {
    std::string name = entry.path().filename().string();
    if (name.ends_with(".json") || name.ends_with(".tsv")) continue;
    files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  auto v = [](const std::optional<Field>& f) { return f ? f->value : std::string("-"); };
  for (const fs::path& path : files) {
    auto doc = Process(path);
    if (!doc) continue;
    const DocumentMeta& m = doc->meta;
    std::string subject = v(m.subject);
    if (subject.size() > 90) subject = subject.substr(0, 90) + "…";
    std::printf("%s | %s | %s | %s < %s | %s | %s | %s / %s / %s | %s\n",
                path.stem().string().c_str(), v(m.type).c_str(), v(m.number).c_str(),
                v(m.issuer).c_str(), v(m.parent_issuer).c_str(), v(m.place).c_str(),
                v(m.issued).c_str(), v(m.signer.name).c_str(), v(m.signer.title).c_str(),
                v(m.signer.authority).c_str(), subject.c_str());
  }
}

}  // namespace
}  // namespace vanban

int main(int argc, char** argv) {
  std::optional<fs::path> manifest;
  std::vector<fs::path> gold;
  bool quiet = false;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "--manifest" && i + 1 < argc) {
      manifest = argv[++i];
    } else if (arg == "--gold" && i + 1 < argc) {
      gold.emplace_back(argv[++i]);
    } else if (arg == "--table" && i + 1 < argc) {
      vanban::PrintTable(argv[++i]);
      return 0;
    } else if (arg == "--zones" && i + 1 < argc) {
      vanban::PrintZones(argv[++i]);
      return 0;
    } else if (arg == "--quiet") {
      quiet = true;
    } else {
      std::fprintf(stderr, "usage: meta_check [--manifest DIR] [--gold DIR]... [--quiet]\n");
      return 2;
    }
  }
  if (!manifest && gold.empty()) {
    std::fprintf(stderr, "usage: meta_check [--manifest DIR] [--gold DIR]... [--quiet]\n");
    return 2;
  }
  if (manifest) vanban::CheckManifest(*manifest, quiet);
  if (!gold.empty()) vanban::CheckGold(gold, quiet);
  return 0;
}
