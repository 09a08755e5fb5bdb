#include "pipeline/eval/report.h"

#include <cstdio>

namespace vanban {
namespace {

using nlohmann::json;

std::string Score(std::optional<double> score) {
  if (!score) return "n/a";
  char buf[16];
  std::snprintf(buf, sizeof buf, "%.3f", *score);
  return buf;
}

json ScoreJson(std::optional<double> score) { return score ? json(*score) : json(nullptr); }

// printf into a std::string.
template <typename... Args>
std::string Format(const char* format, Args... args) {
  char buf[512];
  std::snprintf(buf, sizeof buf, format, args...);
  return buf;
}

void CheckFloor(const std::string& what, std::optional<double> score, std::optional<double> floor,
                std::vector<std::string>& below) {
  if (floor && score && *score < *floor) {
    below.push_back(what + " " + Score(score) + " < " + Score(floor));
  }
}

json TallyJson(const Tally& tally) {
  return {{"accuracy", ScoreJson(tally.Accuracy())}, {"right", tally.right}, {"n", tally.n}};
}

// A value as shown in a difference: JSON, so null and strings are told apart.
std::string Shown(const json& value) {
  return value.dump(-1, ' ', false, json::error_handler_t::replace);
}

Tally FieldTally(const DocumentResult& doc) {
  Tally tally;
  for (const FieldOutcome& field : doc.fields) tally += Tally{field.right ? 1 : 0, 1};
  return tally;
}

// "fields 7/9, references tp 2 fp 1 fn 1, deadlines tp 0 fp 0 fn 0": the scored parts.
std::string DocumentScores(const DocumentResult& doc) {
  const Tally fields = FieldTally(doc);
  std::string line = Format("fields %d/%d", fields.right, fields.n);
  for (Category category : kCategories) {
    const CategoryResult& result = doc.categories[static_cast<size_t>(category)];
    if (!result.scored) continue;
    line += Format(", %s tp %d fp %d fn %d", std::string(CategoryName(category)).c_str(),
                   result.counts.tp, result.counts.fp, result.counts.fn);
  }
  return line;
}

void RenderDocument(const DocumentResult& doc, std::string& out) {
  out += doc.name + "\n  " + DocumentScores(doc) + "\n";
  bool any = false;
  if (doc.failure) {
    out += "  FAILED " + *doc.failure + "\n";
    any = true;
  }
  for (const auto* list : {&doc.fields, &doc.reference_fields}) {
    for (const FieldOutcome& field : *list) {
      if (field.right) continue;
      out +=
          "  " + field.field + ": gold " + Shown(field.gold) + ", got " + Shown(field.got) + "\n";
      any = true;
    }
  }
  for (Category category : kCategories) {
    const CategoryResult& result = doc.categories[static_cast<size_t>(category)];
    for (const std::string& item : result.missed) {
      out += "  " + std::string(CategoryName(category)) + " missed: " + item + "\n";
      any = true;
    }
    for (const std::string& item : result.extra) {
      out += "  " + std::string(CategoryName(category)) + " extra: " + item + "\n";
      any = true;
    }
  }
  if (!any) out += "  no differences\n";
}

json DocumentJson(const DocumentResult& doc) {
  json wrong = json::array();
  for (const auto* list : {&doc.fields, &doc.reference_fields}) {
    for (const FieldOutcome& field : *list) {
      if (!field.right)
        wrong.push_back({{"field", field.field}, {"gold", field.gold}, {"got", field.got}});
    }
  }
  json categories = json::object();
  for (Category category : kCategories) {
    const CategoryResult& result = doc.categories[static_cast<size_t>(category)];
    if (!result.scored) continue;
    categories[std::string(CategoryName(category))] = {{"tp", result.counts.tp},
                                                       {"fp", result.counts.fp},
                                                       {"fn", result.counts.fn},
                                                       {"missed", result.missed},
                                                       {"extra", result.extra}};
  }
  const Tally fields = FieldTally(doc);
  return {{"name", doc.name},
          {"failure", doc.failure ? json(*doc.failure) : json(nullptr)},
          {"fields", {{"right", fields.right}, {"n", fields.n}}},
          {"wrong", wrong},
          {"categories", categories}};
}

}  // namespace

std::vector<std::string> BelowFloors(const SetResult& set, const Floors& floors) {
  std::vector<std::string> below;
  for (const auto& [field, tally] : set.fields) {
    const auto own = floors.accuracy_of_field.find(field);
    CheckFloor(field + " accuracy", tally.Accuracy(),
               own != floors.accuracy_of_field.end() ? std::optional<double>(own->second)
                                                     : floors.field_accuracy,
               below);
  }
  for (Category category : kCategories) {
    const size_t c = static_cast<size_t>(category);
    CheckFloor(std::string(CategoryName(category)) + " F1", set.categories[c].F1(), floors.f1[c],
               below);
  }
  CheckFloor("reference date accuracy", set.reference_date.Accuracy(),
             floors.reference_date_accuracy, below);
  return below;
}

std::string RenderText(const SetResult& set, bool per_document) {
  std::string out =
      Format("%zu documents, %d failed in the pipeline\n\n", set.documents.size(), set.failed);
  out += Format("%-28s %8s %6s\n", "field", "accuracy", "n");
  for (const auto& [field, tally] : set.fields) {
    out += Format("%-28s %8s %6d\n", field.c_str(), Score(tally.Accuracy()).c_str(), tally.n);
  }
  out += Format("\n%-12s %9s %7s %7s %6s %6s %6s %5s\n", "category", "precision", "recall", "F1",
                "tp", "fp", "fn", "docs");
  for (Category category : kCategories) {
    const size_t c = static_cast<size_t>(category);
    const Counts& counts = set.categories[c];
    out += Format("%-12s %9s %7s %7s %6d %6d %6d %5d\n",
                  std::string(CategoryName(category)).c_str(), Score(counts.Precision()).c_str(),
                  Score(counts.Recall()).c_str(), Score(counts.F1()).c_str(), counts.tp, counts.fp,
                  counts.fn, set.documents_scored[c]);
  }
  out += Format("\nmatched references: date accuracy %s (n %d), issuer accuracy %s (n %d)\n",
                Score(set.reference_date.Accuracy()).c_str(), set.reference_date.n,
                Score(set.reference_issuer.Accuracy()).c_str(), set.reference_issuer.n);
  if (per_document) {
    out += "\n";
    for (const DocumentResult& doc : set.documents) RenderDocument(doc, out);
  }
  return out;
}

json RenderJson(const SetResult& set, bool per_document) {
  json fields = json::object();
  for (const auto& [field, tally] : set.fields) fields[field] = TallyJson(tally);
  json categories = json::object();
  for (Category category : kCategories) {
    const size_t c = static_cast<size_t>(category);
    const Counts& counts = set.categories[c];
    categories[std::string(CategoryName(category))] = {{"precision", ScoreJson(counts.Precision())},
                                                       {"recall", ScoreJson(counts.Recall())},
                                                       {"f1", ScoreJson(counts.F1())},
                                                       {"tp", counts.tp},
                                                       {"fp", counts.fp},
                                                       {"fn", counts.fn},
                                                       {"documents", set.documents_scored[c]}};
  }
  json report = {{"documents", set.documents.size()},
                 {"failed", set.failed},
                 {"fields", fields},
                 {"categories", categories},
                 {"reference_date", TallyJson(set.reference_date)},
                 {"reference_issuer", TallyJson(set.reference_issuer)}};
  if (per_document) {
    json docs = json::array();
    for (const DocumentResult& doc : set.documents) docs.push_back(DocumentJson(doc));
    report["per_document"] = docs;
  }
  return report;
}

}  // namespace vanban
