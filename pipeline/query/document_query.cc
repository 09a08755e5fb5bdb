#include "pipeline/query/document_query.h"

#include "pipeline/query/filter_values.h"
#include "pipeline/query/fts_query.h"
#include "pipeline/query/highlight.h"
#include "pipeline/query/sql_params.h"

namespace vanban {
namespace {

// Matches ranked per query: the most recently stored ones (see obligation_query.cc).
constexpr int kRankWindow = 500;

// " AND ..." conditions for the filters of f over d (the document).
StatusOr<std::string> Conditions(const DocumentFilter& f, SqlParams& params) {
  std::string where;
  if (!f.type.empty()) where += " AND d.type = " + params.Add(f.type);
  if (!f.issuer.empty()) {
    const std::string key = AgencyFilterKey(f.issuer);
    if (key.empty()) return InvalidArgument("issuer \"" + f.issuer + "\" has no letters");
    where += " AND " + IssuerHasWords(params.Add(key));
  }
  if (!f.issued_from.empty()) where += " AND d.issued >= " + params.Add(f.issued_from);
  if (!f.issued_to.empty()) where += " AND d.issued <= " + params.Add(f.issued_to);
  return where;
}

}  // namespace

StatusOr<std::vector<DocumentHit>> SearchDocuments(Store& store, const DocumentFilter& f) {
  for (const auto& [option, day] :
       {std::pair{"issued-from", &f.issued_from}, std::pair{"issued-to", &f.issued_to}}) {
    Status s = CheckDay(option, *day);
    if (!s.ok()) return s;
  }
  Status checked = CheckPage(f.limit, f.offset);
  if (!checked.ok()) return checked;
  SqlParams params;
  std::string match;
  FtsQuery query;
  std::string ranked;  // SELECT id, score ... of the page
  std::string order;   // the same order over r and d
  if (!f.text.empty()) {
    StatusOr<FtsQuery> built = BuildFtsQuery(f.text);
    if (!built.ok()) return built.status();
    query = std::move(built).value();
    match = query.match;
    const std::string m = params.Add(match);
    // Spelling as typed first, then BM25 with the subject weighing four times the text.
    std::string inner = "SELECT rowid AS id, vanban_rank(documents_fts, " +
                        params.Add(query.exact) +
                        ", 4.0, 1.0) AS score FROM documents_fts WHERE documents_fts MATCH " + m;
    StatusOr<std::string> where = Conditions(f, params);
    if (!where.ok()) return where.status();
    if (!where->empty())
      inner += " AND rowid IN (SELECT d.id FROM documents AS d WHERE 1" + *where + ")";
    inner += " ORDER BY rowid DESC LIMIT " + std::to_string(kRankWindow);
    ranked = "SELECT id, score FROM (" + inner + ") ORDER BY score DESC, id DESC";
    order = " ORDER BY r.score DESC, r.id DESC";
  } else {
    StatusOr<std::string> where = Conditions(f, params);
    if (!where.ok()) return where.status();
    ranked = "SELECT d.id AS id, 0.0 AS score FROM documents AS d WHERE 1" + *where +
             " ORDER BY d.issued IS NULL, d.issued DESC, d.id";
    order = " ORDER BY d.issued IS NULL, d.issued DESC, d.id";
  }
  ranked += " LIMIT " + params.Add(f.limit) + " OFFSET " + params.Add(f.offset);
  const std::string sql =
      "SELECT r.id, d.sha256, coalesce(d.number, ''), coalesce(d.type, ''), "
      "coalesce(d.issuer, ''), coalesce(d.issued, ''), coalesce(d.subject, ''), r.score "
      "FROM (" +
      ranked + ") AS r JOIN documents AS d ON d.id = r.id" + order;
  std::vector<int64_t> ids;
  std::vector<DocumentHit> hits;
  Status s = store.Select(sql, params.values(), [&](const Store::Row& row) {
    ids.push_back(row.Int(0));
    hits.push_back({row.Text(1), row.Text(2), row.Text(3), row.Text(4), row.Text(5), row.Text(6),
                    row.Text(6), row.Double(7)});
    return Status::Ok();
  });
  if (!s.ok()) return s;
  if (match.empty()) return hits;
  // Snippets for the page only: the subject when it matched, else from the text (which reads
  // the whole text).
  for (size_t i = 0; i < hits.size(); ++i) {
    std::string subject = Highlight(hits[i].subject, query.words, query.prefixes, 0);
    if (subject.find("«") != std::string::npos) {
      hits[i].snippet = std::move(subject);
      continue;
    }
    s = store.Select(
        "SELECT snippet(documents_fts, -1, '«', '»', '…', 24) FROM documents_fts "
        "WHERE documents_fts MATCH ?1 AND rowid = ?2",
        {match, ids[i]}, [&](const Store::Row& row) {
          hits[i].snippet = row.Text(0);
          return Status::Ok();
        });
    if (!s.ok()) return s;
  }
  return hits;
}

}  // namespace vanban
