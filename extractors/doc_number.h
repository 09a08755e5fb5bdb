// The document-number grammar ("số, ký hiệu"), shared by the metadata and references
// extractors. A number is digits, then symbol parts joined by '/' or '-':
//   "02/CT-UBND", "5348/CT-CS", "34-CT/TW", "01/2024/NĐ-CP", "45/2019/QH14",
//   "11554/VPCP-V.I", and the odd "322 CTr/UBND" (kept as printed).
// Its canonical form has the spaces around '/' and '-' removed: "02/CT - UBND" and
// "2280     /QĐ-UBND" (a column gap) give "02/CT-UBND" and "2280/QĐ-UBND".
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "extractors/doc_types.h"
#include "pipeline/span.h"

namespace vanban {

struct DocNumber {
  std::string text;  // canonical form
  Span span;         // of the printed number in the searched text
};

// The number printed at text[pos] (which must be a digit), or nullopt. Symbol parts that
// follow a separator set off by spaces must be in capitals ("02/CT - UBND" but not
// "12/BC-UBND - Hà Nội"); at least one part must hold a letter, so "12/8/2016" is no number.
// Cyrillic look-alike letters (OCR) are written as the Latin ones.
std::optional<DocNumber> MatchDocNumber(std::string_view text, size_t pos);

// Every number in text that does not start inside a word or another number.
std::vector<DocNumber> FindDocNumbers(std::string_view text);

// The type abbreviation in a canonical number's symbol: the first symbol part, after the
// year, when the symbol has two parts or more: "CT" in "02/CT-UBND" and "34-CT/TW", "NĐ" in
// "01/2024/NĐ-CP"; "" for "45/2019/QH14" and "299/TTg".
std::string SymbolTypeAbbreviation(std::string_view number);

// The document type that abbreviation names, or nullptr ("11554/VPCP-V.I": none). Only a
// tie-breaker: "5348/CT-CS" is a Công văn of Cục Thuế, not a Chỉ thị.
const DocType* TypeImpliedByNumber(std::string_view number);

}  // namespace vanban
