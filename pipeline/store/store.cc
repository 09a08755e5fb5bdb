#include "pipeline/store/store.h"

#include <sqlite3.h>

#include <cctype>
#include <concepts>
#include <cstdint>
#include <optional>
#include <utility>
#include <variant>

#include "pipeline/embedded_data.h"
#include "pipeline/normalize/normalize.h"
#include "pipeline/store/annotation_rows.h"
#include "pipeline/store/search_index.h"

namespace vanban {
namespace {

using nlohmann::json;

// Schema migrations in order (schemas/sql/); applying the first N gives schema version N.
// Adding a migration is one file and one entry here.
constexpr std::string_view kMigrations[] = {"001_init.sql", "002_page_methods.sql",
                                            "003_search.sql"};
constexpr int kSchemaVersion = std::size(kMigrations);
// PRAGMA application_id of a vanban database: "VNBN".
constexpr int32_t kApplicationId = 0x564E424E;
constexpr int kBusyTimeoutMs = 10000;

// The SQLite result code rc as a Status; `what` says what was being done.
Status SqliteStatus(sqlite3* db, int rc, std::string_view what) {
  std::string message = std::string(what) + ": " + (db ? sqlite3_errmsg(db) : sqlite3_errstr(rc));
  switch (rc & 0xff) {
    case SQLITE_CONSTRAINT:
    case SQLITE_MISMATCH:
    case SQLITE_TOOBIG:
      return DataError(std::move(message));
    case SQLITE_NOTADB:
    case SQLITE_CORRUPT:
    case SQLITE_CANTOPEN:
    case SQLITE_IOERR:
    case SQLITE_FULL:
    case SQLITE_PERM:
    case SQLITE_READONLY:
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
    case SQLITE_PROTOCOL:
      return IoError(std::move(message));
    default:
      return Internal(std::move(message));
  }
}

// A prepared statement. ForEachRow, Exec and First bind their arguments to ?1, ?2, ...
class Statement {
 public:
  Statement(sqlite3* db, std::string_view sql) : db_(db) {
    // Errors name the statement by its first three words: "INSERT INTO zones".
    size_t end = 0;
    for (int words = 0; words < 3 && end != std::string_view::npos; ++words) {
      end = sql.find(' ', end + (words > 0));
    }
    what_ = sql.substr(0, end);
    int rc = sqlite3_prepare_v2(db, sql.data(), static_cast<int>(sql.size()), &stmt_, nullptr);
    if (rc != SQLITE_OK) status_ = SqliteStatus(db, rc, "preparing " + what_);
  }
  ~Statement() { sqlite3_finalize(stmt_); }
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;

  // Binds args, then calls on_row(*this) for each row (read it with the column getters);
  // stops at the first non-ok status.
  template <typename OnRow, typename... Args>
  Status ForEachRow(OnRow on_row, const Args&... args) {
    Status s = Query(args...);
    while (s.ok()) {
      StatusOr<bool> row = Next();
      if (!row.ok() || !*row) return row.ok() ? Status::Ok() : row.status();
      s = on_row(static_cast<const Statement&>(*this));
    }
    return s;
  }

  // Binds args and runs the statement to completion.
  template <typename... Args>
  Status Exec(const Args&... args) {
    return ForEachRow([](const Statement&) { return Status::Ok(); }, args...);
  }

  // Binds args and steps to the first row: true when there is one.
  template <typename... Args>
  StatusOr<bool> First(const Args&... args) {
    Status s = Query(args...);
    if (!s.ok()) return s;
    return Next();
  }

  bool IsNull(int col) const { return sqlite3_column_type(stmt_, col) == SQLITE_NULL; }
  int64_t Int(int col) const { return sqlite3_column_int64(stmt_, col); }
  double Double(int col) const { return sqlite3_column_double(stmt_, col); }
  std::string Text(int col) const {
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(stmt_, col));
    return text ? std::string(text, sqlite3_column_bytes(stmt_, col)) : std::string();
  }

 private:
  template <typename... Args>
  Status Query(const Args&... args) {
    if (!status_.ok()) return status_;
    sqlite3_reset(stmt_);
    sqlite3_clear_bindings(stmt_);
    [[maybe_unused]] int i = 0;
    int rc = SQLITE_OK;
    ((rc = rc == SQLITE_OK ? Bind(++i, args) : rc), ...);
    if (rc != SQLITE_OK) return SqliteStatus(db_, rc, "binding " + what_);
    return Status::Ok();
  }

  // true when a row is ready, false when the statement is done.
  StatusOr<bool> Next() {
    int rc = sqlite3_step(stmt_);
    if (rc == SQLITE_ROW) return true;
    if (rc == SQLITE_DONE) return false;
    return SqliteStatus(db_, rc, what_);
  }

  int Bind(int i, std::nullptr_t) { return sqlite3_bind_null(stmt_, i); }
  int Bind(int i, double v) { return sqlite3_bind_double(stmt_, i, v); }
  int Bind(int i, std::integral auto v) {
    return sqlite3_bind_int64(stmt_, i, static_cast<sqlite3_int64>(v));
  }
  int Bind(int i, std::string_view v) {
    return sqlite3_bind_text64(stmt_, i, v.data(), v.size(), SQLITE_TRANSIENT, SQLITE_UTF8);
  }
  int Bind(int i, const std::string& v) { return Bind(i, std::string_view(v)); }
  int Bind(int i, const char* v) { return Bind(i, std::string_view(v)); }
  template <typename T>
  int Bind(int i, const std::optional<T>& v) {
    return v ? Bind(i, *v) : Bind(i, nullptr);
  }
  int Bind(int i, const Store::SqlValue& v) {
    return std::visit([&](const auto& x) { return Bind(i, x); }, v);
  }
  int Bind(int i, const std::vector<Store::SqlValue>& values) {
    int rc = SQLITE_OK;
    for (size_t k = 0; k < values.size() && rc == SQLITE_OK; ++k)
      rc = Bind(i + static_cast<int>(k), values[k]);
    return rc;
  }

 public:
  bool ReadOnly() const { return stmt_ && sqlite3_stmt_readonly(stmt_); }
  sqlite3_stmt* handle() const { return stmt_; }

 private:
  sqlite3* db_;
  std::string what_;
  sqlite3_stmt* stmt_ = nullptr;
  Status status_;
};

// Runs sql (one or more statements, no parameters).
Status ExecScript(sqlite3* db, const std::string& sql, std::string_view what) {
  char* error = nullptr;
  int rc = sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &error);
  if (rc == SQLITE_OK) return Status::Ok();
  Status s = SqliteStatus(nullptr, rc, what);
  if (error) s = Status(s.code(), std::string(what) + ": " + error);
  sqlite3_free(error);
  return s;
}

StatusOr<int64_t> QueryInt(sqlite3* db, std::string_view sql) {
  Statement stmt(db, sql);
  StatusOr<bool> row = stmt.First();
  if (!row.ok()) return row.status();
  if (!*row) return Internal("no result for " + std::string(sql));
  return stmt.Int(0);
}

// Runs body inside BEGIN IMMEDIATE ... COMMIT; rolls back when body or the commit fails.
template <typename Body>
Status InTransaction(sqlite3* db, Body body) {
  Status s = ExecScript(db, "BEGIN IMMEDIATE", "starting transaction");
  if (!s.ok()) return s;
  s = body();
  if (s.ok()) s = ExecScript(db, "COMMIT", "committing");
  if (!s.ok()) ExecScript(db, "ROLLBACK", "rolling back");
  return s;
}

std::optional<std::string> StringAt(const json& object, const char* name) {
  auto it = object.find(name);
  if (it == object.end() || !it->is_string()) return std::nullopt;
  return it->get<std::string>();
}

StatusOr<json> ParseRecord(const std::string& text) {
  json record = json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (record.is_discarded()) return DataError("stored record is not valid JSON");
  return record;
}

std::optional<ZoneKind> ZoneKindFromName(std::string_view name) {
  for (int k = static_cast<int>(ZoneKind::kChrome); k <= static_cast<int>(ZoneKind::kSignature);
       ++k) {
    if (ZoneKindName(static_cast<ZoneKind>(k)) == name) return static_cast<ZoneKind>(k);
  }
  return std::nullopt;
}

bool IsStageName(std::string_view name) {
  for (const Stage& stage : Stages()) {
    if (stage.name == name) return true;
  }
  return false;
}

}  // namespace

struct Store::Impl {
  ~Impl() { sqlite3_close_v2(db); }

  // Refuses files that are not vanban databases of a version this build knows.
  Status CheckIdentity() {
    StatusOr<int64_t> app_id = QueryInt(db, "PRAGMA application_id");
    if (!app_id.ok()) {
      return IoError(path + ": not an SQLite database (" + app_id.status().message() + ")");
    }
    StatusOr<int64_t> objects = QueryInt(db, "SELECT count(*) FROM sqlite_schema");
    if (!objects.ok()) return objects.status();
    if (*app_id != kApplicationId && !(*app_id == 0 && *objects == 0)) {
      return IoError(path + ": an SQLite database, but not a vanban database");
    }
    StatusOr<int64_t> version = QueryInt(db, "PRAGMA user_version");
    if (!version.ok()) return version.status();
    if (*version > kSchemaVersion) {
      return IoError(path + ": schema version " + std::to_string(*version) +
                     " is newer than this build of vanban knows (" +
                     std::to_string(kSchemaVersion) + "); use a newer vanban");
    }
    return Status::Ok();
  }

  Status Configure() {
    Statement wal(db, "PRAGMA journal_mode = WAL");
    StatusOr<bool> row = wal.First();
    if (!row.ok()) return row.status();
    if (!*row || (wal.Text(0) != "wal" && path != ":memory:")) {
      return IoError(path + ": cannot use write-ahead logging");
    }
    return ExecScript(db, "PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL;",
                      "configuring " + path);
  }

  Status RegisterFunctions() { return RegisterSearchFunctions(db); }

  // Applies the migrations this file lacks, one transaction each. The version is read again
  // inside each transaction, so two processes opening one new file migrate it once.
  Status Migrate() {
    for (bool done = false; !done;) {
      Status s = InTransaction(db, [&]() -> Status {
        StatusOr<int64_t> version = QueryInt(db, "PRAGMA user_version");
        if (!version.ok()) return version.status();
        if (*version >= kSchemaVersion) {
          done = true;
          return Status::Ok();
        }
        std::string_view name = kMigrations[*version];
        std::string_view sql = EmbeddedData(name);
        if (sql.empty()) return Internal("migration " + std::string(name) + " is not embedded");
        Status applied = ExecScript(db, std::string(sql), "applying " + std::string(name));
        if (!applied.ok()) return applied;
        return ExecScript(db,
                          "PRAGMA user_version = " + std::to_string(*version + 1) +
                              "; PRAGMA application_id = " + std::to_string(kApplicationId),
                          "setting schema version");
      });
      if (!s.ok()) return s;
    }
    return Status::Ok();
  }

  Status InsertDocument(const Document& doc, const json& record, const std::string& record_text,
                        int64_t& id) {
    const SourceInfo& src = doc.source;
    const json document = record.value("document", json::object());
    const json pipeline = record.value("pipeline", json::object());
    std::optional<std::string> number = StringAt(document, "number");
    std::optional<std::string> number_key;
    if (number) number_key = NumberKey(*number);
    Statement insert(db,
                     "INSERT INTO documents (sha256, path, media_type, encoding, size_bytes, "
                     "type, number, number_key, issuer, issued, subject, raw_text, text, "
                     "record_json, pipeline_version) "
                     "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)");
    Status s =
        insert.Exec(src.sha256, src.path, src.media_type, src.encoding, src.size_bytes,
                    StringAt(document, "type"), number, number_key, StringAt(document, "issuer"),
                    StringAt(document, "issued"), StringAt(document, "subject"), doc.raw_text,
                    doc.text, record_text, StringAt(pipeline, "version").value_or(VANBAN_VERSION));
    if (!s.ok()) return s;
    id = sqlite3_last_insert_rowid(db);
    return Status::Ok();
  }

  Status InsertParts(const Document& doc, const std::vector<AnnotationRow>& rows, int64_t id) {
    Statement page(db,
                   "INSERT INTO pages (doc_id, number, raw_begin, raw_end, method, "
                   "ocr_confidence, dpi) VALUES (?1, ?2, ?3, ?4, ?5, ?6, NULLIF(?7, 0))");
    for (const Page& p : doc.pages) {
      Status s = page.Exec(id, p.number, p.raw.begin, p.raw.end, p.method, p.ocr_confidence, p.dpi);
      if (!s.ok()) return s;
    }
    Statement zone(db, "INSERT INTO zones VALUES (?1, ?2, ?3, ?4, ?5)");
    for (size_t i = 0; i < doc.zones.size(); ++i) {
      const Zone& z = doc.zones[i];
      Status s = zone.Exec(id, i, ZoneKindName(z.kind), z.span.begin, z.span.end);
      if (!s.ok()) return s;
    }
    Statement annotation(db,
                         "INSERT INTO annotations (doc_id, parent_id, seq, kind, key, begin, "
                         "end, raw_begin, raw_end, value_json) "
                         "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)");
    std::vector<int64_t> row_ids;
    for (const AnnotationRow& r : rows) {
      std::optional<int64_t> parent;
      if (r.parent >= 0) parent = row_ids.at(r.parent);
      Status s = annotation.Exec(id, parent, r.seq, r.kind, r.key, r.text.begin, r.text.end,
                                 r.raw.begin, r.raw.end, r.value.dump());
      if (!s.ok()) return s;
      row_ids.push_back(sqlite3_last_insert_rowid(db));
    }
    Statement issue(db, "INSERT INTO issues VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    for (size_t i = 0; i < doc.issues.size(); ++i) {
      const Issue& is = doc.issues[i];
      Status s = issue.Exec(id, i, is.stage, is.code, is.message, is.error);
      if (!s.ok()) return s;
    }
    return Status::Ok();
  }

  // The search keys and full-text rows of document `id` (schemas/sql/003_search.sql, which
  // fills the same for documents stored before it).
  Status IndexForSearch(int64_t id) {
    static constexpr const char* kStatements[] = {
        "UPDATE documents SET issuer_key = vanban_agency_fold(issuer) WHERE id = ?1",
        "UPDATE annotations SET fold_key = vanban_fold_ascii(key) "
        "WHERE doc_id = ?1 AND kind = 'agency'",
        "UPDATE annotations SET due_first = vanban_due_first(key), "
        "due_last = vanban_due_last(key) WHERE doc_id = ?1 AND kind = 'deadline'",
        "INSERT INTO documents_fts (rowid, subject, text) "
        "SELECT id, subject, text FROM documents WHERE id = ?1",
        "INSERT INTO obligations_fts (rowid, action, agencies) "
        "SELECT o.id, o.value_json ->> '$.action', "
        "(SELECT group_concat(CASE WHEN vanban_fold_ascii(g.value_json ->> '$.name') = "
        "g.fold_key THEN g.value_json ->> '$.name' ELSE (g.value_json ->> '$.name') || ' (' || "
        "g.key || ')' END, '; ') FROM annotations AS g "
        "WHERE g.parent_id = o.id AND g.kind = 'agency') "
        "FROM annotations AS o WHERE o.doc_id = ?1 AND o.kind = 'obligation'",
    };
    for (const char* sql : kStatements) {
      Status s = Statement(db, sql).Exec(id);
      if (!s.ok()) return s;
    }
    return Status::Ok();
  }

  Status ClearFailure(const std::string& failed_path) {
    return Statement(db, "DELETE FROM failures WHERE path = ?1").Exec(failed_path);
  }

  // Stored pages, zones and reader issues of document `id`.
  Status LoadParts(int64_t id, Document& doc) {
    Statement pages(db,
                    "SELECT number, raw_begin, raw_end, method, ocr_confidence, dpi FROM pages "
                    "WHERE doc_id = ?1 ORDER BY number");
    Status s = pages.ForEachRow(
        [&](const Statement& row) {
          Page& p = doc.pages.emplace_back();
          p.number = static_cast<int>(row.Int(0));
          p.raw = {static_cast<size_t>(row.Int(1)), static_cast<size_t>(row.Int(2))};
          p.method = row.Text(3);
          if (!row.IsNull(4)) p.ocr_confidence = row.Double(4);
          if (!row.IsNull(5)) p.dpi = static_cast<int>(row.Int(5));
          return Status::Ok();
        },
        id);
    if (!s.ok()) return s;
    Statement zones(db, "SELECT kind, begin, end FROM zones WHERE doc_id = ?1 ORDER BY seq");
    s = zones.ForEachRow(
        [&](const Statement& row) {
          std::optional<ZoneKind> kind = ZoneKindFromName(row.Text(0));
          if (!kind) return DataError("unknown zone kind in store: " + row.Text(0));
          doc.zones.push_back(
              {*kind, {static_cast<size_t>(row.Int(1)), static_cast<size_t>(row.Int(2))}});
          return Status::Ok();
        },
        id);
    if (!s.ok()) return s;
    Statement issues(db,
                     "SELECT stage, code, message, error FROM issues WHERE doc_id = ?1 "
                     "ORDER BY seq");
    return issues.ForEachRow(
        [&](const Statement& row) {
          if (!IsStageName(row.Text(0))) {
            doc.issues.push_back({row.Text(0), row.Text(1), row.Text(2), row.Int(3) != 0});
          }
          return Status::Ok();
        },
        id);
  }

  sqlite3* db = nullptr;
  std::string path;
};

Store::Store(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Store::~Store() = default;

int Store::SchemaVersion() { return kSchemaVersion; }

StatusOr<std::unique_ptr<Store>> Store::Open(const std::string& path) {
  auto impl = std::make_unique<Impl>();
  impl->path = path;
  int rc =
      sqlite3_open_v2(path.c_str(), &impl->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
  if (rc != SQLITE_OK) return SqliteStatus(impl->db, rc, "opening " + path);
  sqlite3_extended_result_codes(impl->db, 1);
  sqlite3_busy_timeout(impl->db, kBusyTimeoutMs);  // wait for other writers, even to migrate
  for (Status (Impl::*step)() :
       {&Impl::CheckIdentity, &Impl::Configure, &Impl::RegisterFunctions, &Impl::Migrate}) {
    Status s = (impl.get()->*step)();
    if (!s.ok()) return s;
  }
  return std::unique_ptr<Store>(new Store(std::move(impl)));
}

StatusOr<std::unique_ptr<Store>> Store::OpenReadOnly(const std::string& path) {
  auto impl = std::make_unique<Impl>();
  impl->path = path;
  int rc = sqlite3_open_v2(path.c_str(), &impl->db, SQLITE_OPEN_READONLY, nullptr);
  if (rc != SQLITE_OK) return SqliteStatus(impl->db, rc, "opening " + path + " for reading");
  sqlite3_extended_result_codes(impl->db, 1);
  sqlite3_busy_timeout(impl->db, kBusyTimeoutMs);
  Status s = impl->CheckIdentity();
  if (s.ok()) s = impl->RegisterFunctions();  // the search schema's tokenizer and functions
  if (!s.ok()) return s;
  StatusOr<int64_t> version = QueryInt(impl->db, "PRAGMA user_version");
  if (!version.ok()) return version.status();
  if (*version != kSchemaVersion) {
    return IoError(path + ": schema version " + std::to_string(*version) + ", this build reads " +
                   std::to_string(kSchemaVersion) +
                   (*version == 0 ? " (an empty database: ingest documents first)"
                                  : " (open it once with a writing command such as "
                                    "`vanban list` to migrate it)"));
  }
  s = ExecScript(impl->db, "PRAGMA query_only = ON", "configuring " + path);
  if (!s.ok()) return s;
  return std::unique_ptr<Store>(new Store(std::move(impl)));
}

StatusOr<Store::PutResult> Store::Put(const Document& doc, const json& record) {
  if (doc.source.sha256.empty()) return InvalidArgument("Put: document has no sha256");
  if (auto id = record.find("id"); id != record.end() && *id != doc.source.sha256) {
    return InvalidArgument("Put: the record is not the document's (ids differ)");
  }
  StatusOr<std::vector<AnnotationRow>> rows = AnnotationRows(record);
  if (!rows.ok()) return rows.status();
  std::string record_text;
  try {
    record_text = record.dump();
  } catch (const json::exception& e) {
    return DataError(doc.source.path + ": record cannot be written: " + e.what());
  }
  PutResult result = PutResult::kAdded;
  Status s = InTransaction(impl_->db, [&]() -> Status {
    Statement existing(impl_->db, "SELECT 1 FROM documents WHERE sha256 = ?1");
    StatusOr<bool> found = existing.First(doc.source.sha256);
    if (!found.ok()) return found.status();
    if (*found) {
      result = PutResult::kAlreadyStored;
    } else {
      int64_t id = 0;
      Status q = impl_->InsertDocument(doc, record, record_text, id);
      if (q.ok()) q = impl_->InsertParts(doc, *rows, id);
      if (q.ok()) q = impl_->IndexForSearch(id);
      if (!q.ok()) return Status(q.code(), doc.source.path + ": " + q.message());
    }
    return impl_->ClearFailure(doc.source.path);
  });
  if (!s.ok()) return s;
  return result;
}

Status Store::PutFailure(const std::string& path, const std::string& sha256,
                         const StageFailure& failure) {
  std::optional<std::string> hash;
  if (!sha256.empty()) hash = sha256;
  Statement upsert(impl_->db,
                   "INSERT INTO failures (path, sha256, stage, code, message) "
                   "VALUES (?1, ?2, ?3, ?4, ?5) "
                   "ON CONFLICT (path) DO UPDATE SET sha256 = excluded.sha256, "
                   "stage = excluded.stage, code = excluded.code, message = excluded.message, "
                   "at = excluded.at");
  return upsert.Exec(path, hash, failure.stage, StatusCodeName(failure.status.code()),
                     failure.status.message());
}

StatusOr<std::vector<Store::Failure>> Store::Failures() {
  Statement all(impl_->db,
                "SELECT path, coalesce(sha256, ''), stage, code, message, at FROM failures "
                "ORDER BY path");
  std::vector<Failure> failures;
  Status s = all.ForEachRow([&](const Statement& row) {
    failures.push_back(
        {row.Text(0), row.Text(1), row.Text(2), row.Text(3), row.Text(4), row.Text(5)});
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return failures;
}

StatusOr<std::vector<json>> Store::Find(std::string_view id_or_number) {
  const size_t begin = id_or_number.find_first_not_of(" \t\r\n");
  if (begin == std::string_view::npos) return InvalidArgument("empty document id or number");
  const std::string_view query =
      id_or_number.substr(begin, id_or_number.find_last_not_of(" \t\r\n") + 1 - begin);
  std::optional<std::string> id_pattern;  // "1a2b3c*"
  if (query.size() >= 6 && query.size() <= 64 &&
      query.find_first_not_of("0123456789abcdefABCDEF") == std::string_view::npos) {
    id_pattern = std::string(query) + "*";
    for (char& c : *id_pattern) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  Statement find(impl_->db,
                 "SELECT record_json FROM documents "
                 "WHERE sha256 GLOB ?1 OR number_key = ?2 ORDER BY id");
  std::vector<json> records;
  Status s = find.ForEachRow(
      [&](const Statement& row) {
        StatusOr<json> record = ParseRecord(row.Text(0));
        if (!record.ok()) return record.status();
        records.push_back(std::move(record).value());
        return Status::Ok();
      },
      id_pattern, NumberKey(query));
  if (!s.ok()) return s;
  return records;
}

Status Store::ForEachRecord(const std::function<Status(const json&)>& fn) {
  Statement all(impl_->db, "SELECT record_json FROM documents ORDER BY id");
  return all.ForEachRow([&](const Statement& row) {
    StatusOr<json> record = ParseRecord(row.Text(0));
    if (!record.ok()) return record.status();
    return fn(*record);
  });
}

StatusOr<Document> Store::LoadDocument(const std::string& sha256) {
  Statement find(impl_->db,
                 "SELECT id, path, media_type, encoding, size_bytes, raw_text, text "
                 "FROM documents WHERE sha256 = ?1");
  StatusOr<bool> row = find.First(sha256);
  if (!row.ok()) return row.status();
  if (!*row) return NotFound("no stored document " + sha256);
  Document doc;
  doc.source = {find.Text(1), sha256, find.Text(2), find.Text(3),
                static_cast<uint64_t>(find.Int(4))};
  doc.raw_text = find.Text(5);
  const std::string stored_text = find.Text(6);
  Status s = impl_->LoadParts(find.Int(0), doc);
  if (!s.ok()) return s;
  s = Normalize(doc);
  if (!s.ok()) return s;
  if (doc.text != stored_text) doc.zones.clear();
  return doc;
}

StatusOr<std::string> Store::Text(const std::string& sha256) {
  Statement find(impl_->db, "SELECT text FROM documents WHERE sha256 = ?1");
  StatusOr<bool> row = find.First(sha256);
  if (!row.ok()) return row.status();
  if (!*row) return NotFound("no stored document " + sha256);
  return find.Text(0);
}

bool Store::Row::IsNull(int col) const {
  return sqlite3_column_type(static_cast<sqlite3_stmt*>(statement_), col) == SQLITE_NULL;
}
int64_t Store::Row::Int(int col) const {
  return sqlite3_column_int64(static_cast<sqlite3_stmt*>(statement_), col);
}
double Store::Row::Double(int col) const {
  return sqlite3_column_double(static_cast<sqlite3_stmt*>(statement_), col);
}
std::string Store::Row::Text(int col) const {
  auto* stmt = static_cast<sqlite3_stmt*>(statement_);
  const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(stmt, col));
  return text ? std::string(text, sqlite3_column_bytes(stmt, col)) : std::string();
}

Status Store::Select(std::string_view sql, const std::vector<SqlValue>& params,
                     const std::function<Status(const Row&)>& on_row) {
  Statement select(impl_->db, sql);
  if (select.handle() && !select.ReadOnly()) {
    return InvalidArgument("Select: not a read-only statement: " + std::string(sql));
  }
  return select.ForEachRow(
      [&](const Statement& statement) { return on_row(Row(statement.handle())); }, params);
}

StatusOr<Store::Counts> Store::Count() {
  StatusOr<int64_t> documents = QueryInt(impl_->db, "SELECT count(*) FROM documents");
  if (!documents.ok()) return documents.status();
  StatusOr<int64_t> failures = QueryInt(impl_->db, "SELECT count(*) FROM failures");
  if (!failures.ok()) return failures.status();
  return Counts{static_cast<int>(*documents), static_cast<int>(*failures)};
}

}  // namespace vanban
