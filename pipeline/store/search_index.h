// What the search schema (schemas/sql/002_search.sql) needs on every connection, registered
// by Store::Open before migrating:
//   tokenizer 'vanban'     FTS5 tokenizer of search tokens (search_tokens.h): in documents the
//                          folded form of each word plus, colocated, its exact form when it
//                          differs; in queries each word as written (lower case, NFC, one
//                          tone-mark placement), so the query builder chooses folded or exact.
//   vanban_rank(fts, mask, w0, w1, ...)  rank function, higher is better: 1000 for each phrase
//                          marked '1' in mask (one character per phrase of the query, in
//                          order) that occurs in the row, plus BM25 term-frequency
//                          saturation and length normalization (k1 1.2, b 0.75) with column
//                          weights w0, w1, ... and without inverse document frequency: every
//                          query word must occur anyway, and IDF would need each word's whole
//                          document list read per query (FTS5's bm25 does: ~13 ms at 200,000
//                          obligations).
//   vanban_fold_ascii(text)  FoldAscii (pipeline/normalize/fold.h); NULL for NULL.
//   vanban_agency_fold(name) FoldAscii(AgencyKey(name)): an agency or issuer key without
//                          diacritics; NULL for NULL.
//   vanban_due_first(value), vanban_due_last(value)  DeadlineRange (deadline_range.h) ends;
//                          NULL when the value names no fixed days.
#pragma once

#include "pipeline/status.h"

struct sqlite3;

namespace vanban {

// Registers the tokenizer and functions above on db; internal when SQLite has no FTS5.
Status RegisterSearchFunctions(sqlite3* db);

}  // namespace vanban
