#include "pipeline/export/record.h"

#include <optional>
#include <string>
#include <vector>

namespace vanban {
namespace {

using nlohmann::json;

json SpanJson(const Document& doc, Span span) {
  Span raw = doc.offsets.ToSource(span);
  return {{"text", {span.begin, span.end}}, {"raw", {raw.begin, raw.end}}};
}

template <typename T>
json OrNull(const std::optional<T>& value) {
  return value ? json(*value) : json(nullptr);
}

json OrNull(const std::optional<Field>& field) {
  return field ? json(field->value) : json(nullptr);
}

json Values(const std::vector<Field>& fields) {
  json values = json::array();
  for (const Field& f : fields) values.push_back(f.value);
  return values;
}

json DocumentJson(const DocumentMeta& m) {
  json signer = nullptr;
  if (m.signer.name || m.signer.title || m.signer.authority) {
    signer = {{"name", OrNull(m.signer.name)},
              {"title", OrNull(m.signer.title)},
              {"authority", OrNull(m.signer.authority)}};
  }
  return {{"type", OrNull(m.type)},
          {"number", OrNull(m.number)},
          {"issuer", OrNull(m.issuer)},
          {"parent_issuer", OrNull(m.parent_issuer)},
          {"place", OrNull(m.place)},
          {"issued", OrNull(m.issued)},
          {"subject", OrNull(m.subject)},
          {"signer", signer},
          {"addressees", Values(m.addressees)},
          {"recipients", Values(m.recipients)}};
}

// "document.<field>" -> span, for the document fields that were found.
json Provenance(const Document& doc) {
  const DocumentMeta& m = doc.meta;
  json provenance = json::object();
  auto add = [&](const char* path, const std::optional<Field>& field) {
    if (field) provenance[path] = SpanJson(doc, field->span);
  };
  add("document.type", m.type);
  add("document.number", m.number);
  add("document.issuer", m.issuer);
  add("document.parent_issuer", m.parent_issuer);
  add("document.place", m.place);
  add("document.issued", m.issued);
  add("document.subject", m.subject);
  add("document.signer.name", m.signer.name);
  add("document.signer.title", m.signer.title);
  add("document.signer.authority", m.signer.authority);
  auto add_list = [&](const char* path, const std::vector<Field>& fields) {
    if (fields.empty()) return;
    json spans = json::array();
    for (const Field& f : fields) spans.push_back(SpanJson(doc, f.span));
    provenance[path] = std::move(spans);
  };
  add_list("document.addressees", m.addressees);
  add_list("document.recipients", m.recipients);
  return provenance;
}

json ReferenceJson(const Document& doc, const Reference& r) {
  return {{"type", r.type},           {"number", OrNull(r.number)},
          {"date", OrNull(r.date)},   {"issuer", OrNull(r.issuer)},
          {"title", OrNull(r.title)}, {"year", OrNull(r.year)},
          {"relation", r.relation},   {"span", SpanJson(doc, r.span)}};
}

json DeadlineJson(const Document& doc, const Deadline& d) {
  return {{"text", d.text}, {"value", d.value}, {"span", SpanJson(doc, d.span)}};
}

json ObligationJson(const Document& doc, const Obligation& o) {
  json agencies = json::array();
  for (const AgencyRole& a : o.agencies) {
    agencies.push_back(
        {{"name", a.name}, {"key", a.key}, {"role", a.role}, {"span", SpanJson(doc, a.span)}});
  }
  return {{"agencies", std::move(agencies)},
          {"action", o.action},
          {"deadline", o.deadline ? DeadlineJson(doc, *o.deadline) : json(nullptr)},
          {"span", SpanJson(doc, o.span)}};
}

json PageJson(const Page& p) {
  return {{"number", p.number},
          {"method", p.method},
          {"ocr_confidence", OrNull(p.ocr_confidence)},
          {"raw", {p.raw.begin, p.raw.end}}};
}

json IssueJson(const Issue& i) {
  return {{"stage", i.stage}, {"code", i.code}, {"message", i.message}, {"error", i.error}};
}

template <typename T, typename F>
json ArrayOf(const std::vector<T>& items, F to_json) {
  json array = json::array();
  for (const T& item : items) array.push_back(to_json(item));
  return array;
}

}  // namespace

json ToRecord(const Document& doc) {
  const SourceInfo& s = doc.source;
  return {
      {"id", s.sha256},
      {"source",
       {{"path", s.path},
        {"sha256", s.sha256},
        {"media_type", s.media_type},
        {"encoding", s.encoding},
        {"size_bytes", s.size_bytes}}},
      {"pipeline", {{"name", "vanban"}, {"version", VANBAN_VERSION}}},
      {"document", DocumentJson(doc.meta)},
      {"references",
       ArrayOf(doc.references, [&](const Reference& r) { return ReferenceJson(doc, r); })},
      {"obligations",
       ArrayOf(doc.obligations, [&](const Obligation& o) { return ObligationJson(doc, o); })},
      {"deadlines",
       ArrayOf(doc.deadlines, [&](const Deadline& d) { return DeadlineJson(doc, d); })},
      {"pages", ArrayOf(doc.pages, PageJson)},
      {"issues", ArrayOf(doc.issues, IssueJson)},
      {"provenance", Provenance(doc)},
  };
}

}  // namespace vanban
