#include "pipeline/normalize/normalize.h"

namespace vanban {

// PLACEHOLDER: identity until the ICU normalizer lands.
Status Normalize(Document& doc) {
  doc.text = doc.raw_text;
  doc.offsets = OffsetMap::Identity(doc.raw_text.size());
  return Status::Ok();
}

}  // namespace vanban
