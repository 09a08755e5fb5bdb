#include "pipeline/store/search_index.h"

#include <sqlite3.h>

#include <string>
#include <string_view>
#include <vector>

#include "extractors/agencies.h"
#include "pipeline/normalize/fold.h"
#include "pipeline/store/deadline_range.h"
#include "pipeline/store/search_tokens.h"

namespace vanban {
namespace {

// --- the 'vanban' FTS5 tokenizer -----------------------------------------------------------

int CreateTokenizer(void*, const char**, int, Fts5Tokenizer** out) {
  *out = reinterpret_cast<Fts5Tokenizer*>(new SearchTokenizer());
  return SQLITE_OK;
}

void DeleteTokenizer(Fts5Tokenizer* tokenizer) {
  delete reinterpret_cast<SearchTokenizer*>(tokenizer);
}

int Tokenize(Fts5Tokenizer* tokenizer, void* ctx, int flags, const char* text, int size,
             int (*emit)(void*, int, const char*, int, int, int)) {
  if (size <= 0) return SQLITE_OK;
  auto* words = reinterpret_cast<SearchTokenizer*>(tokenizer);
  const bool query = (flags & FTS5_TOKENIZE_QUERY) != 0;
  int rc = SQLITE_OK;
  words->ForEach(std::string_view(text, size), [&](const SearchTokenView& t) {
    const int begin = static_cast<int>(t.begin);
    const int end = static_cast<int>(t.end);
    const std::string_view first = query ? t.exact : t.folded;
    rc = emit(ctx, 0, first.data(), static_cast<int>(first.size()), begin, end);
    if (rc == SQLITE_OK && !query && t.exact != t.folded) {
      rc = emit(ctx, FTS5_TOKEN_COLOCATED, t.exact.data(), static_cast<int>(t.exact.size()), begin,
                end);
    }
    return rc == SQLITE_OK;
  });
  return rc;
}

// --- vanban_rank(fts, mask, weight...) -------------------------------------------------

// BM25 term saturation and length normalization (the usual constants).
constexpr double kK1 = 1.2;
constexpr double kB = 0.75;

void Rank(const Fts5ExtensionApi* api, Fts5Context* fts, sqlite3_context* out, int argc,
          sqlite3_value** argv) {
  const unsigned char* mask = argc > 0 ? sqlite3_value_text(argv[0]) : nullptr;
  const int mask_size = argc > 0 ? sqlite3_value_bytes(argv[0]) : 0;
  const int columns = api->xColumnCount(fts);
  const int phrases = api->xPhraseCount(fts);
  sqlite3_int64 rows = 0;
  int instances = 0;
  int rc = api->xRowCount(fts, &rows);
  if (rc == SQLITE_OK) rc = api->xInstCount(fts, &instances);
  // tf[phrase * columns + column]: occurrences of a phrase in a column of this row.
  std::vector<int> tf(static_cast<size_t>(phrases) * columns);
  for (int i = 0; i < instances && rc == SQLITE_OK; ++i) {
    int phrase = 0, column = 0, offset = 0;
    rc = api->xInst(fts, i, &phrase, &column, &offset);
    if (rc == SQLITE_OK) ++tf[static_cast<size_t>(phrase) * columns + column];
  }
  double score = 0;
  for (int c = 0; c < columns && rc == SQLITE_OK; ++c) {
    sqlite3_int64 total = 0;
    int length = 0;
    rc = api->xColumnTotalSize(fts, c, &total);
    if (rc == SQLITE_OK) rc = api->xColumnSize(fts, c, &length);
    const double average = rows > 0 && total > 0 ? static_cast<double>(total) / rows : 1.0;
    const double weight = argc > 1 + c ? sqlite3_value_double(argv[1 + c]) : 1.0;
    const double norm = kK1 * (1 - kB + kB * length / average);
    for (int p = 0; p < phrases; ++p) {
      const int n = tf[static_cast<size_t>(p) * columns + c];
      if (n > 0) score += weight * n * (kK1 + 1) / (n + norm);
    }
  }
  int exact = 0;
  for (int p = 0; p < phrases && p < mask_size; ++p) {
    if (mask[p] != '1') continue;
    for (int c = 0; c < columns; ++c) {
      if (tf[static_cast<size_t>(p) * columns + c] > 0) {
        ++exact;
        break;
      }
    }
  }
  if (rc != SQLITE_OK) {
    sqlite3_result_error_code(out, rc);
    return;
  }
  sqlite3_result_double(out, exact * 1000.0 + score);
}

// --- scalar functions ----------------------------------------------------------------------

template <std::string (*fn)(std::string_view)>
void TextFunction(sqlite3_context* out, int, sqlite3_value** argv) {
  if (sqlite3_value_type(argv[0]) == SQLITE_NULL) {
    sqlite3_result_null(out);
    return;
  }
  const auto* text = reinterpret_cast<const char*>(sqlite3_value_text(argv[0]));
  const std::string result = fn(std::string_view(text, sqlite3_value_bytes(argv[0])));
  sqlite3_result_text64(out, result.data(), result.size(), SQLITE_TRANSIENT, SQLITE_UTF8);
}

std::string AgencyFold(std::string_view name) { return FoldAscii(AgencyKey(name)); }
std::string FoldAsciiOf(std::string_view text) { return FoldAscii(text); }

template <bool kLast>
void DueFunction(sqlite3_context* out, int, sqlite3_value** argv) {
  const auto* text = reinterpret_cast<const char*>(sqlite3_value_text(argv[0]));
  std::optional<DayRange> range;
  if (text) range = DeadlineRange(std::string_view(text, sqlite3_value_bytes(argv[0])));
  if (!range) {
    sqlite3_result_null(out);
    return;
  }
  const std::string& day = kLast ? range->last : range->first;
  sqlite3_result_text64(out, day.data(), day.size(), SQLITE_TRANSIENT, SQLITE_UTF8);
}

fts5_api* Fts5Api(sqlite3* db) {
  fts5_api* api = nullptr;
  sqlite3_stmt* stmt = nullptr;
  if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &stmt, nullptr) == SQLITE_OK) {
    sqlite3_bind_pointer(stmt, 1, &api, "fts5_api_ptr", nullptr);
    sqlite3_step(stmt);
  }
  sqlite3_finalize(stmt);
  return api;
}

}  // namespace

Status RegisterSearchFunctions(sqlite3* db) {
  fts5_api* fts = Fts5Api(db);
  if (!fts || fts->iVersion < 2) return Internal("this SQLite has no FTS5 full-text search");
  fts5_tokenizer tokenizer{CreateTokenizer, DeleteTokenizer, Tokenize};
  int rc = fts->xCreateTokenizer(fts, "vanban", nullptr, &tokenizer, nullptr);
  if (rc == SQLITE_OK) {
    rc = fts->xCreateFunction(fts, "vanban_rank", nullptr, Rank, nullptr);
  }
  constexpr int kFlags = SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS;
  struct Scalar {
    const char* name;
    void (*fn)(sqlite3_context*, int, sqlite3_value**);
  };
  for (const Scalar& f : {Scalar{"vanban_fold_ascii", TextFunction<FoldAsciiOf>},
                          Scalar{"vanban_agency_fold", TextFunction<AgencyFold>},
                          Scalar{"vanban_due_first", DueFunction<false>},
                          Scalar{"vanban_due_last", DueFunction<true>}}) {
    if (rc == SQLITE_OK) {
      rc = sqlite3_create_function_v2(db, f.name, 1, kFlags, nullptr, f.fn, nullptr, nullptr,
                                      nullptr);
    }
  }
  if (rc != SQLITE_OK) {
    return Internal(std::string("registering search functions: ") + sqlite3_errstr(rc));
  }
  return Status::Ok();
}

}  // namespace vanban
