// Obligations: the tasks this document gives to named bodies (ANNOTATION.md,
// "obligations"): the body cut into tasks (numbered items, a) b), dashes, sentences,
// articles of a Quyết định), each with its lead and support agencies, action text, deadline
// (from doc.deadlines, by span) and span. "Kính gửi" addressees lead where a Công văn asks
// "Quý cơ quan"; a closing "… để X biết, thực hiện" makes X lead.
#pragma once

#include <vector>

#include "pipeline/document.h"

namespace vanban {

// The obligations of doc in text order. Needs doc.zones, doc.meta and doc.deadlines.
std::vector<Obligation> ExtractObligations(const Document& doc);

}  // namespace vanban
