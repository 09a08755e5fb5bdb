// Search hits and citations for the terminal and for files: table lines and CSV (search,
// refs, show); their JSON is pipeline/query/hit_json.h, the same as the API's.
#pragma once

#include <string>
#include <vector>

#include "pipeline/query/citations.h"
#include "pipeline/query/document_query.h"
#include "pipeline/query/hit_json.h"
#include "pipeline/query/obligation_query.h"

namespace vanban {

// One line: "2024-12-15  02/CT-UBND          Sở Nội vụ (lead)  «báo cáo» kết quả …"; the
// deadline value or "-", the document number, the agencies, the snippet.
std::string ObligationHitLine(const ObligationHit& hit);
// One line: issue date, type, number, issuer, snippet.
std::string DocumentHitLine(const DocumentHit& hit);
// One line: "căn cứ  412/NQ-HĐND  (2024-07-10, Hội đồng nhân dân tỉnh)  -> stored 1a2b3c4d5e6f";
// `from` adds the citing document's number first.
std::string CitationLine(const Citation& citation, bool with_from);

// Vietnamese name of a relation code: "can_cu" -> "căn cứ", "amends" -> "sửa đổi".
std::string RelationName(const std::string& relation);

// CSV (RFC 4180): header line, then one line per row; fields quoted when needed.
std::string CsvLine(const std::vector<std::string>& fields);

}  // namespace vanban
