// Lines and cells of a text. A cell is the part of a line between column gaps: text laid
// out in two columns (pdftotext -layout, OCR) puts the issuer and the motto, or the
// recipients and the signature, side by side on one line, separated by runs of spaces.
//   "ỦY BAN NHÂN DÂN          CỘNG HÒA XÃ HỘI ..." has two cells.
#pragma once

#include <string_view>
#include <vector>

#include "pipeline/span.h"

namespace vanban {

// Every line of text[within] (without its "\n" or "\r\n"), blank lines included.
std::vector<Span> SplitLines(std::string_view text, Span within);
std::vector<Span> SplitLines(std::string_view text);

// The cells of one line: trimmed pieces separated by a tab, by three or more spaces, or by a
// table border " | ". Empty for a blank line.
std::vector<Span> SplitCells(std::string_view text, Span line);

// The span with leading and trailing white space (ASCII, line breaks included, and U+00A0)
// removed.
Span Trim(std::string_view text, Span span);

// SplitCells into *cells (cleared first), reusing its storage across lines.
void SplitCellsInto(std::string_view text, Span line, std::vector<Span>* cells);

}  // namespace vanban
