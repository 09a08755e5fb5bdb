// The vanban subcommands. Each Add*Command registers one CLI11 subcommand whose callback
// sets ctx.exit_code: 0 all ok, 1 some documents failed, 2 could not run.
#pragma once

#include <CLI/CLI.hpp>
#include <memory>
#include <string>

#include "pipeline/readers/reader.h"
#include "pipeline/store/store.h"

namespace vanban {

struct CommandContext {
  std::string db_path;  // --db, else $VANBAN_DB, else ./vanban.db
  int exit_code = 0;
};

// Opens the database named by ctx.db_path; on failure prints "vanban: DB: reason" to
// stderr, sets ctx.exit_code to 2 and returns null.
std::unique_ptr<Store> OpenStoreOrReport(CommandContext& ctx);

// Adds --dpi and --password, which fill `options`, to a command that reads sources.
void AddReadFlags(CLI::App& cmd, ReadOptions& options);

void AddIngestCommand(CLI::App& app, CommandContext& ctx);
void AddListCommand(CLI::App& app, CommandContext& ctx);
void AddExtractCommand(CLI::App& app, CommandContext& ctx);
void AddShowCommand(CLI::App& app, CommandContext& ctx);
void AddExportCommand(CLI::App& app, CommandContext& ctx);
void AddEvalCommand(CLI::App& app, CommandContext& ctx);
void AddCerCommand(CLI::App& app, CommandContext& ctx);
void AddSearchCommand(CLI::App& app, CommandContext& ctx);
void AddRefsCommand(CLI::App& app, CommandContext& ctx);
void AddServeCommand(CLI::App& app, CommandContext& ctx);

}  // namespace vanban
