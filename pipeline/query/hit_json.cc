#include "pipeline/query/hit_json.h"

#include <string>

namespace vanban {
namespace {

using nlohmann::json;

json OrNull(const std::string& value) { return value.empty() ? json(nullptr) : json(value); }

json DocumentRef(const std::string& id, const std::string& number) {
  if (id.empty()) return nullptr;
  return {{"id", id}, {"number", OrNull(number)}};
}

}  // namespace

json DocumentHitJson(const DocumentHit& hit) {
  return {{"id", hit.doc_id},
          {"number", OrNull(hit.number)},
          {"type", OrNull(hit.type)},
          {"issuer", OrNull(hit.issuer)},
          {"issued", OrNull(hit.issued)},
          {"subject", OrNull(hit.subject)},
          {"snippet", hit.snippet},
          {"score", hit.score}};
}

json ObligationHitJson(const ObligationHit& hit) {
  json agencies = json::array();
  for (const ObligationHit::Agency& a : hit.agencies) {
    agencies.push_back({{"name", a.name}, {"key", a.key}, {"role", a.role}});
  }
  json deadline = nullptr;
  if (!hit.deadline_text.empty() || !hit.deadline_value.empty()) {
    deadline = {{"text", hit.deadline_text}, {"value", OrNull(hit.deadline_value)}};
  }
  return {{"obligation_id", hit.obligation_id},
          {"document",
           {{"id", hit.doc_id},
            {"number", OrNull(hit.doc_number)},
            {"type", OrNull(hit.doc_type)},
            {"issued", OrNull(hit.doc_issued)},
            {"issuer", OrNull(hit.doc_issuer)},
            {"subject", OrNull(hit.doc_subject)}}},
          {"action", hit.action},
          {"snippet", hit.snippet},
          {"agencies", std::move(agencies)},
          {"deadline", std::move(deadline)},
          {"score", hit.score}};
}

json CitationJson(const Citation& c) {
  return {{"from", DocumentRef(c.from_doc_id, c.from_number)},
          {"number", OrNull(c.number)},
          {"type", OrNull(c.type)},
          {"date", OrNull(c.date)},
          {"issuer", OrNull(c.issuer)},
          {"title", OrNull(c.title)},
          {"relation", OrNull(c.relation)},
          {"to", DocumentRef(c.to_doc_id, c.to_number)}};
}

}  // namespace vanban
