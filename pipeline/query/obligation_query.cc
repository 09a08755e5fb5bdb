#include "pipeline/query/obligation_query.h"

namespace vanban {

StatusOr<std::vector<ObligationHit>> SearchObligations(Store&, const ObligationFilter&) {
  return Unsupported("obligation search is not implemented yet");
}

}  // namespace vanban
