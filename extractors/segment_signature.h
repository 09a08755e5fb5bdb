// The end matter of an administrative document: the signature block (authority prefix,
// position lines, the signer's name) and the "Nơi nhận:" list, which two-column layouts put
// side by side and flattened sources interleave ("- Lưu: VT, ĐMDN (2b). Trung Anh BỘ
// TRƯỞNG, CHỦ NHIỆM Mai Tiến Dũng"), plus web-page furniture after the document.
#pragma once

#include <string_view>
#include <vector>

#include "pipeline/document.h"

namespace vanban {

struct TailLayout {
  std::vector<Zone> zones;  // kSignature (one per line: prefixes, positions, name) and
                            // kRecipients (the label and the items), in document order
  Span chrome;              // page furniture after the document; empty when none
};

// The first complete signature block of text after offset `from` (the end of the header):
// prefix or position lines in capitals followed by a name. Empty zones when there is none.
TailLayout FindSignature(std::string_view text, size_t from);

}  // namespace vanban
