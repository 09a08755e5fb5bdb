#include "cli/commands.h"

namespace vanban {

// PLACEHOLDER until the command lands.
void AddEvalCommand(CLI::App& app, CommandContext& ctx) {
  app.add_subcommand("eval", "(not yet available)")->callback([&ctx] { ctx.exit_code = 2; });
}

}  // namespace vanban
