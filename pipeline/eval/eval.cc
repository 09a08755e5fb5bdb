#include "pipeline/eval/eval.h"

#include <functional>
#include <set>
#include <utility>

#include "pipeline/eval/match.h"

namespace vanban {
namespace {

using nlohmann::json;

constexpr std::string_view kDocumentFields[] = {
    "document.type",        "document.number",       "document.issuer",
    "document.place",       "document.issued",       "document.subject",
    "document.signer.name", "document.signer.title", "document.signer.authority",
};

// The gold value at a dotted path: none when a key on the way is left out, JSON null when
// the gold says null there or above ("signer": null makes "signer.name" null).
std::optional<json> GoldAt(const json& gold, std::string_view path) {
  const json* at = &gold;
  while (!path.empty()) {
    if (at->is_null()) return json(nullptr);
    const size_t dot = path.find('.');
    const std::string key(path.substr(0, dot));
    if (!at->is_object() || !at->contains(key)) return std::nullopt;
    at = &(*at)[key];
    path = dot == std::string_view::npos ? std::string_view() : path.substr(dot + 1);
  }
  return *at;
}

// The record value at a dotted path; JSON null when absent.
json RecordAt(const json& record, std::string_view path) {
  std::optional<json> value = GoldAt(record, path);
  return value ? *value : json(nullptr);
}

// Gold null is right only against null; strings compare by TextEqual; others as JSON.
bool ValuesEqual(const json& gold, const json& got) {
  if (gold.is_string() && got.is_string()) {
    return TextEqual(gold.get<std::string>(), got.get<std::string>());
  }
  return gold == got;
}

std::string StringOf(const json& object, const char* key) {
  if (!object.is_object() || !object.contains(key)) return "";
  const json& value = object[key];
  if (value.is_string()) return value.get<std::string>();
  if (value.is_number()) return value.dump();
  return "";
}

// The elements of an array at `key`; empty for null, absent or not an array.
const json& ArrayAt(const json& object, const char* key) {
  static const json kEmpty = json::array();
  if (!object.is_object() || !object.contains(key) || !object[key].is_array()) return kEmpty;
  return object[key];
}

// One element of a set category: a name (agency) and a value (role or deadline value).
struct Item {
  std::string name;
  std::string value;
};

// Pairs gold and extracted items one to one, counts, and lists the unpaired ones.
template <typename T>
CategoryResult Score(const std::vector<T>& gold, const std::vector<T>& got,
                     const std::function<bool(const T&, const T&)>& match,
                     const std::function<std::string(const T&)>& show,
                     std::vector<std::pair<int, int>>* pairs_out = nullptr) {
  CategoryResult result;
  result.scored = true;
  const auto pairs = MatchOneToOne(static_cast<int>(gold.size()), static_cast<int>(got.size()),
                                   [&](int i, int j) { return match(gold[i], got[j]); });
  std::vector<bool> gold_paired(gold.size()), got_paired(got.size());
  for (const auto& [i, j] : pairs) gold_paired[i] = got_paired[j] = true;
  for (size_t i = 0; i < gold.size(); ++i) {
    if (!gold_paired[i]) result.missed.push_back(show(gold[i]));
  }
  for (size_t j = 0; j < got.size(); ++j) {
    if (!got_paired[j]) result.extra.push_back(show(got[j]));
  }
  result.counts.tp = static_cast<int>(pairs.size());
  result.counts.fn = static_cast<int>(result.missed.size());
  result.counts.fp = static_cast<int>(result.extra.size());
  if (pairs_out) *pairs_out = pairs;
  return result;
}

// A set of items: the first of each (NormalizeText(name), value) kept.
void AddOnce(std::vector<Item>& items, std::set<std::pair<std::string, std::string>>& seen,
             Item item) {
  if (seen.emplace(NormalizeText(item.name), item.value).second) items.push_back(std::move(item));
}

// (name, role) over all obligations.
std::vector<Item> AgencyItems(const json& doc) {
  std::vector<Item> items;
  std::set<std::pair<std::string, std::string>> seen;
  for (const json& obligation : ArrayAt(doc, "obligations")) {
    for (const json& agency : ArrayAt(obligation, "agencies")) {
      AddOnce(items, seen, {StringOf(agency, "name"), StringOf(agency, "role")});
    }
  }
  return items;
}

// (lead name, deadline value) of obligations that have a deadline.
std::vector<Item> AssignmentItems(const json& doc) {
  std::vector<Item> items;
  std::set<std::pair<std::string, std::string>> seen;
  for (const json& obligation : ArrayAt(doc, "obligations")) {
    const std::string value = obligation.is_object() && obligation.contains("deadline")
                                  ? StringOf(obligation["deadline"], "value")
                                  : "";
    if (value.empty()) continue;
    for (const json& agency : ArrayAt(obligation, "agencies")) {
      if (StringOf(agency, "role") == "lead") {
        AddOnce(items, seen, {StringOf(agency, "name"), value});
      }
    }
  }
  return items;
}

std::vector<Item> DeadlineItems(const json& doc) {
  std::vector<Item> items;
  std::set<std::pair<std::string, std::string>> seen;
  for (const json& deadline : ArrayAt(doc, "deadlines")) {
    const std::string value = StringOf(deadline, "value");
    if (!value.empty()) AddOnce(items, seen, {"", value});
  }
  return items;
}

ReferenceKey KeyOf(const json& reference) {
  return {StringOf(reference, "type"), StringOf(reference, "number"), StringOf(reference, "title")};
}

std::string ShowReference(const json& reference) {
  const ReferenceKey key = KeyOf(reference);
  return key.type + " " + (key.number.empty() ? "“" + key.title + "”" : key.number);
}

// References: scored on identity, then date and issuer over the matched pairs.
CategoryResult ScoreReferences(const json& gold, const json& record,
                               std::vector<FieldOutcome>& reference_fields) {
  std::vector<json> gold_refs(ArrayAt(gold, "references").begin(),
                              ArrayAt(gold, "references").end());
  std::vector<json> got_refs(ArrayAt(record, "references").begin(),
                             ArrayAt(record, "references").end());
  std::vector<std::pair<int, int>> pairs;
  CategoryResult result = Score<json>(
      gold_refs, got_refs,
      [](const json& g, const json& r) { return ReferencesMatch(KeyOf(g), KeyOf(r)); },
      ShowReference, &pairs);
  for (const auto& [i, j] : pairs) {
    for (const char* key : {"date", "issuer"}) {
      std::optional<json> want = GoldAt(gold_refs[i], key);
      if (!want) continue;
      json got = RecordAt(got_refs[j], key);
      const bool right = ValuesEqual(*want, got);
      reference_fields.push_back(
          {"references[" + ShowReference(gold_refs[i]) + "]." + key, right, *want, got});
    }
  }
  return result;
}

bool SameItem(const Item& gold, const Item& got) {
  return gold.value == got.value && AgencyNamesMatch(gold.name, got.name);
}

}  // namespace

std::span<const std::string_view> DocumentFields() { return kDocumentFields; }

std::string_view CategoryName(Category category) {
  switch (category) {
    case Category::kReferences:
      return "references";
    case Category::kAgencies:
      return "agencies";
    case Category::kDeadlines:
      return "deadlines";
    case Category::kAssignments:
      return "assignments";
  }
  return "?";
}

std::optional<double> Tally::Accuracy() const {
  if (n == 0) return std::nullopt;
  return static_cast<double>(right) / n;
}

Tally& Tally::operator+=(const Tally& other) {
  right += other.right;
  n += other.n;
  return *this;
}

std::optional<double> Counts::Precision() const {
  if (tp + fp == 0) return std::nullopt;
  return static_cast<double>(tp) / (tp + fp);
}

std::optional<double> Counts::Recall() const {
  if (tp + fn == 0) return std::nullopt;
  return static_cast<double>(tp) / (tp + fn);
}

std::optional<double> Counts::F1() const {
  if (tp + fp + fn == 0) return std::nullopt;
  return 2.0 * tp / (2.0 * tp + fp + fn);
}

Counts& Counts::operator+=(const Counts& other) {
  tp += other.tp;
  fp += other.fp;
  fn += other.fn;
  return *this;
}

DocumentResult EvaluateDocument(const json& gold, const json* record) {
  static const json kNoRecord = json::object();
  const json& got = record ? *record : kNoRecord;
  DocumentResult result;
  for (std::string_view field : kDocumentFields) {
    std::optional<json> want = GoldAt(gold, field);
    if (!want) continue;
    json value = RecordAt(got, field);
    const bool right = record && ValuesEqual(*want, value);
    result.fields.push_back({std::string(field), right, *want, value});
  }
  const bool has_obligations = gold.contains("obligations");
  const auto show_agency = [](const Item& a) { return a.value + ": " + a.name; };
  const auto show_assignment = [](const Item& a) { return a.name + " → " + a.value; };
  const auto show_deadline = [](const Item& d) { return d.value; };
  for (Category category : kCategories) {
    CategoryResult& out = result.categories[static_cast<size_t>(category)];
    switch (category) {
      case Category::kReferences:
        if (gold.contains("references")) out = ScoreReferences(gold, got, result.reference_fields);
        break;
      case Category::kAgencies:
        if (has_obligations) {
          out = Score<Item>(AgencyItems(gold), AgencyItems(got), SameItem, show_agency);
        }
        break;
      case Category::kDeadlines:
        if (gold.contains("deadlines")) {
          out = Score<Item>(
              DeadlineItems(gold), DeadlineItems(got),
              [](const Item& g, const Item& r) { return g.value == r.value; }, show_deadline);
        }
        break;
      case Category::kAssignments:
        if (has_obligations) {
          out = Score<Item>(AssignmentItems(gold), AssignmentItems(got), SameItem, show_assignment);
        }
        break;
    }
  }
  return result;
}

SetResult Summarize(std::vector<DocumentResult> documents) {
  SetResult set;
  for (std::string_view field : kDocumentFields)
    set.fields.emplace_back(std::string(field), Tally{});
  for (const DocumentResult& doc : documents) {
    if (doc.failure) ++set.failed;
    for (const FieldOutcome& outcome : doc.fields) {
      for (auto& [field, tally] : set.fields) {
        if (field == outcome.field) tally += Tally{outcome.right ? 1 : 0, 1};
      }
    }
    for (size_t c = 0; c < kCategories.size(); ++c) {
      if (!doc.categories[c].scored) continue;
      set.categories[c] += doc.categories[c].counts;
      ++set.documents_scored[c];
    }
    for (const FieldOutcome& outcome : doc.reference_fields) {
      Tally& tally = outcome.field.ends_with(".date") ? set.reference_date : set.reference_issuer;
      tally += Tally{outcome.right ? 1 : 0, 1};
    }
  }
  set.documents = std::move(documents);
  return set;
}

}  // namespace vanban
