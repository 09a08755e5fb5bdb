// Segmentation: cuts a normalized administrative document into layout zones (issuer,
// motto, number, place-date, title, addressees, body, recipients, signature; chrome for web
// page furniture) following Nghị định 30/2020/NĐ-CP. Field extractors then run on zones.
#pragma once

#include <vector>

#include "pipeline/document.h"

namespace vanban {

// Zones of doc.text in document order. A press article or text with no administrative
// layout yields a single kBody zone (plus kChrome where page furniture is recognised).
std::vector<Zone> Segment(const Document& doc);

}  // namespace vanban
