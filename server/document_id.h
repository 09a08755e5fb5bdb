// A document named in a URL: its sha256, or a prefix of it of at least 6 hex digits.
#pragma once

#include <string>
#include <string_view>

#include "pipeline/status.h"
#include "pipeline/store/store.h"

namespace vanban::server {

// The full sha256 of the one stored document whose id starts with `id` (either case).
// invalid_argument when `id` is not 6 to 64 hex digits or when several documents share the
// prefix; not_found when none has it.
StatusOr<std::string> ResolveDocumentId(Store& store, std::string_view id);

}  // namespace vanban::server
