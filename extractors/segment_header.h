// The header of an administrative document (Nghị định 30/2020/NĐ-CP, Phụ lục I): issuer
// lines with the parent body stacked above, quốc hiệu and tiêu ngữ, "Số:", the place-date
// line, the type line and trích yếu (or a Công văn's "V/v ..."), and "Kính gửi:". Read as
// layout units, so that it is found whether the source kept the two header columns on
// separate lines, flattened them onto one line ("ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI ..."), laid
// them side by side (pdftotext -layout) or hard-wrapped them ("Hà Nội, ngày 20\ntháng 11").
#pragma once

#include <string_view>
#include <vector>

#include "pipeline/document.h"

namespace vanban {

struct HeaderLayout {
  bool found = false;       // a quốc hiệu, a "Số:" line or a type line was found
  std::vector<Zone> zones;  // kIssuer (one per issuer line), kMotto, kNumber, kPlaceDate,
                            // kTitle (type line first, then subject lines), kAddressees
  Span chrome;              // page furniture before the header; empty when none
  size_t end = 0;           // where the body starts
};

// The header of text, looked for in its first lines. found == false (and no zones) for a
// text with no administrative header, such as a press article.
HeaderLayout FindHeader(std::string_view text);

}  // namespace vanban
