// The JSON record of one document: the fields of ../shared/spec/ANNOTATION.md at the same
// paths (document, references, obligations, deadlines), plus provenance (source path,
// hash, media type, the span of each extracted value in the normalized and raw text) and
// the pipeline version. Its JSON Schema is schemas/record.schema.json.
#pragma once

#include <nlohmann/json.hpp>

#include "pipeline/document.h"

namespace vanban {

// The record of a document that has been through all stages.
nlohmann::json ToRecord(const Document& doc);

}  // namespace vanban
