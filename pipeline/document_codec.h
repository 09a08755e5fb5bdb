// Document codec: a Document (pipeline/document.h) as compact bytes and back, exactly, so a
// worker process can hand its finished Document to the parent (pipeline/worker/). Every
// field is kept, offset map included; a decoded Document compares equal to the encoded one.
//
// Format (version 1), in pipeline/wire.h's terms: the magic "VBDOC", a varint version,
// then the fields of Document in declaration order: source; raw_text; pages; words; text;
// offsets as its pieces (copy flag, derived length, raw begin, raw length); zones; meta;
// references; deadlines; obligations; issues. A vector is its count and its elements; an
// optional a flag and, when set, its value; a Span its begin and end. A new field means a
// new version; a decoder refuses versions it does not know.
#pragma once

#include <string>
#include <string_view>

#include "pipeline/document.h"
#include "pipeline/stages.h"
#include "pipeline/status.h"
#include "pipeline/wire.h"

namespace vanban {

inline constexpr int kDocumentCodecVersion = 1;

std::string EncodeDocument(const Document& doc);

// The Document `bytes` encode. data_error when they are not an encoded Document, are of an
// unknown version, are cut short or carry bytes past the end.
StatusOr<Document> DecodeDocument(std::string_view bytes);

// The same inside a larger message: written to or read from an open writer or reader.
void EncodeDocumentTo(WireWriter& out, const Document& doc);
Document DecodeDocumentFrom(WireReader& in);

// A stage failure: its stage, status code and message.
void EncodeStageFailureTo(WireWriter& out, const StageFailure& failure);
StageFailure DecodeStageFailureFrom(WireReader& in);

}  // namespace vanban
