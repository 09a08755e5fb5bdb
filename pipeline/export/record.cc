#include "pipeline/export/record.h"

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

namespace vanban {
namespace {

using nlohmann::json;

// Whether the source has pages worth naming: several, or read from a PDF or by OCR.
bool Paged(const Document& doc) {
  return doc.pages.size() > 1 || std::any_of(doc.pages.begin(), doc.pages.end(), [](const Page& p) {
           return p.method != "text" && p.method != "html";
         });
}

// The page that holds raw offset `pos` (the last page starting at or before it).
const Page* PageAt(const Document& doc, size_t pos) {
  const Page* found = nullptr;
  for (const Page& p : doc.pages) {
    if (p.raw.begin > pos) break;
    found = &p;
  }
  return found;
}

// Adds "page" and, where OCR words overlap `raw`, "box": the union of the boxes of the
// overlapping words on the page of the first of them (words are in raw_text order).
void AddPageAndBox(const Document& doc, Span raw, json& span) {
  auto word = std::partition_point(doc.words.begin(), doc.words.end(),
                                   [&](const OcrWord& w) { return w.raw.end <= raw.begin; });
  std::optional<int> page;
  Box box;
  for (; word != doc.words.end() && word->raw.begin < raw.end; ++word) {
    if (!page) {
      page = word->page;
      box = word->box;
    } else if (word->page == *page) {
      box = {std::min(box.x0, word->box.x0), std::min(box.y0, word->box.y0),
             std::max(box.x1, word->box.x1), std::max(box.y1, word->box.y1)};
    }
  }
  if (page) {
    span["page"] = *page;
    span["box"] = {box.x0, box.y0, box.x1, box.y1};
  } else if (const Page* p = PageAt(doc, raw.begin)) {
    span["page"] = p->number;
  }
}

json SpanJson(const Document& doc, Span span) {
  Span raw = doc.offsets.ToSource(span);
  json out = {{"text", {span.begin, span.end}}, {"raw", {raw.begin, raw.end}}};
  if (Paged(doc)) AddPageAndBox(doc, raw, out);
  return out;
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
          {"dpi", p.dpi > 0 ? json(p.dpi) : json(nullptr)},
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
