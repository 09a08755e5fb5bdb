#include "pipeline/query/obligation_query.h"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <unordered_map>
#include <unordered_set>

#include "pipeline/query/filter_values.h"
#include "pipeline/query/fts_query.h"
#include "pipeline/query/highlight.h"
#include "pipeline/query/sql_params.h"

namespace vanban {
namespace {

// Words of an action shown in a snippet.
constexpr size_t kSnippetWords = 40;

// Matches ranked per query: the most recently stored ones (and as many of those with the
// spelling as typed). Ranking every match of a common word ("báo cáo" is in a third of all
// obligations) would cost time in proportion to the store; this bounds it. Paging reaches
// at most this many results.
constexpr int kRankWindow = 1000;

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

// " AND ..." conditions for the filters of f over the obligation `id` (an SQL expression)
// and its document `doc_id`; "" when f has none. Document and agency filters are sets read
// once per query from covering indexes; deadlines too when due_as_set, else they are
// checked per obligation (cheaper when obligations are read in order until a page is full,
// since most obligations pass a deadline filter). With `doc_id` empty, the document filters
// become the set of the matching documents' obligations (read from the covering index
// annotations_doc), so that no obligation row needs to be read to learn its document.
StatusOr<std::string> Conditions(const ObligationFilter& f, const std::string& id,
                                 const std::string& doc_id, bool due_as_set, SqlParams& params) {
  std::string where;
  std::string doc;
  if (!f.type.empty()) doc += " AND d.type = " + params.Add(f.type);
  if (!f.issuer.empty()) {
    const std::string key = AgencyFilterKey(f.issuer);
    if (key.empty()) return InvalidArgument("issuer \"" + f.issuer + "\" has no letters");
    doc += " AND " + IssuerHasWords(params.Add(key));
  }
  if (!f.issued_from.empty()) doc += " AND d.issued >= " + params.Add(f.issued_from);
  if (!f.issued_to.empty()) doc += " AND d.issued <= " + params.Add(f.issued_to);
  if (!doc.empty()) {
    const std::string docs = "(SELECT d.id FROM documents AS d WHERE 1" + doc + ")";
    if (!doc_id.empty()) {
      where += " AND " + doc_id + " IN " + docs;
    } else {
      where += " AND " + id +
               " IN (SELECT od.id FROM annotations AS od WHERE od.kind = 'obligation'"
               " AND od.doc_id IN " +
               docs + ")";
    }
  }
  if (!f.agency.empty() || !f.role.empty()) {
    std::string agency = "g.kind = 'agency'";
    if (!f.agency.empty()) {
      const std::string key = AgencyFilterKey(f.agency);
      if (key.empty()) return InvalidArgument("agency \"" + f.agency + "\" has no letters");
      // The key itself, or a longer key that starts with its words ("so y te" finds
      // "so y te tinh hung yen"): one index range, since no key character sorts between ' '
      // and '!'.
      const std::string k = params.Add(key);
      agency += " AND g.fold_key >= " + k + " AND g.fold_key < " + k + " || '!'";
    }
    if (!f.role.empty()) agency += " AND g.value_json ->> '$.role' = " + params.Add(f.role);
    where += " AND " + id + " IN (SELECT g.parent_id FROM annotations AS g WHERE " + agency + ")";
  }
  std::string due;
  if (!f.due_before.empty()) due += " AND dl.due_last <= " + params.Add(f.due_before);
  if (!f.due_after.empty()) due += " AND dl.due_first >= " + params.Add(f.due_after);
  if (!f.overdue_on.empty()) due += " AND dl.due_last < " + params.Add(f.overdue_on);
  if (!due.empty() && due_as_set) {
    where += " AND " + id + " IN (SELECT dl.parent_id FROM annotations AS dl " +
             "WHERE dl.kind = 'deadline'" + due + ")";
  } else if (!due.empty()) {
    where += " AND EXISTS (SELECT 1 FROM annotations AS dl WHERE dl.parent_id = " + id +
             " AND dl.kind = 'deadline'" + due + ")";
  }
  return where;
}

using Ranked = std::vector<std::pair<int64_t, double>>;  // obligation id, score

// The kRankWindow most recently stored obligations that match `match` and the filters,
// best first: more phrases spelled as typed (mask, FtsQuery::exact), then BM25 (the
// action weighs more than the agency names).
StatusOr<Ranked> RankWindow(Store& store, const ObligationFilter& f, const std::string& match,
                            const std::string& mask) {
  SqlParams params;
  std::string inner = "SELECT f.rowid AS id, vanban_rank(obligations_fts, " + params.Add(mask) +
                      ", 1.0, 0.6) AS score FROM obligations_fts AS f";
  const std::string m = params.Add(match);
  // "+f.rowid": the sets are checked against each match; were they offered to FTS5 as rowid
  // constraints, the query would be evaluated again for every row of the set. The document
  // filters are a set of obligation ids too: looking each match's document up in the
  // annotations table costs a random read of a large row per match, and a rare filter
  // (an issuer since a date) leaves all matches of a common word to be looked at.
  StatusOr<std::string> where = Conditions(f, "+f.rowid", "", /*due_as_set=*/true, params);
  if (!where.ok()) return where.status();
  inner += " WHERE obligations_fts MATCH " + m + *where + " ORDER BY f.rowid DESC LIMIT " +
           std::to_string(kRankWindow);
  Ranked ranked;
  Status s = store.Select("SELECT id, score FROM (" + inner + ") ORDER BY score DESC, id DESC",
                          params.values(), [&](const Store::Row& row) {
                            ranked.emplace_back(row.Int(0), row.Double(1));
                            return Status::Ok();
                          });
  if (!s.ok()) return s;
  return ranked;
}

// The matching obligations of the requested page, best first, with their scores. With
// text: rows with every term spelled as typed first, then rows matched folded.
StatusOr<Ranked> RankedIds(Store& store, const ObligationFilter& f, const FtsQuery* query) {
  if (!query) {
    SqlParams params;
    StatusOr<std::string> where = Conditions(f, "+o.id", "o.doc_id", /*due_as_set=*/false, params);
    if (!where.ok()) return where.status();
    const std::string sql = "SELECT o.id FROM annotations AS o WHERE o.kind = 'obligation'" +
                            *where + " ORDER BY o.doc_id, o.seq LIMIT " + params.Add(f.limit) +
                            " OFFSET " + params.Add(f.offset);
    Ranked ids;
    Status s = store.Select(sql, params.values(), [&](const Store::Row& row) {
      ids.emplace_back(row.Int(0), 0.0);
      return Status::Ok();
    });
    if (!s.ok()) return s;
    return ids;
  }
  Ranked all;
  if (query->match_exact != query->match) {
    StatusOr<Ranked> exact =
        RankWindow(store, f, query->match_exact, std::string(query->exact.size(), '0'));
    if (!exact.ok()) return exact.status();
    all = std::move(exact).value();
  }
  StatusOr<Ranked> folded = RankWindow(store, f, query->match, query->exact);
  if (!folded.ok()) return folded.status();
  std::unordered_set<int64_t> seen;
  for (auto& [id, score] : all) {
    seen.insert(id);
    score += 1e6;  // above every folded-only row
  }
  for (const auto& hit : *folded) {
    if (!seen.count(hit.first)) all.push_back(hit);
  }
  const size_t from = std::min(all.size(), static_cast<size_t>(f.offset));
  const size_t to = std::min(all.size(), from + static_cast<size_t>(f.limit));
  return Ranked(all.begin() + from, all.begin() + to);
}

// The hits for ids, in the order of ids.
StatusOr<std::vector<ObligationHit>> Details(Store& store, const Ranked& ids) {
  nlohmann::json id_list = nlohmann::json::array();
  for (const auto& [id, score] : ids) id_list.push_back(id);
  const std::string ids_json = id_list.dump();
  std::vector<ObligationHit> hits(ids.size());
  std::unordered_map<int64_t, size_t> index;
  for (size_t i = 0; i < ids.size(); ++i) {
    hits[i].obligation_id = ids[i].first;
    hits[i].score = ids[i].second;
    index[ids[i].first] = i;
  }
  Status s = store.Select(
      std::string(
          "SELECT o.id, d.sha256, coalesce(d.number, ''), coalesce(d.type, ''), "
          "coalesce(d.issued, ''), coalesce(d.issuer, ''), coalesce(d.subject, ''), "
          "o.value_json ->> '$.action', coalesce(dl.value_json ->> '$.text', ''), "
          "coalesce(dl.key, '') FROM annotations AS o JOIN documents AS d ON d.id = o.doc_id "
          "LEFT JOIN annotations AS dl ON dl.parent_id = o.id AND dl.kind = 'deadline' "
          "WHERE o.id IN (SELECT value FROM json_each(?1))"),
      {ids_json}, [&](const Store::Row& row) {
        ObligationHit& h = hits[index.at(row.Int(0))];
        h.doc_id = row.Text(1);
        h.doc_number = row.Text(2);
        h.doc_type = row.Text(3);
        h.doc_issued = row.Text(4);
        h.doc_issuer = row.Text(5);
        h.doc_subject = row.Text(6);
        h.action = row.Text(7);
        h.deadline_text = row.Text(8);
        h.deadline_value = row.Text(9);
        return Status::Ok();
      });
  if (!s.ok()) return s;
  s = store.Select(
      "SELECT parent_id, value_json ->> '$.name', coalesce(key, ''), value_json ->> '$.role' "
      "FROM annotations WHERE kind = 'agency' AND parent_id IN (SELECT value FROM json_each(?1)) "
      "ORDER BY parent_id, seq",
      {ids_json}, [&](const Store::Row& row) {
        hits[index.at(row.Int(0))].agencies.push_back({row.Text(1), row.Text(2), row.Text(3)});
        return Status::Ok();
      });
  if (!s.ok()) return s;
  return hits;
}

}  // namespace

StatusOr<std::vector<ObligationHit>> SearchObligations(Store& store, const ObligationFilter& f) {
  Status checked = CheckFilter(f);
  if (!checked.ok()) return checked;
  std::optional<FtsQuery> query;
  if (!f.text.empty()) {
    StatusOr<FtsQuery> built = BuildFtsQuery(f.text);
    if (!built.ok()) return built.status();
    query = std::move(built).value();
  }
  StatusOr<Ranked> ids = RankedIds(store, f, query ? &*query : nullptr);
  if (!ids.ok()) return ids.status();
  StatusOr<std::vector<ObligationHit>> hits = Details(store, *ids);
  if (!hits.ok()) return hits.status();
  for (ObligationHit& h : *hits) {
    h.snippet = query ? Highlight(h.action, query->words, query->prefixes, kSnippetWords)
                      : Highlight(h.action, {}, {}, kSnippetWords);
  }
  return hits;
}

}  // namespace vanban
