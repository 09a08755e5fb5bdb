#include <iostream>

#include "cli/commands.h"
#include "cli/worker_flags.h"
#include "pipeline/export/record.h"
#include "pipeline/worker/worker_pool.h"

namespace vanban {
namespace {

struct ExtractOptions {
  std::string file;
  bool compact = false;
  ReadOptions read;
  WorkerFlags workers;
};

// The file is read in one isolated worker, so a source that crashes a library cannot take
// the caller down: it fails like any other.
void Run(const ExtractOptions& options, CommandContext& ctx) {
  worker::PoolOptions pool_options = PoolOptionsFrom(options.workers, options.read);
  pool_options.jobs = 1;
  worker::WorkerPool pool(std::move(pool_options));
  std::optional<ProcessResult> result;
  Status run = pool.ProcessAll({options.file}, [&](size_t, ProcessResult r) {
    result = std::move(r);
    return Status::Ok();
  });
  if (!run.ok()) {
    std::cerr << "vanban: " << run.ToString() << "\n";
    ctx.exit_code = 2;
    return;
  }
  if (result->failure) {
    std::cerr << "vanban: " << options.file << ": " << result->failure->stage << ": "
              << result->failure->status.ToString() << "\n";
    ctx.exit_code = 1;
    return;
  }
  std::cout << ToRecord(*result->doc).dump(options.compact ? -1 : 2) << "\n";
}

}  // namespace

void AddExtractCommand(CLI::App& app, CommandContext& ctx) {
  auto* cmd = app.add_subcommand(
      "extract",
      "Run the pipeline on one file and print its JSON record on stdout (no database).\n"
      "The record validates against schemas/record.schema.json. The file is read in an\n"
      "isolated worker process. Exit status: 0 printed, 1 the file failed (reason on\n"
      "stderr), 2 could not run.");
  auto options = std::make_shared<ExtractOptions>();
  cmd->add_option("FILE", options->file, "The document to read")->required();
  cmd->add_flag("--compact", options->compact, "One line of JSON instead of indented");
  AddReadFlags(*cmd, options->read);
  AddWorkerFlags(cmd, options->workers, /*with_jobs=*/false);
  cmd->callback([options, &ctx] { Run(*options, ctx); });
}

}  // namespace vanban
