// Search hits and citations as JSON, as the API answers with them (schemas/openapi.json,
// components.schemas) and `vanban search --format json` prints them. A value the store does not
// have is null, never "".
#pragma once

#include <nlohmann/json.hpp>
#include <vector>

#include "pipeline/query/citations.h"
#include "pipeline/query/document_query.h"
#include "pipeline/query/obligation_query.h"

namespace vanban {

// {"id", "number", "type", "issuer", "issued", "subject", "snippet", "score"}
nlohmann::json DocumentHitJson(const DocumentHit& hit);

// {"obligation_id", "document": {id, number, type, issued, issuer, subject}, "action",
//  "snippet", "agencies": [{name, key, role}], "deadline": {text, value} | null, "score"}
nlohmann::json ObligationHitJson(const ObligationHit& hit);

// {"from": {id, number}, "number", "type", "date", "issuer", "title", "relation",
//  "to": {id, number} | null}
nlohmann::json CitationJson(const Citation& citation);

// A list of values each turned into JSON by `to_json`.
template <typename T, typename ToJson>
nlohmann::json JsonArray(const std::vector<T>& values, ToJson to_json) {
  nlohmann::json array = nlohmann::json::array();
  for (const T& value : values) array.push_back(to_json(value));
  return array;
}

}  // namespace vanban
