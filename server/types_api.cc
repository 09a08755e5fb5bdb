// GET /api/types: the document type codes and their written names, for filters and labels.
#include "extractors/doc_types.h"
#include "server/api.h"

namespace vanban::server {

ApiResponse ListTypes(const QueryParams& params) {
  Status known = params.OnlyThese({});
  if (!known.ok()) return ErrorResponse(known);
  nlohmann::json types = nlohmann::json::array();
  for (const DocType& type : DocTypes()) {
    if (DocTypeByCode(type.code) != &type) continue;  // one name per code: the first
    types.push_back({{"code", type.code}, {"name", type.name}});
  }
  return {200, {{"types", std::move(types)}}};
}

}  // namespace vanban::server
