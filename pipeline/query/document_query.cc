#include "pipeline/query/document_query.h"

namespace vanban {

StatusOr<std::vector<DocumentHit>> SearchDocuments(Store&, const DocumentFilter&) {
  return Unsupported("document search is not implemented yet");
}

}  // namespace vanban
