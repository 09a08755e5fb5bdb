// Deadlines: time expressions that set when something this document asks for must be done,
// delivered or repeated (ANNOTATION.md, "deadlines"): "trước ngày 15/12/2024" -> 2024-12-15,
// "trong quý III/2024" with a completing action -> 2024-Q3, "15 ngày kể từ ngày ký" -> +P15D,
// "định kỳ hằng tháng" -> R/P1M. Dates of cited documents, plan periods, effective dates and
// deadlines recounted from earlier documents are not deadlines.
#pragma once

#include <vector>

#include "pipeline/document.h"

namespace vanban {

// The deadlines of doc in text order, each with the span of its expression in doc.text.
// A day or month without a year takes the document's year (doc.meta.issued).
std::vector<Deadline> ExtractDeadlines(const Document& doc);

}  // namespace vanban
