#include "pipeline/export/record.h"

namespace vanban {

// PLACEHOLDER: until the record writer lands.
nlohmann::json ToRecord(const Document& doc) {
  return {{"source", {{"path", doc.source.path}}}};
}

}  // namespace vanban
