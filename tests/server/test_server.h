// A `vanban serve` for the server tests: a real SQLite file made by ingesting three corpus
// documents, served read-only over real HTTP on 127.0.0.1 (a free port), with an
// httplib::Client to call it. One per test process, started on first use.
//   cd-224-2025-ttg.txt    Công điện 224/CĐ-TTg; cites 627/TB-VPCP (stored) and others
//   tb-627-2025-vpcp.txt   Thông báo 627/TB-VPCP
//   cv-11414-2025-cn.txt   Công văn 11414/VPCP-CN; tasks for UBND tỉnh Đồng Nai
#pragma once

#include <gtest/gtest.h>
#include <httplib.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <memory>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <thread>

#include "pipeline/ingest.h"
#include "pipeline/sha256.h"
#include "pipeline/store/store.h"
#include "server/http_server.h"
#include "tests/test_paths.h"

namespace vanban::testing {

class TestServer {
 public:
  static constexpr const char* kDocuments[] = {"cd-224-2025-ttg.txt", "tb-627-2025-vpcp.txt",
                                               "cv-11414-2025-cn.txt"};

  static TestServer& Get() {
    static TestServer server;
    return server;
  }

  // The sha256 of a corpus/real/ file, computed from its bytes.
  static std::string ShaOf(const std::string& name) {
    std::ifstream in(SourceDir() / "corpus/real" / name, std::ios::binary);
    std::stringstream bytes;
    bytes << in.rdbuf();
    StatusOr<std::string> sha = Sha256Hex(bytes.str());
    return sha.ok() ? *sha : std::string();
  }

  int port() const { return port_; }
  const std::filesystem::path& db_path() const { return db_path_; }
  bool ok() const { return error_.empty(); }
  const std::string& error() const { return error_; }

  // A fresh client (clients are cheap; one per thread when calling concurrently).
  std::unique_ptr<httplib::Client> Client() const {
    auto client = std::make_unique<httplib::Client>("127.0.0.1", port_);
    client->set_read_timeout(30);
    return client;
  }

  ~TestServer() {
    if (server_) server_->Stop();
    if (thread_.joinable()) thread_.join();
    server_.reset();
    std::filesystem::remove_all(dir_);
  }

 private:
  TestServer() {
    dir_ = std::filesystem::temp_directory_path() /
           ("vanban-serve-test-" + std::to_string(::getpid()));
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
    db_path_ = dir_ / "vanban.db";
    {
      StatusOr<std::unique_ptr<Store>> store = Store::Open(db_path_.string());
      if (!store.ok()) {
        error_ = store.status().ToString();
        return;
      }
      std::vector<std::string> paths;
      for (const char* name : kDocuments)
        paths.push_back((SourceDir() / "corpus/real" / name).string());
      StatusOr<IngestReport> report = Ingest(paths, **store);
      if (!report.ok() || report->added != static_cast<int>(paths.size())) {
        error_ = report.ok() ? "not every document was stored" : report.status().ToString();
        return;
      }
    }
    StatusOr<std::unique_ptr<server::HttpServer>> server =
        server::HttpServer::Create(db_path_.string());
    if (!server.ok()) {
      error_ = server.status().ToString();
      return;
    }
    server_ = std::move(server).value();
    StatusOr<int> port = server_->Bind("127.0.0.1", 0);
    if (!port.ok()) {
      error_ = port.status().ToString();
      return;
    }
    port_ = *port;
    thread_ = std::thread([this] { served_ = server_->Run(); });
  }

  std::filesystem::path dir_;
  std::filesystem::path db_path_;
  std::unique_ptr<server::HttpServer> server_;
  std::thread thread_;
  Status served_;
  int port_ = 0;
  std::string error_;
};

// The answer to GET path as status, parsed JSON body (null when not JSON) and headers.
struct JsonAnswer {
  int status = 0;
  nlohmann::json body;
  std::string content_type;
};

// params are encoded into the query string; a path holding its own query is sent as is.
inline JsonAnswer GetJson(const std::string& path, const httplib::Params& params = {}) {
  JsonAnswer answer;
  auto client = TestServer::Get().Client();
  httplib::Result result = params.empty() ? client->Get(path) : client->Get(path, params, {});
  if (!result) return answer;
  answer.status = result->status;
  answer.content_type = result->get_header_value("Content-Type");
  answer.body = nlohmann::json::parse(result->body, nullptr, /*allow_exceptions=*/false);
  return answer;
}

}  // namespace vanban::testing
