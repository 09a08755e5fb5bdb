// Document search: folded full text over document subjects and texts (schemas/sql/
// 002_search.sql), with type, issuer and issue-date filters.
// Example: SearchDocuments(store, {.text = "phong chong thien tai"})
#pragma once

#include <string>
#include <vector>

#include "pipeline/status.h"
#include "pipeline/store/store.h"

namespace vanban {

struct DocumentFilter {
  std::string text;                    // free-text query (may be empty)
  std::string type;                    // document type as the record holds it
  std::string issuer;                  // issuer name, folded match
  std::string issued_from, issued_to;  // "YYYY-MM-DD", inclusive; empty = open
  int limit = 50;                      // 1..1000
  int offset = 0;
};

struct DocumentHit {
  std::string doc_id;  // sha256
  std::string number, type, issuer, issued, subject;
  std::string snippet;  // subject or text around the match, «» around matched words
  double score = 0;     // higher is better
};

// Matching documents, best first (more phrases spelled as typed, then BM25 with the subject
// weighing more than the text) among the 500 most recently stored matches; without text,
// newest issued first. Empty when none
// matches; invalid_argument with a clear message for a malformed query or filter.
StatusOr<std::vector<DocumentHit>> SearchDocuments(Store& store, const DocumentFilter& f);

}  // namespace vanban
