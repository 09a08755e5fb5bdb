// Store: the SQLite file that holds every ingested document (schema: schemas/sql/). One
// transaction per document; a document's identity is the SHA-256 of its source bytes, so
// storing the same file twice changes nothing. Raw text, normalized text, zones and all
// extracted values with their spans are kept, so extractors can be re-run without reading
// the source again. This file and store.cc are the only ones that touch the SQLite API.
//
// Example:
//   StatusOr<std::unique_ptr<Store>> store = Store::Open("vanban.db");
//   if (!store.ok()) return store.status();
//   StatusOr<Store::PutResult> put = (*store)->Put(doc, ToRecord(doc));
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "pipeline/document.h"
#include "pipeline/stages.h"
#include "pipeline/status.h"

namespace vanban {

class Store {
 public:
  // Opens or creates the database at `path` (WAL mode, foreign keys on, a busy timeout so
  // concurrent writers wait rather than fail) and brings its schema to the current version,
  // one migration per transaction. Fails with io_error when the file cannot be opened, is
  // not an SQLite database, is an SQLite database of another application, or has a schema
  // version newer than this build knows.
  static StatusOr<std::unique_ptr<Store>> Open(const std::string& path);

  // Opens an existing database at `path` for reading only: SQLite's read-only mode plus
  // PRAGMA query_only, so every write through this connection fails with io_error. Never
  // creates, configures or migrates. Fails with io_error when the file does not exist, is
  // not a vanban database, or has another schema version than this build's (an older file
  // is migrated by opening it once with Open, as `vanban ingest` or `vanban list` do).
  static StatusOr<std::unique_ptr<Store>> OpenReadOnly(const std::string& path);
  ~Store();
  Store(const Store&) = delete;
  Store& operator=(const Store&) = delete;

  // The schema version this build creates and reads (the number of migrations).
  static int SchemaVersion();

  enum class PutResult { kAdded, kAlreadyStored };
  // Stores doc (source, raw_text, text, pages, zones, issues) and its JSON record
  // (ToRecord(doc), pipeline/export/record.h: the extracted values and their spans) in one
  // transaction. A document whose sha256 is already stored is left untouched:
  // kAlreadyStored. In both cases a failure recorded earlier for doc.source.path is
  // cleared, since that path now went through. On failure (data_error for a value the
  // schema refuses, io_error when the disk does) nothing of doc is stored and the failures
  // are as they were.
  StatusOr<PutResult> Put(const Document& doc, const nlohmann::json& record);

  // Records that the source at `path` failed (stage, code, message); `sha256` may be empty
  // when the file could not be read. Replaces an earlier failure of the same path and
  // never touches stored documents.
  Status PutFailure(const std::string& path, const std::string& sha256,
                    const StageFailure& failure);

  // A failure as PutFailure recorded it.
  struct Failure {
    std::string path;
    std::string sha256;  // empty when the file could not be read
    std::string stage;
    std::string code;  // StatusCodeName: "data_error"
    std::string message;
    std::string at;  // UTC, ISO 8601: "2024-03-06T08:15:00.000Z"
  };
  // Every recorded failure, ordered by path; empty when there is none.
  StatusOr<std::vector<Failure>> Failures();

  // Records whose id (a sha256 prefix of at least 6 hex digits) or document number matches,
  // in ingest order. Numbers are compared folded (NumberKey, pipeline/store/annotation_rows.h:
  // spaces removed, case ignored, "Đ" read "D"), so "02/CT - UBND" finds "02/CT-UBND".
  // Empty when none does; invalid_argument for an empty query.
  StatusOr<std::vector<nlohmann::json>> Find(std::string_view id_or_number);

  // Calls fn on every stored record in ingest order; stops at the first non-ok status and
  // returns it. fn must not write to this store.
  Status ForEachRecord(const std::function<Status(const nlohmann::json&)>& fn);

  // Reloads a stored document by full sha256, for re-running extractors without the
  // source: source, raw_text, pages, the issues of the reader (those of stages in Stages()
  // are left for the stages to note again), text and zones. The offset map is not stored:
  // text and offsets are rebuilt by Normalize() from raw_text. When the rebuilt text
  // differs from the stored one (the normalizer changed since ingest) the rebuilt text is
  // kept and zones are left empty for Segment() to redo, since they were spans of the old
  // text. Extracted values (meta, references, ...) are not loaded: the extractors make
  // them. not_found when the document is not stored.
  StatusOr<Document> LoadDocument(const std::string& sha256);

  // The stored normalized text of the document with this full sha256: the text the spans of
  // its record point into. not_found when the document is not stored.
  StatusOr<std::string> Text(const std::string& sha256);

  // A value bound to one parameter of Select.
  using SqlValue = std::variant<std::nullptr_t, int64_t, double, std::string>;

  // One result row of Select, valid during the callback only.
  class Row {
   public:
    bool IsNull(int col) const;
    int64_t Int(int col) const;
    double Double(int col) const;
    std::string Text(int col) const;  // "" for NULL

   private:
    friend class Store;
    explicit Row(void* statement) : statement_(statement) {}
    void* statement_;
  };

  // Runs one read-only statement (SELECT) of the query layer (pipeline/query/) with params
  // bound to ?1, ?2, ... in order, calling on_row for each row; stops at the first non-ok
  // status and returns it. invalid_argument for a statement that would write; internal for
  // SQL that does not prepare. User input goes in params, never into sql.
  Status Select(std::string_view sql, const std::vector<SqlValue>& params,
                const std::function<Status(const Row&)>& on_row);

  struct Counts {
    int documents = 0;
    int failures = 0;
  };
  StatusOr<Counts> Count();

 private:
  struct Impl;
  explicit Store(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace vanban
