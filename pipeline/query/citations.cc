#include "pipeline/query/citations.h"

#include "pipeline/store/annotation_rows.h"

namespace vanban {
namespace {

// The citations of document_references rows that satisfy `where` (over r, the reference,
// and src, the citing document), in ingest order of the citing document, then text order.
StatusOr<std::vector<Citation>> Citations(Store& store, const std::string& where,
                                          const std::vector<Store::SqlValue>& params) {
  const std::string sql =
      "SELECT src.sha256, coalesce(src.number, ''), coalesce(r.number, ''), "
      "coalesce(r.type, ''), coalesce(r.date, ''), coalesce(r.issuer, ''), "
      "coalesce(r.title, ''), coalesce(r.relation, ''), coalesce(dst.sha256, ''), "
      "coalesce(dst.number, '') "
      "FROM document_references AS r JOIN documents AS src ON src.id = r.doc_id "
      "LEFT JOIN documents AS dst ON dst.id = r.cited_doc_id WHERE " +
      where + " ORDER BY src.id, r.seq";
  std::vector<Citation> citations;
  Status s = store.Select(sql, params, [&](const Store::Row& row) {
    citations.push_back({row.Text(0), row.Text(1), row.Text(2), row.Text(3), row.Text(4),
                         row.Text(5), row.Text(6), row.Text(7), row.Text(8), row.Text(9)});
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return citations;
}

// The id and number key of the stored document with this sha256; not_found when none.
struct Stored {
  int64_t id = 0;
  std::string number_key;
};
StatusOr<Stored> Find(Store& store, const std::string& doc_id) {
  Stored found;
  bool seen = false;
  Status s = store.Select("SELECT id, coalesce(number_key, '') FROM documents WHERE sha256 = ?1",
                          {doc_id}, [&](const Store::Row& row) {
                            found = {row.Int(0), row.Text(1)};
                            seen = true;
                            return Status::Ok();
                          });
  if (!s.ok()) return s;
  if (!seen) return NotFound("no stored document " + doc_id);
  return found;
}

}  // namespace

StatusOr<std::vector<Citation>> CitationsFrom(Store& store, const std::string& doc_id) {
  StatusOr<Stored> doc = Find(store, doc_id);
  if (!doc.ok()) return doc.status();
  return Citations(store, "r.doc_id = ?1", {doc->id});
}

StatusOr<std::vector<Citation>> CitationsTo(Store& store, const std::string& doc_id) {
  StatusOr<Stored> doc = Find(store, doc_id);
  if (!doc.ok()) return doc.status();
  if (doc->number_key.empty()) return std::vector<Citation>();
  // number_key first, so only references with this number resolve.
  return Citations(store, "r.number_key = ?1 AND r.cited_doc_id = ?2", {doc->number_key, doc->id});
}

StatusOr<std::vector<Citation>> CitingNumber(Store& store, std::string_view number) {
  const std::string key = NumberKey(number);
  if (key.empty()) return InvalidArgument("empty document number");
  return Citations(store, "r.number_key = ?1", {key});
}

}  // namespace vanban
