// `vanban serve` over real HTTP against a real SQLite file (tests/server/test_server.h):
// status codes, the JSON of each endpoint, paging and limits, malformed parameters, the
// page's assets, concurrency and that serving never writes the database.
#include "server/http_server.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>
#include <cctype>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include "server/limits.h"
#include "tests/server/test_server.h"

namespace vanban {
namespace {

using nlohmann::json;
using ::vanban::testing::GetJson;
using ::vanban::testing::JsonAnswer;
using ::vanban::testing::TestServer;

class ServeTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_TRUE(TestServer::Get().ok()) << TestServer::Get().error(); }

  static std::string Directive224() { return TestServer::ShaOf("cd-224-2025-ttg.txt"); }
  static std::string Notice627() { return TestServer::ShaOf("tb-627-2025-vpcp.txt"); }
  static std::string Letter11414() { return TestServer::ShaOf("cv-11414-2025-cn.txt"); }

  // Asserts a 400 whose error names `word`.
  static void ExpectBadRequest(const std::string& path, const httplib::Params& params,
                               const std::string& word) {
    JsonAnswer r = GetJson(path, params);
    EXPECT_EQ(r.status, 400) << path << " " << r.body.dump();
    ASSERT_TRUE(r.body.is_object()) << path;
    EXPECT_NE(r.body.value("error", "").find(word), std::string::npos) << r.body.dump();
  }
};

std::set<std::string> Numbers(const json& documents) {
  std::set<std::string> numbers;
  for (const json& d : documents) {
    numbers.insert(d["number"].is_string() ? d["number"].get<std::string>() : "");
  }
  return numbers;
}

TEST_F(ServeTest, DocumentsListsEveryStoredDocument) {
  JsonAnswer r = GetJson("/api/documents");
  ASSERT_EQ(r.status, 200) << r.body.dump();
  EXPECT_EQ(r.content_type, "application/json");
  EXPECT_EQ(Numbers(r.body["documents"]),
            (std::set<std::string>{"224/CĐ-TTg", "627/TB-VPCP", "11414/VPCP-CN"}));
  EXPECT_EQ(r.body["limit"], server::kDefaultLimit);
  EXPECT_EQ(r.body["offset"], 0);
  EXPECT_TRUE(r.body["next_offset"].is_null());
}

TEST_F(ServeTest, DocumentsComeInPages) {
  JsonAnswer first = GetJson("/api/documents", {{"limit", "2"}});
  ASSERT_EQ(first.status, 200) << first.body.dump();
  EXPECT_EQ(first.body["documents"].size(), 2u);
  EXPECT_EQ(first.body["next_offset"], 2);
  JsonAnswer second = GetJson("/api/documents", {{"limit", "2"}, {"offset", "2"}});
  ASSERT_EQ(second.status, 200) << second.body.dump();
  EXPECT_EQ(second.body["documents"].size(), 1u);
  EXPECT_TRUE(second.body["next_offset"].is_null());
  std::set<std::string> ids;
  for (const JsonAnswer* page : {&first, &second}) {
    for (const json& d : page->body["documents"]) ids.insert(d["id"].get<std::string>());
  }
  EXPECT_EQ(ids, (std::set<std::string>{Directive224(), Notice627(), Letter11414()}));
  JsonAnswer past = GetJson("/api/documents", {{"offset", "3"}});
  ASSERT_EQ(past.status, 200);
  EXPECT_TRUE(past.body["documents"].empty());
}

TEST_F(ServeTest, DocumentsFilterByType) {
  JsonAnswer r = GetJson("/api/documents", {{"type", "cong_dien"}});
  ASSERT_EQ(r.status, 200) << r.body.dump();
  EXPECT_EQ(Numbers(r.body["documents"]), std::set<std::string>{"224/CĐ-TTg"});
}

TEST_F(ServeTest, DocumentByIdPrefixHasItsRecordAndTheTextItsSpansPointInto) {
  const std::string sha = Directive224();
  JsonAnswer r = GetJson("/api/documents/" + sha.substr(0, 8));
  ASSERT_EQ(r.status, 200) << r.body.dump();
  EXPECT_EQ(r.body["id"], sha);
  const json& record = r.body["record"];
  EXPECT_EQ(record["id"], sha);
  EXPECT_EQ(record["document"]["number"], "224/CĐ-TTg");
  EXPECT_EQ(record["document"]["issued"], "2025-11-20");
  const std::string text = r.body["text"];
  const json& span = record["provenance"]["document.number"]["text"];
  const size_t begin = span[0], end = span[1];  // a range [begin, end) of bytes
  ASSERT_LE(end, text.size());
  EXPECT_EQ(text.substr(begin, end - begin), "224/CĐ-TTg");
  ASSERT_FALSE(record["obligations"].empty());
  for (const json& o : record["obligations"]) {
    EXPECT_LE(o["span"]["text"][1].get<size_t>(), text.size());
  }
  // The id in capitals names the same document.
  std::string upper = sha.substr(0, 12);
  for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  EXPECT_EQ(GetJson("/api/documents/" + upper).body["id"], sha);
}

TEST_F(ServeTest, UnknownDocumentIsNotFound) {
  std::string absent = "000000";
  for (const std::string& sha : {Directive224(), Notice627(), Letter11414()}) {
    ASSERT_FALSE(sha.starts_with(absent));
  }
  for (const std::string& path :
       {"/api/documents/" + absent, "/api/documents/" + absent + "/references",
        "/api/documents/" + absent + "/cited-by"}) {
    JsonAnswer r = GetJson(path);
    EXPECT_EQ(r.status, 404) << path;
    EXPECT_TRUE(r.body.contains("error")) << path;
  }
}

TEST_F(ServeTest, MalformedDocumentIdIsABadRequest) {
  for (const std::string& id :
       {std::string("xyz123"), std::string("abc12"), std::string(65, 'a'), std::string("02-CT")}) {
    ExpectBadRequest("/api/documents/" + id, {}, "hex digits");
  }
}

TEST_F(ServeTest, ReferencesResolveToTheStoredDocument) {
  JsonAnswer r = GetJson("/api/documents/" + Directive224() + "/references");
  ASSERT_EQ(r.status, 200) << r.body.dump();
  EXPECT_EQ(r.body["document_id"], Directive224());
  bool stored = false, not_stored = false;
  for (const json& c : r.body["references"]) {
    EXPECT_EQ(c["from"]["id"], Directive224());
    if (c["number"] == "627/TB-VPCP") {
      stored = true;
      ASSERT_TRUE(c["to"].is_object()) << c.dump();
      EXPECT_EQ(c["to"]["id"], Notice627());
    }
    if (c["number"] == "158/CĐ-TTg") {
      not_stored = true;
      EXPECT_TRUE(c["to"].is_null()) << c.dump();
    }
  }
  EXPECT_TRUE(stored) << r.body.dump();
  EXPECT_TRUE(not_stored) << r.body.dump();
}

TEST_F(ServeTest, CitedByListsTheCitingDocument) {
  JsonAnswer r = GetJson("/api/documents/" + Notice627() + "/cited-by");
  ASSERT_EQ(r.status, 200) << r.body.dump();
  std::set<std::string> citing;
  for (const json& c : r.body["cited_by"]) citing.insert(c["from"]["id"].get<std::string>());
  EXPECT_TRUE(citing.contains(Directive224())) << r.body.dump();
}

TEST_F(ServeTest, RefsFindCitersOfANumberWrittenAnyWay) {
  for (const std::string number : {"627/TB-VPCP", "627 / tb-vpcp"}) {
    JsonAnswer r = GetJson("/api/refs", {{"number", number}});
    ASSERT_EQ(r.status, 200) << r.body.dump();
    EXPECT_EQ(r.body["number"], number);
    ASSERT_FALSE(r.body["citations"].empty()) << number;
    EXPECT_EQ(r.body["citations"][0]["from"]["id"], Directive224());
  }
  ExpectBadRequest("/api/refs", {{"limit", "5"}}, "'number' is required");
}

std::set<int64_t> ObligationIds(const json& page) {
  std::set<int64_t> ids;
  for (const json& hit : page["obligations"]) ids.insert(hit["obligation_id"].get<int64_t>());
  return ids;
}

TEST_F(ServeTest, ObligationsFoundWithoutDiacritics) {
  JsonAnswer folded = GetJson("/api/obligations", {{"q", "dong nai"}});
  ASSERT_EQ(folded.status, 200) << folded.body.dump();
  bool dong_nai_task = false;
  for (const json& hit : folded.body["obligations"]) {
    for (const json& agency : hit["agencies"]) {
      if (hit["document"]["number"] == "11414/VPCP-CN" &&
          agency["name"].get<std::string>().find("Đồng Nai") != std::string::npos) {
        dong_nai_task = true;
      }
    }
  }
  EXPECT_TRUE(dong_nai_task) << folded.body.dump();
  JsonAnswer exact = GetJson("/api/obligations", {{"q", "Đồng Nai"}});
  ASSERT_EQ(exact.status, 200);
  EXPECT_EQ(ObligationIds(folded.body), ObligationIds(exact.body));
}

TEST_F(ServeTest, ObligationsFilterByAgencyAndRole) {
  JsonAnswer r = GetJson("/api/obligations", {{"agency", "Bộ Tài chính"}, {"role", "lead"}});
  ASSERT_EQ(r.status, 200) << r.body.dump();
  ASSERT_FALSE(r.body["obligations"].empty());
  for (const json& hit : r.body["obligations"]) {
    bool leads = false;
    for (const json& a : hit["agencies"]) {
      leads = leads || (a["role"] == "lead" && a["name"] == "Bộ Tài chính");
    }
    EXPECT_TRUE(leads) << hit.dump();
  }
  // 224/CĐ-TTg, item 3: "Bộ Tài chính chủ trì cùng Bộ Xây dựng ... trước ngày 15 tháng 12".
  bool item3 = false;
  for (const json& hit : r.body["obligations"]) {
    item3 = item3 || (hit["document"]["id"] == Directive224() && hit["deadline"].is_object() &&
                      hit["deadline"]["value"] == "2025-12-15");
  }
  EXPECT_TRUE(item3) << r.body.dump();
}

TEST_F(ServeTest, ObligationsDueBeforeADay) {
  JsonAnswer r = GetJson("/api/obligations", {{"due_before", "2025-12-05"}});
  ASSERT_EQ(r.status, 200) << r.body.dump();
  std::set<std::string> values;
  for (const json& hit : r.body["obligations"]) {
    ASSERT_TRUE(hit["deadline"].is_object()) << hit.dump();
    const json& value = hit["deadline"]["value"];
    values.insert(value.is_string() ? value.get<std::string>() : "");
  }
  // 11414/VPCP-CN: "trước ngày 30 tháng 11 năm 2025"; 224/CĐ-TTg: "trước ngày 03 tháng 12".
  EXPECT_TRUE(values.contains("2025-11-30")) << r.body.dump();
  EXPECT_TRUE(values.contains("2025-12-03")) << r.body.dump();
  EXPECT_FALSE(values.contains("2025-12-10"));
  EXPECT_FALSE(values.contains("2025-12-15"));
}

TEST_F(ServeTest, LimitAndOffsetOutOfBoundsAreBadRequests) {
  for (const char* limit : {"0", "201", "abc", "1.5", "", "-3", "99999999999"}) {
    ExpectBadRequest("/api/obligations", {{"limit", limit}}, "'limit'");
  }
  for (const char* offset : {"-1", "100001", "x"}) {
    ExpectBadRequest("/api/documents", {{"offset", offset}}, "'offset'");
  }
  EXPECT_EQ(GetJson("/api/obligations", {{"limit", "200"}}).status, 200);
}

TEST_F(ServeTest, UnknownOrRepeatedParametersAreBadRequests) {
  ExpectBadRequest("/api/obligations", {{"deadline", "2025"}}, "unknown parameter 'deadline'");
  ExpectBadRequest("/api/documents", {{"agency", "x"}}, "unknown parameter 'agency'");
  ExpectBadRequest("/api/documents/" + Directive224(), {{"q", "x"}}, "unknown parameter 'q'");
  ExpectBadRequest("/api/obligations?q=a&q=b", {}, "more than once");
}

TEST_F(ServeTest, MalformedFilterValuesAreBadRequests) {
  ExpectBadRequest("/api/obligations", {{"due_before", "2025-02-30"}}, "'due_before'");
  ExpectBadRequest("/api/obligations", {{"issued_from", "20/11/2025"}}, "'issued_from'");
  ExpectBadRequest("/api/obligations", {{"overdue_on", "2025-1-5"}}, "'overdue_on'");
  ExpectBadRequest("/api/obligations", {{"role", "boss"}}, "'role'");
  ExpectBadRequest("/api/obligations", {{"q", std::string(server::kMaxTextParam + 1, 'a')}},
                   "'q' is longer than");
  ExpectBadRequest("/api/obligations?q=%FF%FE", {}, "not UTF-8");
  ExpectBadRequest("/api/obligations?agency=a%00b", {}, "control character");
}

TEST_F(ServeTest, OverlongUrlIsRefusedWith414) {
  for (size_t length : {server::kMaxTarget + 1, size_t{10000}}) {
    JsonAnswer r = GetJson("/api/obligations?q=" + std::string(length, 'a'));
    EXPECT_EQ(r.status, 414) << length;
    EXPECT_TRUE(r.body.contains("error")) << length;
  }
}

TEST_F(ServeTest, LargeBodyIsRefusedWith413AndWritesWith405) {
  auto client = TestServer::Get().Client();
  httplib::Result large =
      client->Post("/api/obligations", std::string(server::kMaxBody * 4, 'x'), "text/plain");
  ASSERT_TRUE(large);
  EXPECT_EQ(large->status, 413);
  EXPECT_NE(large->body.find("\"error\""), std::string::npos) << large->body;
  httplib::Result post = client->Post("/api/documents", "{}", "application/json");
  ASSERT_TRUE(post);
  EXPECT_EQ(post->status, 405);
  EXPECT_EQ(post->get_header_value("Allow"), "GET, HEAD");
  httplib::Result del = client->Delete("/api/documents/" + Directive224());
  ASSERT_TRUE(del);
  EXPECT_EQ(del->status, 405);
  EXPECT_EQ(GetJson("/api/documents/" + Directive224()).status, 200);  // still there
}

TEST_F(ServeTest, UnknownPathIsAJsonNotFound) {
  JsonAnswer r = GetJson("/api/nothing-here");
  EXPECT_EQ(r.status, 404);
  EXPECT_EQ(r.content_type, "application/json");
  EXPECT_NE(r.body.value("error", "").find("openapi"), std::string::npos) << r.body.dump();
}

TEST_F(ServeTest, PageAndItsAssetsAreServedFromTheBinary) {
  auto client = TestServer::Get().Client();
  httplib::Result page = client->Get("/");
  ASSERT_TRUE(page);
  EXPECT_EQ(page->status, 200);
  EXPECT_EQ(page->get_header_value("Content-Type"), "text/html; charset=utf-8");
  EXPECT_NE(page->body.find("<title>vanban</title>"), std::string::npos);
  EXPECT_NE(page->get_header_value("Content-Security-Policy").find("script-src 'self'"),
            std::string::npos);
  EXPECT_EQ(page->get_header_value("X-Content-Type-Options"), "nosniff");
  httplib::Result script = client->Get("/app.js");
  ASSERT_TRUE(script);
  EXPECT_EQ(script->status, 200);
  EXPECT_EQ(script->get_header_value("Content-Type"), "text/javascript; charset=utf-8");
  EXPECT_NE(script->body.find("textContent"), std::string::npos);
  httplib::Result style = client->Get("/style.css");
  ASSERT_TRUE(style);
  EXPECT_EQ(style->get_header_value("Content-Type"), "text/css; charset=utf-8");
  JsonAnswer openapi = GetJson("/api/openapi.json");
  ASSERT_EQ(openapi.status, 200);
  EXPECT_EQ(openapi.body["openapi"], "3.1.0");
  EXPECT_TRUE(openapi.body["paths"].contains("/api/obligations"));
  JsonAnswer record_schema = GetJson("/api/record.schema.json");  // what openapi.json refers to
  ASSERT_EQ(record_schema.status, 200);
  EXPECT_EQ(record_schema.body["title"], "vanban record");
}

TEST_F(ServeTest, TypesListCodesWithTheirNames) {
  JsonAnswer r = GetJson("/api/types");
  ASSERT_EQ(r.status, 200);
  EXPECT_NE(std::find(r.body["types"].begin(), r.body["types"].end(),
                      json{{"code", "chi_thi"}, {"name", "Chỉ thị"}}),
            r.body["types"].end())
      << r.body.dump();
}

TEST_F(ServeTest, ConcurrentRequestsAreAllAnswered) {
  const std::vector<std::string> paths = {
      "/api/documents", "/api/obligations?q=bo%20xay%20dung", "/api/documents/" + Directive224(),
      "/api/documents/" + Notice627() + "/cited-by", "/api/refs?number=627/TB-VPCP"};
  std::atomic<int> answered{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < 2 * server::kWorkerThreads; ++t) {
    threads.emplace_back([&, t] {
      auto client = TestServer::Get().Client();
      for (int i = 0; i < 6; ++i) {
        httplib::Result r = client->Get(paths[(t + i) % paths.size()]);
        if (r && r->status == 200) ++answered;
      }
    });
  }
  for (std::thread& t : threads) t.join();
  EXPECT_EQ(answered.load(), 2 * server::kWorkerThreads * 6);
}

std::string FileBytes(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

TEST_F(ServeTest, ServingNeverWritesTheDatabase) {
  const std::string before = FileBytes(TestServer::Get().db_path());
  ASSERT_FALSE(before.empty());
  for (const std::string& path :
       {std::string("/api/documents?q=ke%20hoach"), std::string("/api/obligations?q=bao%20cao"),
        "/api/documents/" + Directive224(), "/api/documents/" + Directive224() + "/references",
        std::string("/api/refs?number=158/CĐ-TTg")}) {
    EXPECT_EQ(GetJson(path).status, 200) << path;
  }
  EXPECT_EQ(FileBytes(TestServer::Get().db_path()), before);
  const std::filesystem::path wal = TestServer::Get().db_path().string() + "-wal";
  EXPECT_TRUE(!std::filesystem::exists(wal) || std::filesystem::file_size(wal) == 0);
}

TEST(ServeStart, MissingDatabaseIsRefusedAndNotCreated) {
  const std::filesystem::path missing = std::filesystem::temp_directory_path() /
                                        ("vanban-no-such-" + std::to_string(::getpid()) + ".db");
  StatusOr<std::unique_ptr<server::HttpServer>> server =
      server::HttpServer::Create(missing.string());
  ASSERT_FALSE(server.ok());
  EXPECT_EQ(server.status().code(), StatusCode::kIoError);
  EXPECT_FALSE(std::filesystem::exists(missing));
}

TEST(ServeStart, PortInUseIsAnIoError) {
  TestServer& running = TestServer::Get();
  ASSERT_TRUE(running.ok()) << running.error();
  StatusOr<std::unique_ptr<server::HttpServer>> second =
      server::HttpServer::Create(running.db_path().string());
  ASSERT_TRUE(second.ok()) << second.status().ToString();
  StatusOr<int> bound = (*second)->Bind("127.0.0.1", running.port());
  ASSERT_FALSE(bound.ok());
  EXPECT_EQ(bound.status().code(), StatusCode::kIoError);
  EXPECT_NE(bound.status().message().find(std::to_string(running.port())), std::string::npos);
}

}  // namespace
}  // namespace vanban
