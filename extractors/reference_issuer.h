// The issuer of a cited document, read where the text names it: after "của" ("Nghị định số
// 123/2020/NĐ-CP của Chính phủ quy định ...") or before "ban hành" ("UBND tỉnh ban hành Công
// văn số ..."). Written as ANNOTATION.md says: a leading position dropped ("Bộ trưởng Bộ Tài
// chính" gives "Bộ Tài chính") except the positions that issue in their own name ("Thủ tướng
// Chính phủ", "Chủ tịch nước", "Chủ tịch Ủy ban nhân dân tỉnh X"); listed abbreviations
// expanded; the name ends where the body's name ends ("khóa XII", "về ..." stay out).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "pipeline/span.h"

namespace vanban {

struct IssuerMatch {
  std::string name;  // written form: "Ủy ban nhân dân tỉnh", "Thủ tướng Chính phủ"
  Span printed;      // of the printed name, the position included
};

// The issuer printed at text[pos] (white space skipped), or nullopt when no agency name (or a
// position followed by one) starts there.
//   ReadIssuer("Bộ trưởng Bộ Tài chính hướng dẫn ...", 0)->name == "Bộ Tài chính"
//   ReadIssuer("HĐND tỉnh: số 412/NQ-HĐND", 0)->name == "Hội đồng nhân dân tỉnh"
std::optional<IssuerMatch> ReadIssuer(std::string_view text, size_t pos);

}  // namespace vanban
