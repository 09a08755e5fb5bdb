// Writes what every endpoint answers, successes and errors, for the OpenAPI check:
// tests/schemas/validate_api.py validates each answer against the response schema that
// schemas/openapi.json gives for its operation and status (CMake test api_schema_*).
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "tests/server/test_server.h"

namespace vanban {
namespace {

using nlohmann::json;
using ::vanban::testing::GetJson;
using ::vanban::testing::JsonAnswer;
using ::vanban::testing::TestServer;

// Writes lines to dir/name through a temporary file, so a reader never sees half of it.
void WriteAtomically(const std::string& name, const std::string& lines) {
  const std::filesystem::path dir = VANBAN_API_SAMPLES_DIR;
  std::filesystem::create_directories(dir);
  const std::filesystem::path tmp = dir / (name + ".tmp" + std::to_string(::getpid()));
  std::ofstream(tmp) << lines;
  std::filesystem::rename(tmp, dir / name);
}

struct Sample {
  const char* operation;  // operationId in schemas/openapi.json
  std::string path;       // with its query string, already encoded
};

TEST(ApiSchemaSamples, WriteResponses) {
  ASSERT_TRUE(TestServer::Get().ok()) << TestServer::Get().error();
  const std::string d224 = TestServer::ShaOf("cd-224-2025-ttg.txt");
  const std::string n627 = TestServer::ShaOf("tb-627-2025-vpcp.txt");
  const std::vector<Sample> samples = {
      {"listDocuments", "/api/documents"},
      {"listDocuments", "/api/documents?limit=1"},
      {"listDocuments", "/api/documents?q=cao%20toc&type=cong_van"},
      {"listDocuments", "/api/documents?issued_from=2025-01-01&issued_to=2025-12-31"},
      {"listDocuments", "/api/documents?limit=0"},
      {"getDocument", "/api/documents/" + d224},
      {"getDocument", "/api/documents/" + n627.substr(0, 6)},
      {"getDocument", "/api/documents/000000"},
      {"getDocument", "/api/documents/nothex"},
      {"listReferences", "/api/documents/" + d224 + "/references"},
      {"listReferences", "/api/documents/" + d224 + "/references?limit=2&offset=1"},
      {"listCitedBy", "/api/documents/" + n627 + "/cited-by"},
      {"listCitedBy", "/api/documents/000000/cited-by"},
      {"listObligations", "/api/obligations"},
      {"listObligations", "/api/obligations?q=dong%20nai&role=lead"},
      {"listObligations", "/api/obligations?agency=B%E1%BB%99%20X%C3%A2y%20d%E1%BB%B1ng"},
      {"listObligations", "/api/obligations?due_after=2025-12-01&due_before=2025-12-31"},
      {"listObligations", "/api/obligations?overdue_on=2025-12-11&type=cong_dien"},
      {"listObligations", "/api/obligations?role=x"},
      {"listObligations", "/api/obligations?q=" + std::string(3000, 'a')},
      {"listCiting", "/api/refs?number=627/TB-VPCP"},
      {"listCiting", "/api/refs?number=1/XYZ"},
      {"listCiting", "/api/refs"},
      {"listTypes", "/api/types"},
  };
  std::string out;
  for (const Sample& sample : samples) {
    JsonAnswer r = GetJson(sample.path);
    ASSERT_NE(r.status, 0) << sample.path;
    ASSERT_FALSE(r.body.is_discarded()) << sample.path;
    out += json{{"operation", sample.operation},
                {"path", sample.path.substr(0, 200)},
                {"status", r.status},
                {"body", r.body}}
               .dump() +
           "\n";
  }
  WriteAtomically("responses.jsonl", out);
  // One answer the schema must refuse: a page whose next offset is text.
  JsonAnswer page = GetJson("/api/obligations?limit=1");
  ASSERT_EQ(page.status, 200);
  page.body["next_offset"] = "2";
  WriteAtomically("bad_page.jsonl", json{{"operation", "listObligations"},
                                         {"path", "/api/obligations?limit=1"},
                                         {"status", 200},
                                         {"body", page.body}}
                                            .dump() +
                                        "\n");
}

}  // namespace
}  // namespace vanban
