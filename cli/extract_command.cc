#include "cli/commands.h"

namespace vanban {

// PLACEHOLDER until the command lands.
void AddExtractCommand(CLI::App& app, CommandContext& ctx) {
  app.add_subcommand("extract", "(not yet available)")->callback([&ctx] { ctx.exit_code = 2; });
}

}  // namespace vanban
