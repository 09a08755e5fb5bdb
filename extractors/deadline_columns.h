// Table columns of deadlines. A plan's task table has a column such as "Thời gian hoàn thành"
// or "Tiến độ trình UBTVQH" whose cells are bare values ("Tháng 03/2026", "Quý IV/2025",
// "2025"); the text layer puts each cell on its own line or glues it to the end of the line
// before ("... của Quốc hội Tháng 03/2026").
#pragma once

#include <string_view>
#include <vector>

#include "pipeline/document.h"

namespace vanban {

// The text below each column header of deadlines (a line of its own: "Thời gian hoàn thành",
// words from deadline_words.tsv, kind "column") to the end of its body zone. Empty when the
// document has no such table.
std::vector<Span> FindDeadlineColumns(const Document& doc);

// True when span looks like a table cell: it makes its whole line, or starts with a capital
// and starts or ends its line.
bool IsTableCell(std::string_view text, Span span);

// Lines of text[column] that are a bare year ("2025"), trimmed.
std::vector<Span> YearCells(std::string_view text, Span column);

}  // namespace vanban
