#include "cli/commands.h"

namespace vanban {

// PLACEHOLDER until the command lands.
void AddIngestCommand(CLI::App& app, CommandContext& ctx) {
  app.add_subcommand("ingest", "(not yet available)")->callback([&ctx] { ctx.exit_code = 2; });
}

}  // namespace vanban
