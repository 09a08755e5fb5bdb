// The JSON record of one document: the fields of ../shared/spec/ANNOTATION.md at the same
// paths (document, references, obligations, deadlines), plus provenance (source path,
// hash, media type, the span of each extracted value in the normalized and raw text) and
// the pipeline version. Its JSON Schema is schemas/record.schema.json.
//
// Spans: every span is {"text": [begin, end], "raw": [begin, end]}, byte offsets into
// Document::text and Document::raw_text (through Document::offsets). A value that is an
// object (a reference, an obligation, an agency, a deadline) carries its span as "span". A
// document field is a plain string at its ANNOTATION.md path, so its span is in the
// top-level "provenance" object under that path: "provenance": {"document.number": span,
// "document.signer.name": span, "document.addressees": [span, ...]}.
#pragma once

#include <nlohmann/json.hpp>

#include "pipeline/document.h"

namespace vanban {

// The record of a document that has been through all stages. A field the extractors did
// not find is null (an empty array for lists); it has no provenance entry.
// Example: ToRecord(doc)["document"]["number"] == "02/CT-UBND".
nlohmann::json ToRecord(const Document& doc);

}  // namespace vanban
