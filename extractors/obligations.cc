#include "extractors/obligations.h"

namespace vanban {

// PLACEHOLDER until the obligations extractor lands.
std::vector<Obligation> ExtractObligations(const Document&) { return {}; }

}  // namespace vanban
