// GET /api/documents/{id}/references, /api/documents/{id}/cited-by and /api/refs.
#include <vector>

#include "pipeline/query/citations.h"
#include "pipeline/query/hit_json.h"
#include "server/api.h"
#include "server/document_id.h"
#include "server/limits.h"
#include "server/paging.h"

namespace vanban::server {
namespace {

using CitationQuery = StatusOr<std::vector<Citation>> (*)(Store&, const std::string&);

// The citations `query` gives for the document `id`, one page of them.
ApiResponse DocumentCitations(Store& store, std::string_view id, const QueryParams& params,
                              CitationQuery query, const char* items_name) {
  Status known = params.OnlyThese({"limit", "offset"});
  if (!known.ok()) return ErrorResponse(known);
  StatusOr<Page> page = ReadPage(params);
  if (!page.ok()) return ErrorResponse(page.status());
  StatusOr<std::string> sha = ResolveDocumentId(store, id);
  if (!sha.ok()) return ErrorResponse(sha.status());
  StatusOr<std::vector<Citation>> citations = query(store, *sha);
  if (!citations.ok()) return ErrorResponse(citations.status());
  nlohmann::json body = PageOfAll(items_name, std::move(citations).value(), *page, CitationJson);
  body["document_id"] = *sha;
  return {200, std::move(body)};
}

}  // namespace

ApiResponse DocumentReferences(Store& store, std::string_view id, const QueryParams& params) {
  return DocumentCitations(store, id, params, CitationsFrom, "references");
}

ApiResponse DocumentCitedBy(Store& store, std::string_view id, const QueryParams& params) {
  return DocumentCitations(store, id, params, CitationsTo, "cited_by");
}

ApiResponse ListRefs(Store& store, const QueryParams& params) {
  Status known = params.OnlyThese({"number", "limit", "offset"});
  if (!known.ok()) return ErrorResponse(known);
  StatusOr<std::string> number = params.Text("number", kMaxTextParam);
  if (!number.ok()) return ErrorResponse(number.status());
  if (number->empty()) return ErrorResponse(InvalidArgument("parameter 'number' is required"));
  StatusOr<Page> page = ReadPage(params);
  if (!page.ok()) return ErrorResponse(page.status());
  StatusOr<std::vector<Citation>> citations = CitingNumber(store, *number);
  if (!citations.ok()) return ErrorResponse(citations.status());
  nlohmann::json body = PageOfAll("citations", std::move(citations).value(), *page, CitationJson);
  body["number"] = *number;
  return {200, std::move(body)};
}

}  // namespace vanban::server
