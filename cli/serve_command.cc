#include <iostream>

#include "cli/commands.h"
#include "server/http_server.h"

namespace vanban {

void AddServeCommand(CLI::App& app, CommandContext& ctx) {
  auto* cmd = app.add_subcommand(
      "serve",
      "Serve the database read-only over HTTP: the JSON API under /api/ (described at\n"
      "/api/openapi.json) and a web page to search obligations and read documents at /.\n"
      "Prints the address it listens on; runs until interrupted. Exit status 2 when it\n"
      "cannot open the database or listen.");
  auto host = std::make_shared<std::string>("127.0.0.1");
  auto port = std::make_shared<int>(8080);
  cmd->add_option("--host", *host, "Address to listen on (default 127.0.0.1: this machine only)");
  cmd->add_option("--port", *port, "Port to listen on; 0 picks a free one (default 8080)")
      ->check(CLI::Range(0, 65535));
  cmd->add_option("--db", ctx.db_path, "SQLite database file (as the global --db)");
  cmd->callback([host, port, &ctx] {
    StatusOr<std::unique_ptr<server::HttpServer>> server = server::HttpServer::Create(ctx.db_path);
    if (!server.ok()) {
      std::cerr << "vanban: " << ctx.db_path << ": " << server.status().ToString() << "\n";
      ctx.exit_code = 2;
      return;
    }
    StatusOr<int> bound = (*server)->Bind(*host, *port);
    if (!bound.ok()) {
      std::cerr << "vanban: " << bound.status().ToString() << "\n";
      ctx.exit_code = 2;
      return;
    }
    const bool ipv6 = host->find(':') != std::string::npos;
    std::cout << "vanban serve: http://" << (ipv6 ? "[" + *host + "]" : *host) << ":" << *bound
              << "/ (database " << ctx.db_path << ", read-only)" << std::endl;
    Status served = (*server)->Run();
    if (!served.ok()) {
      std::cerr << "vanban: " << served.ToString() << "\n";
      ctx.exit_code = 2;
    }
  });
}

}  // namespace vanban
