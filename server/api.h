// The read-only JSON API, one function per endpoint (schemas/openapi.json describes them all).
// Handlers know nothing of HTTP: they read checked parameters, query the store through
// pipeline/query/ and answer a status code with a JSON body; http_server.cc routes to them.
// Errors are {"error": "..."}: 400 for a malformed parameter, 404 for an unknown document,
// 500 when the store fails.
#pragma once

#include <nlohmann/json.hpp>
#include <string_view>

#include "pipeline/status.h"
#include "pipeline/store/store.h"
#include "server/params.h"

namespace vanban::server {

struct ApiResponse {
  int status = 200;
  nlohmann::json body;
};

// {"error": message} with the status code that says whose fault it is: invalid_argument
// 400, not_found 404, anything else 500 (its detail goes to stderr, not to the client).
ApiResponse ErrorResponse(const Status& status);

// GET /api/documents?q=&type=&issuer=&issued_from=&issued_to=&limit=&offset=
ApiResponse ListDocuments(Store& store, const QueryParams& params);

// GET /api/documents/{id}: {"id", "record", "text"}; id is a sha256 or a prefix of at
// least 6 hex digits; 400 when the prefix is ambiguous.
ApiResponse GetDocument(Store& store, std::string_view id, const QueryParams& params);

// GET /api/documents/{id}/references: what the document cites, in text order.
ApiResponse DocumentReferences(Store& store, std::string_view id, const QueryParams& params);

// GET /api/documents/{id}/cited-by: the stored documents that cite it.
ApiResponse DocumentCitedBy(Store& store, std::string_view id, const QueryParams& params);

// GET /api/obligations?q=&agency=&role=&type=&issuer=&issued_from=&issued_to=
//     &due_before=&due_after=&overdue_on=&limit=&offset=
ApiResponse ListObligations(Store& store, const QueryParams& params);

// GET /api/types: {"types": [{"code", "name"}]}, every document type code with its written
// name (extractors/data/doc_types.tsv), for filters and labels.
ApiResponse ListTypes(const QueryParams& params);

// GET /api/refs?number=: every stored document citing this number, stored or not.
ApiResponse ListRefs(Store& store, const QueryParams& params);

}  // namespace vanban::server
