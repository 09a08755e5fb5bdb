// The vanban subcommands. Each Add*Command registers one CLI11 subcommand whose callback
// sets ctx.exit_code: 0 all ok, 1 some documents failed, 2 could not run.
#pragma once

#include <string>

#include <CLI/CLI.hpp>

namespace vanban {

struct CommandContext {
  std::string db_path;  // --db, else $VANBAN_DB, else ./vanban.db
  int exit_code = 0;
};

void AddIngestCommand(CLI::App& app, CommandContext& ctx);
void AddExtractCommand(CLI::App& app, CommandContext& ctx);
void AddShowCommand(CLI::App& app, CommandContext& ctx);
void AddExportCommand(CLI::App& app, CommandContext& ctx);
void AddEvalCommand(CLI::App& app, CommandContext& ctx);

}  // namespace vanban
