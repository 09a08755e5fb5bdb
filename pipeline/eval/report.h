// The evaluation report of a set (pipeline/eval/eval.h) as text for people and as JSON, and
// the floors CI keeps under its scores. Scores are fractions in [0, 1].
#pragma once

#include <array>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "pipeline/eval/eval.h"

namespace vanban {

// Minimum scores; an unset floor is not checked.
struct Floors {
  std::optional<double> field_accuracy;             // for every document field
  std::map<std::string, double> accuracy_of_field;  // for one field ("document.type"), instead
  std::array<std::optional<double>, kCategories.size()> f1;  // by Category
  std::optional<double> reference_date_accuracy;
};

// One line per score below its floor, naming it: "document.issuer accuracy 0.500 < 0.800",
// "references F1 0.400 < 0.600". Empty when every floor holds. A score with nothing to
// compute it from (n = 0, or no pair on either side) is not below any floor.
std::vector<std::string> BelowFloors(const SetResult& set, const Floors& floors);

// The report as a table: per-field accuracy with n; P / R / F1 with tp / fp / fn per
// category; date and issuer accuracy of matched references. With `per_document`, each
// document's counts and differences follow (failure, wrong fields with gold and got, missed
// and extra items).
std::string RenderText(const SetResult& set, bool per_document);

// The same as JSON: {"documents", "failed", "fields": {name: {accuracy, right, n}},
// "categories": {name: {precision, recall, f1, tp, fp, fn, documents}}, "reference_date",
// "reference_issuer", and with `per_document` "per_document": [{name, failure, fields: {right,
// n}, wrong: [{field, gold, got}], categories: {name: {tp, fp, fn, missed, extra}}}]}. A score that
// cannot be computed is null.
nlohmann::json RenderJson(const SetResult& set, bool per_document);

}  // namespace vanban
