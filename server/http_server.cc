#include "server/http_server.h"

#include <httplib.h>
#include <sys/socket.h>

#include <atomic>
#include <exception>
#include <functional>
#include <thread>
#include <utility>

#include "pipeline/embedded_data.h"
#include "server/api.h"
#include "server/limits.h"
#include "server/store_pool.h"

namespace vanban::server {
namespace {

constexpr char kJson[] = "application/json";

// What the page may load: only what this server sends (no CDN, no inline script).
constexpr char kContentSecurityPolicy[] =
    "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; "
    "img-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

void SetJson(httplib::Response& res, int status, const nlohmann::json& body) {
  res.status = status;
  // Text from documents is UTF-8 already; a stray invalid byte must not fail the answer.
  res.set_content(body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace), kJson);
}

std::string ReasonFor(int status) {
  switch (status) {
    case 404:
      return "no such resource; the API is described at /api/openapi.json";
    case 405:
      return "the API is read-only: only GET is served";
    case 413:
      return "request body larger than " + std::to_string(kMaxBody) + " bytes";
    case 414:
      return "request URL longer than " + std::to_string(kMaxTarget) + " bytes";
    default:
      return "request failed with HTTP status " + std::to_string(status);
  }
}

// An embedded file (web/ and schemas/) as the answer, or 404 when it was not embedded.
httplib::Server::Handler Asset(std::string name, std::string content_type) {
  return [name = std::move(name), type = std::move(content_type)](const httplib::Request&,
                                                                  httplib::Response& res) {
    std::string_view data = EmbeddedData(name);
    if (data.empty()) {
      SetJson(res, 404, {{"error", name + " is not part of this build"}});
      return;
    }
    res.set_content(data.data(), data.size(), type);
  };
}

}  // namespace

struct HttpServer::Impl {
  // A handler answering from one pooled read-only connection with the first path capture
  // (the document id, or "" when the route has none).
  using Endpoint = std::function<ApiResponse(Store&, std::string_view, const QueryParams&)>;
  httplib::Server::Handler Api(Endpoint endpoint) {
    return [this, endpoint = std::move(endpoint)](const httplib::Request& req,
                                                  httplib::Response& res) {
      StatusOr<StorePool::Lease> lease = pool->Acquire();
      if (!lease.ok()) {
        ApiResponse error = ErrorResponse(lease.status());
        SetJson(res, error.status, error.body);
        return;
      }
      const std::string id = req.matches.size() > 1 ? req.matches[1].str() : std::string();
      ApiResponse answer = endpoint(lease->store(), id, QueryParams(req.params));
      SetJson(res, answer.status, answer.body);
    };
  }

  void AddRoutes() {
    using P = const QueryParams&;
    http.Get("/", Asset("index.html", "text/html; charset=utf-8"));
    http.Get("/app.js", Asset("app.js", "text/javascript; charset=utf-8"));
    http.Get("/style.css", Asset("style.css", "text/css; charset=utf-8"));
    http.Get("/api/openapi.json", Asset("openapi.json", kJson));
    // openapi.json refers to the record schema by the relative name record.schema.json.
    http.Get("/api/record.schema.json", Asset("record.schema.json", kJson));
    // Browsers ask for an icon; there is none, and saying so is not an error.
    http.Get("/favicon.ico",
             [](const httplib::Request&, httplib::Response& res) { res.status = 204; });
    http.Get("/api/documents",
             Api([](Store& s, std::string_view, P p) { return ListDocuments(s, p); }));
    http.Get(R"(/api/documents/([^/]+))", Api(GetDocument));
    http.Get(R"(/api/documents/([^/]+)/references)", Api(DocumentReferences));
    http.Get(R"(/api/documents/([^/]+)/cited-by)", Api(DocumentCitedBy));
    http.Get("/api/obligations",
             Api([](Store& s, std::string_view, P p) { return ListObligations(s, p); }));
    http.Get("/api/refs", Api([](Store& s, std::string_view, P p) { return ListRefs(s, p); }));
    http.Get("/api/types", [](const httplib::Request& req, httplib::Response& res) {
      ApiResponse answer = ListTypes(QueryParams(req.params));
      SetJson(res, answer.status, answer.body);
    });
    auto read_only = [](const httplib::Request&, httplib::Response& res) {
      res.set_header("Allow", "GET, HEAD");
      SetJson(res, 405, {{"error", ReasonFor(405)}});
    };
    http.Post(".*", read_only);
    http.Put(".*", read_only);
    http.Patch(".*", read_only);
    http.Delete(".*", read_only);
    http.Options(".*", read_only);
  }

  void AddLimits() {
    // SO_REUSEADDR only: httplib's default also sets SO_REUSEPORT, which would let a second
    // server bind the same port instead of failing.
    http.set_socket_options([](socket_t sock) {
      int yes = 1;
      setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof(yes));
    });
    http.new_task_queue = [] { return new httplib::ThreadPool(kWorkerThreads); };
    http.set_payload_max_length(kMaxBody);
    http.set_keep_alive_timeout(2);
    http.set_read_timeout(5);
    http.set_write_timeout(5);
    http.set_default_headers({{"X-Content-Type-Options", "nosniff"},
                              {"Referrer-Policy", "no-referrer"},
                              {"Cache-Control", "no-store"},
                              {"Content-Security-Policy", kContentSecurityPolicy}});
    http.set_pre_routing_handler([](const httplib::Request& req, httplib::Response& res) {
      if (req.target.size() <= kMaxTarget) return httplib::Server::HandlerResponse::Unhandled;
      SetJson(res, 414, {{"error", ReasonFor(414)}});
      return httplib::Server::HandlerResponse::Handled;
    });
    // Errors httplib answers itself (no route, body too large, URL too long) become JSON too.
    http.set_error_handler(
        httplib::Server::HandlerWithResponse([](const httplib::Request&, httplib::Response& res) {
          if (!res.body.empty()) return httplib::Server::HandlerResponse::Unhandled;
          SetJson(res, res.status, {{"error", ReasonFor(res.status)}});
          return httplib::Server::HandlerResponse::Handled;
        }));
    http.set_exception_handler(
        [](const httplib::Request&, httplib::Response& res, std::exception_ptr) {
          SetJson(res, 500, {{"error", "internal error"}});
        });
  }

  std::unique_ptr<StorePool> pool;
  httplib::Server http;
  bool bound = false;
  std::atomic<bool> run_started{false};
  std::atomic<bool> stop_requested{false};
};

HttpServer::HttpServer(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
HttpServer::~HttpServer() = default;

StatusOr<std::unique_ptr<HttpServer>> HttpServer::Create(const std::string& db_path) {
  StatusOr<std::unique_ptr<StorePool>> pool = StorePool::Open(db_path, kWorkerThreads);
  if (!pool.ok()) return pool.status();
  auto impl = std::make_unique<Impl>();
  impl->pool = std::move(pool).value();
  impl->AddLimits();
  impl->AddRoutes();
  return std::unique_ptr<HttpServer>(new HttpServer(std::move(impl)));
}

StatusOr<int> HttpServer::Bind(const std::string& host, int port) {
  const std::string address = host + ":" + std::to_string(port);
  if (port < 0 || port > 65535) return InvalidArgument("no such port: " + address);
  if (port == 0) {
    int bound = impl_->http.bind_to_any_port(host);
    if (bound < 0) return IoError("cannot listen on " + address);
    impl_->bound = true;
    return bound;
  }
  if (!impl_->http.bind_to_port(host, port)) {
    return IoError("cannot listen on " + address + " (in use, or not an address of this host)");
  }
  impl_->bound = true;
  return port;
}

Status HttpServer::Run() {
  if (!impl_->bound) return IoError("the server is not bound to an address");
  impl_->run_started = true;
  if (impl_->stop_requested) return Status::Ok();
  const bool served = impl_->http.listen_after_bind();
  impl_->run_started = false;
  return served ? Status::Ok() : IoError("the server stopped listening unexpectedly");
}

void HttpServer::Stop() {
  impl_->stop_requested = true;
  // Run() may be between its start and listening: wait until it listens, then stop it.
  while (impl_->run_started && !impl_->http.is_running()) std::this_thread::yield();
  impl_->http.stop();
}

}  // namespace vanban::server
