// The place-date line of a header ("địa danh, ngày ... tháng ... năm ..."): where it starts
// and ends among the header's layout units, whether hard-wrapped ("Hà Nội, ngày 20\ntháng 11
// năm 2025", "Thành phố Hồ\nChí Minh, ngày ..."), flattened after the number ("Số: 86/QĐ-UBND
// Quảng Ngãi, ngày 13 tháng 01 năm 2025") or garbled by OCR ("Quảng Ngãi, ngày/1} tháng 9
// năm 2024"). Used by the header segmenter; metadata reads the place and date from the zone.
#pragma once

#include <optional>

#include "extractors/layout_units.h"
#include "pipeline/span.h"

namespace vanban {

// The place-date line in units.joined [from, limit), as a range of units.joined (a Span of
// joined offsets); `number_end` is where the "Số:" number ends (0 when there is none), so
// that a place flattened after it starts after it. nullopt when there is none.
std::optional<Span> FindPlaceDateLine(const LayoutUnits& units, size_t from, size_t limit,
                                      size_t number_end);

}  // namespace vanban
