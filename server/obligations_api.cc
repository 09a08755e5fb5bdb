// GET /api/obligations: who must do what by when, with the filters of the search.
#include <utility>
#include <vector>

#include "pipeline/query/hit_json.h"
#include "pipeline/query/obligation_query.h"
#include "server/api.h"
#include "server/limits.h"
#include "server/paging.h"

namespace vanban::server {

ApiResponse ListObligations(Store& store, const QueryParams& params) {
  Status known =
      params.OnlyThese({"q", "agency", "role", "type", "issuer", "issued_from", "issued_to",
                        "due_before", "due_after", "overdue_on", "limit", "offset"});
  if (!known.ok()) return ErrorResponse(known);
  ObligationFilter filter;
  for (auto [name, field] :
       {std::pair{"q", &filter.text}, std::pair{"agency", &filter.agency},
        std::pair{"type", &filter.type}, std::pair{"issuer", &filter.issuer}}) {
    StatusOr<std::string> value = params.Text(name, kMaxTextParam);
    if (!value.ok()) return ErrorResponse(value.status());
    *field = std::move(value).value();
  }
  StatusOr<std::string> role = params.OneOf("role", {"lead", "support"});
  if (!role.ok()) return ErrorResponse(role.status());
  filter.role = std::move(role).value();
  for (auto [name, field] :
       {std::pair{"issued_from", &filter.issued_from}, std::pair{"issued_to", &filter.issued_to},
        std::pair{"due_before", &filter.due_before}, std::pair{"due_after", &filter.due_after},
        std::pair{"overdue_on", &filter.overdue_on}}) {
    StatusOr<std::string> value = params.Date(name);
    if (!value.ok()) return ErrorResponse(value.status());
    *field = std::move(value).value();
  }
  return SearchPage(
      params, std::move(filter), [&store](const auto& f) { return SearchObligations(store, f); },
      "obligations", ObligationHitJson);
}

}  // namespace vanban::server
