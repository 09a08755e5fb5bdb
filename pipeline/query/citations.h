// The citation graph: each reference a document makes (căn cứ, sửa đổi, thay thế …), resolved
// to the stored document it names by number key (and issue date or issuer where the number
// alone is ambiguous), read in both directions.
// Example: CitingNumber(store, "412/NQ-HĐND") lists every stored document that cites it.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "pipeline/status.h"
#include "pipeline/store/store.h"

namespace vanban {

struct Citation {
  std::string from_doc_id, from_number;                     // the citing document (sha256, number)
  std::string number, type, date, issuer, title, relation;  // the reference as extracted
  std::string to_doc_id, to_number;  // resolved stored document, empty when not stored
};

// What the document with this full sha256 cites, in text order; empty when nothing.
// not_found when no such document is stored.
StatusOr<std::vector<Citation>> CitationsFrom(Store& store, const std::string& doc_id);

// Who cites the document with this full sha256, in ingest order of the citing documents;
// empty when none does. not_found when no such document is stored.
StatusOr<std::vector<Citation>> CitationsTo(Store& store, const std::string& doc_id);

// Who cites this number, whether or not the cited document is stored; numbers are compared
// by NumberKey ("412/NQ-HĐND" finds "412/NQ-HDND"). invalid_argument for an empty number.
StatusOr<std::vector<Citation>> CitingNumber(Store& store, std::string_view number);

}  // namespace vanban
