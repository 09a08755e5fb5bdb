#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>

#include "cli/commands.h"

namespace vanban {
namespace {

// Writes every stored record as one line of JSON to `out`; returns how many.
StatusOr<int> WriteJsonl(Store& store, std::ostream& out) {
  int n = 0;
  Status s = store.ForEachRecord([&](const nlohmann::json& record) {
    out << record.dump() << "\n";
    ++n;
    return out ? Status::Ok() : IoError("write failed");
  });
  if (!s.ok()) return s;
  return n;
}

void Run(const std::string& out_path, CommandContext& ctx) {
  std::unique_ptr<Store> store = OpenStoreOrReport(ctx);
  if (!store) return;
  if (out_path.empty() || out_path == "-") {
    StatusOr<int> n = WriteJsonl(*store, std::cout);
    if (!n.ok()) {
      std::cerr << "vanban: export: " << n.status().ToString() << "\n";
      ctx.exit_code = 2;
    }
    return;
  }
  // Written beside the target and renamed, so a failed export leaves no partial file.
  const std::string tmp = out_path + ".part";
  StatusOr<int> n = IoError("cannot open " + tmp);
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    if (out) n = WriteJsonl(*store, out);
    if (n.ok()) {
      out.close();
      if (!out) n = IoError("cannot write " + tmp);
    }
  }
  std::error_code ec;
  if (n.ok()) std::filesystem::rename(tmp, out_path, ec);
  if (!n.ok() || ec) {
    std::filesystem::remove(tmp, ec);
    std::cerr << "vanban: export: " << out_path << ": "
              << (n.ok() ? "cannot rename into place" : n.status().ToString()) << "\n";
    ctx.exit_code = 2;
    return;
  }
  std::fprintf(stderr, "exported %d records to %s\n", *n, out_path.c_str());
}

}  // namespace

void AddExportCommand(CLI::App& app, CommandContext& ctx) {
  auto* cmd = app.add_subcommand(
      "export", "Write every stored record, one JSON object per line (JSONL), in ingest order.");
  auto format = std::make_shared<std::string>("jsonl");
  auto out = std::make_shared<std::string>();
  cmd->add_option("--format", *format, "Output format (only jsonl for now)")
      ->check(CLI::IsMember({"jsonl"}));
  cmd->add_option("-o,--out", *out, "Output file (default: stdout)");
  // The callback owns the options' storage: CLI11 writes into it when it parses.
  cmd->callback([format, out, &ctx] { Run(*out, ctx); });
}

}  // namespace vanban
