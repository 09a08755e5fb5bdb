// Obligation search: who must do what by when. Free text runs over the folded full-text index
// of obligation actions and agency names (schemas/sql/002_search.sql); filters narrow by
// agency (canonical key), role, document type, issuer, issue date and deadline date range.
// Example:
//   ObligationFilter f;
//   f.text = "so noi vu bao cao";
//   f.due_before = "2024-12-31";
//   StatusOr<std::vector<ObligationHit>> hits = SearchObligations(store, f);
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "pipeline/status.h"
#include "pipeline/store/store.h"

namespace vanban {

struct ObligationFilter {
  std::string text;    // free-text query (may be empty): folded FTS over action + agencies
  std::string agency;  // any spelling; matched by the agency canonical key
  std::string role;    // "", "lead" or "support"
  std::string type;    // document type as the record holds it (e.g. "chi_thi")
  std::string issuer;  // issuer name, folded match
  std::string issued_from, issued_to;  // "YYYY-MM-DD", inclusive; empty = open
  std::string due_before, due_after;   // "YYYY-MM-DD"; deadline values compared as date ranges
  std::string overdue_on;              // "YYYY-MM-DD": deadline ended before this day
  int limit = 50;                      // 1..1000
  int offset = 0;
};

struct ObligationHit {
  int64_t obligation_id = 0;
  std::string doc_id;  // sha256
  std::string doc_number;
  std::string doc_type;
  std::string doc_issued;
  std::string doc_issuer;
  std::string doc_subject;
  std::string action;
  std::string snippet;  // the action with «» around the matched words
  struct Agency {
    std::string name, key, role;
  };
  std::vector<Agency> agencies;
  std::string deadline_text, deadline_value;
  double score = 0;  // higher is better
};

// Matching obligations, best first: those with every term spelled as typed (diacritics as
// the user wrote them), then those matched only folded; within each, more phrases spelled as
// typed, then BM25 term frequency and length (no IDF). Ranking reads the 1000 most recently
// stored matches of each of the two kinds, so paging reaches 1000 results at most. Without
// text, in document and obligation order. Empty when none matches. invalid_argument with a
// clear message for a malformed query or filter (never an SQL error).
StatusOr<std::vector<ObligationHit>> SearchObligations(Store& store, const ObligationFilter& f);

}  // namespace vanban
