#include "pipeline/query/obligation_query.h"

#include "pipeline/query/filter_values.h"
#include "pipeline/query/fts_query.h"
#include "pipeline/query/sql_params.h"

namespace vanban {
namespace {

// Weights of the action and agencies columns in BM25.
constexpr const char* kRank = "bm25(obligations_fts, 1.0, 0.6)";

Status CheckFilter(const ObligationFilter& f) {
  if (!f.role.empty() && f.role != "lead" && f.role != "support") {
    return InvalidArgument("role \"" + f.role + "\" is neither lead nor support");
  }
  for (const auto& [option, day] :
       {std::pair{"issued-from", &f.issued_from}, std::pair{"issued-to", &f.issued_to},
        std::pair{"due-before", &f.due_before}, std::pair{"due-after", &f.due_after},
        std::pair{"overdue-on", &f.overdue_on}}) {
    Status s = CheckDay(option, *day);
    if (!s.ok()) return s;
  }
  return CheckPage(f.limit, f.offset);
}

// " AND ..." conditions for the filters of f over o (obligation), d (document) and dl
// (its deadline, outer-joined).
StatusOr<std::string> Conditions(const ObligationFilter& f, SqlParams& params) {
  std::string where;
  if (!f.type.empty()) where += " AND d.type = " + params.Add(f.type);
  if (!f.issuer.empty()) {
    const std::string key = AgencyFilterKey(f.issuer);
    if (key.empty()) return InvalidArgument("issuer \"" + f.issuer + "\" has no letters");
    where += " AND instr(d.issuer_key, " + params.Add(key) + ") > 0";
  }
  if (!f.issued_from.empty()) where += " AND d.issued >= " + params.Add(f.issued_from);
  if (!f.issued_to.empty()) where += " AND d.issued <= " + params.Add(f.issued_to);
  if (!f.due_before.empty()) where += " AND dl.due_last <= " + params.Add(f.due_before);
  if (!f.due_after.empty()) where += " AND dl.due_first >= " + params.Add(f.due_after);
  if (!f.overdue_on.empty()) where += " AND dl.due_last < " + params.Add(f.overdue_on);
  if (!f.agency.empty() || !f.role.empty()) {
    std::string agency = "g.kind = 'agency'";
    if (!f.agency.empty()) {
      const std::string key = AgencyFilterKey(f.agency);
      if (key.empty()) return InvalidArgument("agency \"" + f.agency + "\" has no letters");
      // The key itself, or a longer key that starts with its words ("so y te" finds
      // "so y te tinh hung yen").
      const std::string k = params.Add(key);
      agency += " AND (g.fold_key = " + k + " OR (g.fold_key > " + k + " || ' ' AND g.fold_key < " +
                k + " || '!'))";
    }
    if (!f.role.empty()) agency += " AND g.value_json ->> '$.role' = " + params.Add(f.role);
    where += " AND o.id IN (SELECT g.parent_id FROM annotations AS g WHERE " + agency + ")";
  }
  return where;
}

Status AddAgencies(Store& store, ObligationHit& hit) {
  return store.Select(
      "SELECT value_json ->> '$.name', coalesce(key, ''), value_json ->> '$.role' "
      "FROM annotations WHERE parent_id = ?1 AND kind = 'agency' ORDER BY seq",
      {hit.obligation_id}, [&](const Store::Row& row) {
        hit.agencies.push_back({row.Text(0), row.Text(1), row.Text(2)});
        return Status::Ok();
      });
}

}  // namespace

StatusOr<std::vector<ObligationHit>> SearchObligations(Store& store, const ObligationFilter& f) {
  Status checked = CheckFilter(f);
  if (!checked.ok()) return checked;
  SqlParams params;
  std::string select =
      "SELECT o.id, d.sha256, coalesce(d.number, ''), coalesce(d.type, ''), "
      "coalesce(d.issued, ''), coalesce(d.issuer, ''), coalesce(d.subject, ''), "
      "o.value_json ->> '$.action', coalesce(dl.value_json ->> '$.text', ''), "
      "coalesce(dl.key, ''), ";
  std::string from;
  std::string order;
  if (!f.text.empty()) {
    StatusOr<FtsQuery> query = BuildFtsQuery(f.text);
    if (!query.ok()) return query.status();
    const std::string match = params.Add(query->match);
    select += "snippet(obligations_fts, 0, '«', '»', '…', 32), vanban_exact(obligations_fts, " +
              params.Add(query->exact) + ") * 1000.0 - " + kRank + " AS score";
    from = " FROM obligations_fts AS f JOIN annotations AS o ON o.id = f.rowid";
    from += " JOIN documents AS d ON d.id = o.doc_id";
    from += " LEFT JOIN annotations AS dl ON dl.parent_id = o.id AND dl.kind = 'deadline'";
    from += " WHERE obligations_fts MATCH " + match;
    order = " ORDER BY score DESC, o.id";
  } else {
    select += "o.value_json ->> '$.action', 0.0 AS score";
    from = " FROM annotations AS o JOIN documents AS d ON d.id = o.doc_id";
    from += " LEFT JOIN annotations AS dl ON dl.parent_id = o.id AND dl.kind = 'deadline'";
    from += " WHERE o.kind = 'obligation'";
    order = " ORDER BY o.doc_id, o.seq";
  }
  StatusOr<std::string> where = Conditions(f, params);
  if (!where.ok()) return where.status();
  const std::string sql = select + from + *where + order + " LIMIT " + params.Add(f.limit) +
                          " OFFSET " + params.Add(f.offset);
  std::vector<ObligationHit> hits;
  Status s = store.Select(sql, params.values(), [&](const Store::Row& row) {
    ObligationHit& h = hits.emplace_back();
    h.obligation_id = row.Int(0);
    h.doc_id = row.Text(1);
    h.doc_number = row.Text(2);
    h.doc_type = row.Text(3);
    h.doc_issued = row.Text(4);
    h.doc_issuer = row.Text(5);
    h.doc_subject = row.Text(6);
    h.action = row.Text(7);
    h.deadline_text = row.Text(8);
    h.deadline_value = row.Text(9);
    h.snippet = row.Text(10);
    h.score = row.Double(11);
    return Status::Ok();
  });
  if (!s.ok()) return s;
  for (ObligationHit& h : hits) {
    s = AddAgencies(store, h);
    if (!s.ok()) return s;
  }
  return hits;
}

}  // namespace vanban
