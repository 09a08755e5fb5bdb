#include "extractors/references.h"

namespace vanban {

// PLACEHOLDER until the references extractor lands.
std::vector<Reference> ExtractReferences(const Document&) { return {}; }

}  // namespace vanban
