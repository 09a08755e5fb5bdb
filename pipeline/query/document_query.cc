#include "pipeline/query/document_query.h"

#include "pipeline/query/filter_values.h"
#include "pipeline/query/fts_query.h"
#include "pipeline/query/sql_params.h"

namespace vanban {

StatusOr<std::vector<DocumentHit>> SearchDocuments(Store& store, const DocumentFilter& f) {
  for (const auto& [option, day] :
       {std::pair{"issued-from", &f.issued_from}, std::pair{"issued-to", &f.issued_to}}) {
    Status s = CheckDay(option, *day);
    if (!s.ok()) return s;
  }
  Status checked = CheckPage(f.limit, f.offset);
  if (!checked.ok()) return checked;
  SqlParams params;
  std::string sql =
      "SELECT d.sha256, coalesce(d.number, ''), coalesce(d.type, ''), coalesce(d.issuer, ''), "
      "coalesce(d.issued, ''), coalesce(d.subject, ''), ";
  std::string order;
  if (!f.text.empty()) {
    StatusOr<FtsQuery> query = BuildFtsQuery(f.text);
    if (!query.ok()) return query.status();
    const std::string match = params.Add(query->match);
    // The subject weighs four times the text.
    sql += "snippet(documents_fts, -1, '«', '»', '…', 24), vanban_exact(documents_fts, " +
           params.Add(query->exact) +
           ") * 1000.0 - bm25(documents_fts, 4.0, 1.0) AS score "
           "FROM documents_fts JOIN documents AS d ON d.id = documents_fts.rowid "
           "WHERE documents_fts MATCH " +
           match;
    order = " ORDER BY score DESC, d.id";
  } else {
    sql += "coalesce(d.subject, ''), 0.0 AS score FROM documents AS d WHERE 1";
    order = " ORDER BY d.issued IS NULL, d.issued DESC, d.id";
  }
  if (!f.type.empty()) sql += " AND d.type = " + params.Add(f.type);
  if (!f.issuer.empty()) {
    const std::string key = AgencyFilterKey(f.issuer);
    if (key.empty()) return InvalidArgument("issuer \"" + f.issuer + "\" has no letters");
    sql += " AND instr(d.issuer_key, " + params.Add(key) + ") > 0";
  }
  if (!f.issued_from.empty()) sql += " AND d.issued >= " + params.Add(f.issued_from);
  if (!f.issued_to.empty()) sql += " AND d.issued <= " + params.Add(f.issued_to);
  sql += order + " LIMIT " + params.Add(f.limit) + " OFFSET " + params.Add(f.offset);
  std::vector<DocumentHit> hits;
  Status s = store.Select(sql, params.values(), [&](const Store::Row& row) {
    hits.push_back({row.Text(0), row.Text(1), row.Text(2), row.Text(3), row.Text(4), row.Text(5),
                    row.Text(6), row.Double(7)});
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return hits;
}

}  // namespace vanban
