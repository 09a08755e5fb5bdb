// References: every other document the text cites (ANNOTATION.md, "references"): numbered
// documents with type, number, date and issuer; Hiến pháp, Bộ luật, Luật, Pháp lệnh,
// treaties and Party congress resolutions by title and year; each with how it is cited
// (căn cứ, sửa đổi, thay thế, bãi bỏ, hướng dẫn, triển khai, else cites).
#pragma once

#include <vector>

#include "pipeline/document.h"

namespace vanban {

// The references of doc (its text, zones and meta), each once, in order of first mention,
// with the span of that mention. The document's own number is never one of them.
std::vector<Reference> ExtractReferences(const Document& doc);

}  // namespace vanban
