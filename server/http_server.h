// The HTTP server of `vanban serve`: the read-only JSON API of server/api.h under /api/, its
// description at /api/openapi.json, and the web page (web/, compiled into the binary) at /.
// Only GET (and HEAD) is served; a request is bounded in size (server/limits.h: 413 for a
// body, 414 for a URL) and every error is JSON {"error": "..."}.
// Example:
//   StatusOr<std::unique_ptr<HttpServer>> server = HttpServer::Create("vanban.db");
//   StatusOr<int> port = (*server)->Bind("127.0.0.1", 8080);
//   Status served = (*server)->Run();  // until Stop() from another thread
#pragma once

#include <memory>
#include <string>

#include "pipeline/status.h"

namespace vanban::server {

class HttpServer {
 public:
  // A server over the database at db_path, opened read-only (the server cannot write to
  // it). io_error when the file is missing, not a vanban database or of another schema.
  static StatusOr<std::unique_ptr<HttpServer>> Create(const std::string& db_path);
  ~HttpServer();
  HttpServer(const HttpServer&) = delete;
  HttpServer& operator=(const HttpServer&) = delete;

  // Binds host:port; port 0 lets the system choose a free one. The port bound, or io_error
  // naming the address when it cannot bind (in use, no such address, no permission).
  StatusOr<int> Bind(const std::string& host, int port);

  // Serves requests until Stop(). io_error when it is not bound or cannot listen.
  Status Run();

  // Makes Run() return; callable from any thread, also before Run() has started listening.
  void Stop();

 private:
  struct Impl;
  explicit HttpServer(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace vanban::server
