// A database written by a build that knew only schema version 1 (schemas/sql/001_init.sql)
// is migrated to version 2 on open and becomes searchable. The version-1 file is made the
// way such a build made it: 001_init.sql, then the rows of documents ingested through the
// real pipeline, copied column by column into the version-1 tables.
#include <gtest/gtest.h>
#include <sqlite3.h>
#include <unistd.h>

#include <filesystem>
#include <string>

#include "pipeline/embedded_data.h"
#include "pipeline/ingest.h"
#include "pipeline/query/citations.h"
#include "pipeline/query/obligation_query.h"
#include "pipeline/store/store.h"
#include "tests/test_paths.h"

namespace vanban {
namespace {

namespace fs = std::filesystem;

bool Exec(sqlite3* db, const std::string& sql) {
  char* error = nullptr;
  const int rc = sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &error);
  EXPECT_EQ(rc, SQLITE_OK) << (error ? error : "") << "\n" << sql.substr(0, 200);
  sqlite3_free(error);
  return rc == SQLITE_OK;
}

TEST(SearchMigration, VersionOneDatabaseIsMigratedAndSearchable) {
  ::vanban::testing::TempDir tmp;
  const std::string v2_path = (tmp.path() / "v2.db").string();
  const std::string v1_path = (tmp.path() / "v1.db").string();
  {
    StatusOr<std::unique_ptr<Store>> store = Store::Open(v2_path);
    ASSERT_TRUE(store.ok()) << store.status().ToString();
    StatusOr<IngestReport> report =
        Ingest({(::vanban::testing::SourceDir() / "corpus/real/kh-0124-dak-lak.txt").string(),
                (::vanban::testing::SourceDir() / "corpus/real/cd-224-2025-ttg.txt").string(),
                (::vanban::testing::SourceDir() / "corpus/real/tb-627-2025-vpcp.txt").string()},
               **store);
    ASSERT_TRUE(report.ok());
    ASSERT_EQ(report->added, 3);
  }
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(v1_path.c_str(), &db), SQLITE_OK);
  ASSERT_TRUE(Exec(db, "BEGIN; " + std::string(EmbeddedData("001_init.sql")) +
                           "; PRAGMA user_version = 1; PRAGMA application_id = 1447969358; "
                           "COMMIT;"));
  ASSERT_TRUE(Exec(db, "ATTACH DATABASE '" + v2_path + "' AS v2"));
  const char* copies[] = {
      "INSERT INTO documents SELECT id, sha256, path, media_type, encoding, size_bytes, type, "
      "number, number_key, issuer, issued, subject, raw_text, text, record_json, "
      "pipeline_version, ingested_at FROM v2.documents",
      "INSERT INTO pages SELECT * FROM v2.pages",
      "INSERT INTO zones SELECT * FROM v2.zones",
      "INSERT INTO annotations SELECT id, doc_id, parent_id, seq, kind, key, begin, end, "
      "raw_begin, raw_end, value_json FROM v2.annotations",
      "INSERT INTO issues SELECT * FROM v2.issues",
  };
  for (const char* sql : copies) ASSERT_TRUE(Exec(db, sql));
  ASSERT_TRUE(Exec(db, "DETACH DATABASE v2"));
  sqlite3_close(db);

  StatusOr<std::unique_ptr<Store>> store = Store::Open(v1_path);
  ASSERT_TRUE(store.ok()) << store.status().ToString();
  ObligationFilter f;
  f.text = "so noi vu bao cao";
  StatusOr<std::vector<ObligationHit>> hits = SearchObligations(**store, f);
  ASSERT_TRUE(hits.ok()) << hits.status().ToString();
  bool plan = false;
  for (const ObligationHit& h : *hits) plan |= h.doc_number == "0124/KH-UBND";
  EXPECT_TRUE(plan);
  // Agency keys and deadline days were filled by the migration too.
  f = {};
  f.agency = "bo xay dung";
  f.due_before = "2025-12-31";
  hits = SearchObligations(**store, f);
  ASSERT_TRUE(hits.ok()) << hits.status().ToString();
  EXPECT_FALSE(hits->empty());
  StatusOr<std::vector<Citation>> citing = CitingNumber(**store, "627/TB-VPCP");
  ASSERT_TRUE(citing.ok());
  ASSERT_EQ(citing->size(), 1u);
  EXPECT_FALSE((*citing)[0].to_doc_id.empty());
}

}  // namespace
}  // namespace vanban
