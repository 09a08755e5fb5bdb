#include <unistd.h>

#include <cstdio>
#include <iostream>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "cli/worker_flags.h"
#include "pipeline/ingest.h"

namespace vanban {
namespace {

// "1:05", "1:02:03".
std::string Clock(double seconds) {
  const long s = static_cast<long>(seconds + 0.5);
  char buffer[32];
  if (s >= 3600) {
    std::snprintf(buffer, sizeof buffer, "%ld:%02ld:%02ld", s / 3600, s / 60 % 60, s % 60);
  } else {
    std::snprintf(buffer, sizeof buffer, "%ld:%02ld", s / 60, s % 60);
  }
  return buffer;
}

// A one-line progress bar on stderr, redrawn in place at most ten times a second; only used
// on a terminal. The time left assumes the files to come take as long as those done.
void DrawProgress(const IngestProgress& p) {
  static double drawn_at = -1;
  if (p.files_done < p.files_total && p.elapsed.count() - drawn_at < 0.1) return;
  drawn_at = p.elapsed.count();
  constexpr int kWidth = 20;
  const int filled = p.files_total > 0 ? p.files_done * kWidth / p.files_total : kWidth;
  const double elapsed = p.elapsed.count();
  const double left =
      p.files_done > 0 ? elapsed / p.files_done * (p.files_total - p.files_done) : 0;
  std::string name = p.path.size() > 30 ? "..." + p.path.substr(p.path.size() - 27) : p.path;
  std::fprintf(stderr, "\r[%s%s] %d/%d files, %d pages (%d OCR), %s, ~%s left  %-30s",
               std::string(filled, '#').c_str(), std::string(kWidth - filled, '.').c_str(),
               p.files_done, p.files_total, p.pages, p.ocr_pages, Clock(elapsed).c_str(),
               Clock(left).c_str(), name.c_str());
  if (p.files_done == p.files_total) std::fprintf(stderr, "\r%*s\r", 120, "");
}

struct IngestOptions {
  std::vector<std::string> paths;
  bool quiet = false;
  ReadOptions read;
  WorkerFlags workers;
};

void Run(const IngestOptions& options, CommandContext& ctx) {
  std::unique_ptr<Store> store = OpenStoreOrReport(ctx);
  if (!store) return;
  IngestProgressFn progress;
  if (!options.quiet && isatty(STDERR_FILENO)) progress = DrawProgress;
  worker::WorkerPool pool(PoolOptionsFrom(options.workers, options.read));
  StatusOr<IngestReport> report = Ingest(options.paths, *store, pool, progress);
  if (!report.ok()) {
    std::cerr << "vanban: " << ctx.db_path << ": " << report.status().ToString() << "\n";
    ctx.exit_code = 2;
    return;
  }
  for (const IngestFileFailure& f : report->failures) {
    std::cerr << "vanban: " << f.path << ": " << f.failure.stage << ": "
              << f.failure.status.ToString() << "\n";
  }
  std::printf(
      "ingested %d file%s (%d page%s, %d by OCR) into %s: %d added, %d already stored, %zu "
      "failed (%.1f s, %d job%s)\n",
      report->files, report->files == 1 ? "" : "s", report->pages, report->pages == 1 ? "" : "s",
      report->ocr_pages, ctx.db_path.c_str(), report->added, report->already_stored,
      report->failures.size(), report->elapsed.count(), pool.jobs(), pool.jobs() == 1 ? "" : "s");
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
      "A file already stored (same SHA-256) is not stored twice. Files are read by --jobs\n"
      "worker processes; a file that fails, or whose worker crashes, runs out of memory or\n"
      "time, is reported with its reason and the batch goes on. Exit status: 0 all stored,\n"
      "1 some files failed, 2 could not run.");
  auto options = std::make_shared<IngestOptions>();
  cmd->add_option("PATH", options->paths, "Files or folders to ingest")->required();
  cmd->add_flag("-q,--quiet", options->quiet, "No progress bar");
  AddReadFlags(*cmd, options->read);
  AddWorkerFlags(cmd, options->workers, /*with_jobs=*/true);
  cmd->callback([options, &ctx] { Run(*options, ctx); });
}

}  // namespace vanban
