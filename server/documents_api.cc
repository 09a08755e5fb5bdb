// GET /api/documents and GET /api/documents/{id}.
#include <utility>
#include <vector>

#include "pipeline/query/document_query.h"
#include "pipeline/query/hit_json.h"
#include "server/api.h"
#include "server/document_id.h"
#include "server/limits.h"
#include "server/paging.h"

namespace vanban::server {

ApiResponse ListDocuments(Store& store, const QueryParams& params) {
  Status known =
      params.OnlyThese({"q", "type", "issuer", "issued_from", "issued_to", "limit", "offset"});
  if (!known.ok()) return ErrorResponse(known);
  DocumentFilter filter;
  for (auto [name, field] : {std::pair{"q", &filter.text}, std::pair{"type", &filter.type},
                             std::pair{"issuer", &filter.issuer}}) {
    StatusOr<std::string> value = params.Text(name, kMaxTextParam);
    if (!value.ok()) return ErrorResponse(value.status());
    *field = std::move(value).value();
  }
  for (auto [name, field] :
       {std::pair{"issued_from", &filter.issued_from}, std::pair{"issued_to", &filter.issued_to}}) {
    StatusOr<std::string> value = params.Date(name);
    if (!value.ok()) return ErrorResponse(value.status());
    *field = std::move(value).value();
  }
  return SearchPage(
      params, std::move(filter), [&store](const auto& f) { return SearchDocuments(store, f); },
      "documents", DocumentHitJson);
}

ApiResponse GetDocument(Store& store, std::string_view id, const QueryParams& params) {
  Status known = params.OnlyThese({});
  if (!known.ok()) return ErrorResponse(known);
  StatusOr<std::string> sha = ResolveDocumentId(store, id);
  if (!sha.ok()) return ErrorResponse(sha.status());
  StatusOr<std::vector<nlohmann::json>> records = store.Find(*sha);
  if (!records.ok()) return ErrorResponse(records.status());
  StatusOr<std::string> text = store.Text(*sha);
  if (!text.ok()) return ErrorResponse(text.status());
  for (nlohmann::json& record : *records) {
    if (record.value("id", "") != *sha) continue;
    return {200, {{"id", *sha}, {"record", std::move(record)}, {"text", std::move(text).value()}}};
  }
  return ErrorResponse(NotFound("no stored document has id " + *sha));
}

}  // namespace vanban::server
