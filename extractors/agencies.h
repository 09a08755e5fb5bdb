// Agencies: Vietnamese state bodies and named groups of them, found in a stretch of text by
// patterns plus a gazetteer (extractors/data/), written as ANNOTATION.md says (listed
// abbreviations expanded, leading positions dropped, shared heads distributed), each with a
// canonical key so that "UBND tỉnh" and "Ủy ban nhân dân tỉnh" are one body.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "pipeline/document.h"

namespace vanban {

struct AgencyMention {
  std::string name;  // "Sở Nội vụ", "Ủy ban nhân dân các huyện, thị xã, thành phố"
  std::string key;  // AgencyKey(name)
  Span span;        // of doc.text
};

// The bodies named in doc.text[span], in text order. "Giám đốc Sở Y tế" gives "Sở Y tế";
// "các Bộ: Quốc phòng, Công an" gives "Bộ Quốc phòng" and "Bộ Công an"; groups qualified by
// "liên quan", "nêu trên", "khác" and bare "các cơ quan, đơn vị" give nothing. doc.meta
// (issuer, place) resolves "Tỉnh" standing for the document's province.
std::vector<AgencyMention> FindAgencies(const Document& doc, Span span);

// FindAgencies for many stretches of one document: the document's province is worked out
// once, and each name's key once. Find(span) == FindAgencies(doc, span).
class AgencyFinder {
 public:
  explicit AgencyFinder(const Document& doc);
  std::vector<AgencyMention> Find(Span span) const;

 private:
  const Document& doc_;
  std::string province_;
  mutable std::unordered_map<std::string, std::string> keys_;  // name -> AgencyKey(name)
};

// Canonical key of a body's name: folded (pipeline/normalize/fold.h), listed abbreviations
// expanded, a leading "các"/"những" dropped. AgencyKey("UBND tỉnh") ==
// AgencyKey("Ủy ban nhân dân Tỉnh").
std::string AgencyKey(std::string_view name);

}  // namespace vanban
