// Store: the SQLite file that holds every ingested document (schema: schemas/sql/). One
// transaction per document; a document's identity is the SHA-256 of its source bytes, so
// storing the same file twice changes nothing. Raw text, normalized text, zones and all
// extracted values are kept, so extractors can be re-run without reading the source again.
// This file and store.cc are the only ones that touch the SQLite API.
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "pipeline/document.h"
#include "pipeline/stages.h"
#include "pipeline/status.h"

namespace vanban {

class Store {
 public:
  // Opens or creates the database at `path` (WAL mode) and brings its schema to the
  // current version. Fails with io_error when the file cannot be opened or is not a
  // vanban database of a version this build knows.
  static StatusOr<std::unique_ptr<Store>> Open(const std::string& path);
  ~Store();
  Store(const Store&) = delete;
  Store& operator=(const Store&) = delete;

  enum class PutResult { kAdded, kAlreadyStored };
  // Stores doc and its JSON record (pipeline/export/record.h) in one transaction. A document
  // whose sha256 is already stored is left untouched: kAlreadyStored. Clears any failure
  // recorded earlier for the same path. On failure nothing of doc is stored.
  StatusOr<PutResult> Put(const Document& doc, const nlohmann::json& record);

  // Records that the source at `path` failed (stage, code, message); `sha256` may be empty
  // when the file could not be read. Replaces an earlier failure of the same path and
  // never touches stored documents.
  Status PutFailure(const std::string& path, const std::string& sha256,
                    const StageFailure& failure);

  // Records whose id (a sha256 prefix of at least 6 hex digits) or document number
  // ("02/CT-UBND", compared with spaces and case ignored) matches. Empty when none does.
  StatusOr<std::vector<nlohmann::json>> Find(std::string_view id_or_number);

  // Calls fn on every stored record in ingest order; stops at the first non-ok status.
  Status ForEachRecord(const std::function<Status(const nlohmann::json&)>& fn);

  // Reloads a stored document (source, raw_text, pages, text, zones) by full sha256, for
  // re-running extractors without the source. not_found when it is not stored.
  StatusOr<Document> LoadDocument(const std::string& sha256);

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
