// vanban: Vietnamese administrative documents in, structured and searchable records out.
#include <CLI/CLI.hpp>
#include <cstdlib>
#include <cstring>
#include <iostream>

#include "cli/commands.h"
#include "pipeline/worker/worker_main.h"

int main(int argc, char** argv) {
  // Hidden: the isolated worker processes that ingest, extract and eval start
  // (pipeline/worker/process.h). Not a command for people; not in --help.
  if (argc == 2 && std::strcmp(argv[1], "__worker") == 0) {
    return vanban::worker::RunWorker(vanban::worker::kWorkerSocketFd);
  }
  vanban::CommandContext ctx;
  CLI::App app{
      "vanban: turns Vietnamese administrative documents (text, HTML, PDF, scans) into\n"
      "structured records stored in SQLite: searchable with or without diacritics, served over\n"
      "HTTP and exported as JSON."};
  app.set_version_flag("--version", std::string("vanban ") + VANBAN_VERSION);
  const char* env_db = std::getenv("VANBAN_DB");
  ctx.db_path = env_db && *env_db ? env_db : "vanban.db";
  app.add_option("--db", ctx.db_path,
                 "SQLite database file (default: $VANBAN_DB, else ./vanban.db)");
  app.require_subcommand(1);

  vanban::AddIngestCommand(app, ctx);
  vanban::AddListCommand(app, ctx);
  vanban::AddExtractCommand(app, ctx);
  vanban::AddShowCommand(app, ctx);
  vanban::AddExportCommand(app, ctx);
  vanban::AddEvalCommand(app, ctx);
  vanban::AddCerCommand(app, ctx);
  vanban::AddSearchCommand(app, ctx);
  vanban::AddRefsCommand(app, ctx);
  vanban::AddServeCommand(app, ctx);

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int rc = app.exit(e);
    return rc == 0 ? 0 : 2;
  }
  return ctx.exit_code;
}
