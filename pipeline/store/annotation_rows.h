// Annotation rows: the extracted values of a record (pipeline/export/record.h) flattened into
// the rows of the store's `annotations` table (schemas/sql/001_init.sql), one per value,
// each with its span. The record is the one source of the values: the store indexes what
// the record says. No SQLite here; store.cc writes the rows.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "pipeline/span.h"
#include "pipeline/status.h"

namespace vanban {

struct AnnotationRow {
  std::string kind;  // the value's path: "document.number", "reference", "obligation", "agency"
  int parent = -1;   // index of the parent row in the same vector (an agency's obligation)
  int seq = 0;       // order among the rows of this kind under the same parent
  std::optional<std::string> key;  // lookup key: NumberKey of a number, an agency's key, a
                                   // deadline's value
  Span text;                       // span of Document::text
  Span raw;                        // span of Document::raw_text
  nlohmann::json value;            // the value as the record holds it, without its span
};

// One row per document field with provenance, reference, deadline, obligation, and per
// agency and deadline of an obligation (those two after their obligation, pointing to it).
// Empty for a record with no extracted values; data_error when a span is malformed.
StatusOr<std::vector<AnnotationRow>> AnnotationRows(const nlohmann::json& record);

// A document number folded for lookup: white space removed, ASCII letters lower case, "Đ"
// and "đ" read as "d"; other characters kept as they are.
// NumberKey("02/CT - UBND") == NumberKey("02/ct-ubnd") == "02/ct-ubnd"; "41/QĐ-TCT" gives
// "41/qd-tct".
std::string NumberKey(std::string_view number);

}  // namespace vanban
