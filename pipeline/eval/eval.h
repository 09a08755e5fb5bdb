// Scoring extracted records against gold files (../shared/spec/ANNOTATION.md, "Matching"):
// per-field accuracy for document.*, precision / recall / F1 for references, obligation
// agencies, deadlines and assignments (micro-averaged over documents), accuracy of the date
// and issuer of matched references, and each document's differences. The comparison rules
// themselves are in pipeline/eval/match.h.
#pragma once

#include <array>
#include <nlohmann/json.hpp>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace vanban {

// The document fields scored, in report order: "document.type", "document.number", ...,
// "document.signer.name", "document.signer.title", "document.signer.authority".
std::span<const std::string_view> DocumentFields();

enum class Category { kReferences, kAgencies, kDeadlines, kAssignments };
inline constexpr std::array<Category, 4> kCategories = {
    Category::kReferences, Category::kAgencies, Category::kDeadlines, Category::kAssignments};
// "references", "agencies", "deadlines", "assignments".
std::string_view CategoryName(Category category);

// `right` out of `n`. Accuracy() is none when n == 0.
struct Tally {
  int right = 0;
  int n = 0;
  std::optional<double> Accuracy() const;
  Tally& operator+=(const Tally& other);
};

// Pair counts of one category. Each score is none when its denominator is 0: Precision when
// nothing was extracted, Recall when nothing was expected, F1 (2tp / (2tp + fp + fn)) when both.
struct Counts {
  int tp = 0;
  int fp = 0;
  int fn = 0;
  std::optional<double> Precision() const;
  std::optional<double> Recall() const;
  std::optional<double> F1() const;
  Counts& operator+=(const Counts& other);
};

// One compared value. `gold` and `got` are JSON null when absent.
struct FieldOutcome {
  std::string field;  // "document.issuer", "references[34-CT/TW].date"
  bool right = false;
  nlohmann::json gold;
  nlohmann::json got;
};

struct CategoryResult {
  bool scored = false;  // false when the gold leaves the category's key out
  Counts counts;
  std::vector<std::string> missed;  // gold items with no partner, readable ("lead: Sở Nội vụ")
  std::vector<std::string> extra;   // extracted items with no partner
};

struct DocumentResult {
  std::string name;                    // the document's path, for the report
  std::optional<std::string> failure;  // why the pipeline failed on it ("read: unsupported: …")
  std::vector<FieldOutcome> fields;    // the document fields whose key the gold has
  std::array<CategoryResult, kCategories.size()> categories;
  std::vector<FieldOutcome> reference_fields;  // date and issuer of matched references
};

// Compares the record of one document with its gold (both JSON as in ANNOTATION.md; the gold
// shape checked by CheckGoldShape). Left-out gold keys are skipped; a gold null is a value the
// record must also have (null or absent). `record` null means the pipeline failed: every field
// the gold has is wrong and every gold item missed. `name` and `failure` are left to the caller.
DocumentResult EvaluateDocument(const nlohmann::json& gold, const nlohmann::json* record);

// Scores over a set of documents.
struct SetResult {
  std::vector<DocumentResult> documents;
  std::vector<std::pair<std::string, Tally>> fields;  // DocumentFields() order
  std::array<Counts, kCategories.size()> categories;  // summed over scored documents (micro)
  std::array<int, kCategories.size()> documents_scored = {};
  Tally reference_date;
  Tally reference_issuer;
  int failed = 0;  // documents with a failure
};

SetResult Summarize(std::vector<DocumentResult> documents);

}  // namespace vanban
