#include "extractors/metadata.h"

namespace vanban {

// PLACEHOLDER: nothing found until the metadata extractor lands.
DocumentMeta ExtractMetadata(const Document&) { return {}; }

}  // namespace vanban
