#include "server/paging.h"

#include "server/limits.h"

namespace vanban::server {

StatusOr<Page> ReadPage(const QueryParams& params) {
  StatusOr<int> limit = params.Int("limit", kDefaultLimit, 1, kMaxLimit);
  if (!limit.ok()) return limit.status();
  StatusOr<int> offset = params.Int("offset", 0, 0, kMaxOffset);
  if (!offset.ok()) return offset.status();
  return Page{*limit, *offset};
}

}  // namespace vanban::server
