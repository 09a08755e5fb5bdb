#include <unistd.h>

#include <cstdio>
#include <iostream>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "pipeline/ingest.h"

namespace vanban {
namespace {

// A one-line progress bar on stderr, redrawn in place; only used on a terminal.
void DrawProgress(int done, int total, const std::string& path) {
  constexpr int kWidth = 30;
  int filled = total > 0 ? done * kWidth / total : kWidth;
  std::string name = path.size() > 40 ? "..." + path.substr(path.size() - 37) : path;
  std::fprintf(stderr, "\r[%s%s] %d/%d %-40s", std::string(filled, '#').c_str(),
               std::string(kWidth - filled, '.').c_str(), done, total, name.c_str());
  if (done == total) std::fprintf(stderr, "\r%*s\r", kWidth + 60, "");
}

void Run(const std::vector<std::string>& paths, bool quiet, const ReadOptions& options,
         CommandContext& ctx) {
  std::unique_ptr<Store> store = OpenStoreOrReport(ctx);
  if (!store) return;
  IngestProgress progress;
  if (!quiet && isatty(STDERR_FILENO)) progress = DrawProgress;
  StatusOr<IngestReport> report = Ingest(paths, *store, progress, options);
  if (!report.ok()) {
    std::cerr << "vanban: " << ctx.db_path << ": " << report.status().ToString() << "\n";
    ctx.exit_code = 2;
    return;
  }
  for (const IngestFileFailure& f : report->failures) {
    std::cerr << "vanban: " << f.path << ": " << f.failure.stage << ": "
              << f.failure.status.ToString() << "\n";
  }
  std::printf("ingested %d file%s into %s: %d added, %d already stored, %zu failed (%.1f s)\n",
              report->files, report->files == 1 ? "" : "s", ctx.db_path.c_str(), report->added,
              report->already_stored, report->failures.size(), report->elapsed.count());
  ctx.exit_code = report->failures.empty() ? 0 : 1;
}

}  // namespace

void AddIngestCommand(CLI::App& app, CommandContext& ctx) {
  auto* cmd = app.add_subcommand(
      "ingest",
      "Read files and folders (recursively) into the database. In folders, files ending in\n"
      ".txt .text .htm .html .xhtml .pdf .png .jpg .jpeg .tif .tiff are read; a file named\n"
      "directly is read whatever its name (its content decides: plain text in UTF-8, UTF-16,\n"
      "Windows-1258, TCVN3 or VNI; HTML; PDF, each page from its text layer or, when that is\n"
      "missing or unreadable, by OCR; PNG, JPEG and multi-page TIFF scans by OCR).\n"
      "A file already stored (same SHA-256) is not stored twice. A file that fails is reported\n"
      "with its reason and the batch goes on. Exit status: 0 all stored, 1 some files failed,\n"
      "2 could not run.");
  auto paths = std::make_shared<std::vector<std::string>>();
  auto quiet = std::make_shared<bool>(false);
  auto options = std::make_shared<ReadOptions>();
  cmd->add_option("PATH", *paths, "Files or folders to ingest")->required();
  cmd->add_flag("-q,--quiet", *quiet, "No progress bar");
  AddReadFlags(*cmd, *options);
  cmd->callback([paths, quiet, options, &ctx] { Run(*paths, *quiet, *options, ctx); });
}

}  // namespace vanban
