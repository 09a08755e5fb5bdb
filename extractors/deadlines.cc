#include "extractors/deadlines.h"

namespace vanban {

// PLACEHOLDER until the deadlines extractor lands.
std::vector<Deadline> ExtractDeadlines(const Document&) { return {}; }

}  // namespace vanban
