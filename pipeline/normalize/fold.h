// Folding keys for matching and search, shared by the extractors, the evaluation and the
// store. Two strengths:
//   FoldKey("Ủy ban nhân dân tỉnh Hoà Bình")   == "ủy ban nhân dân tỉnh hòa bình"
//   FoldAscii("Ủy ban nhân dân tỉnh Hoà Bình") == "uy ban nhan dan tinh hoa binh"
#pragma once

#include <string>
#include <string_view>

namespace vanban {

// NFC, lower case, one tone-mark placement (classic: "hoà" -> "hòa", "uỷ" -> "ủy"), runs of
// white space made one space, trimmed. Diacritics and "đ" are kept.
std::string FoldKey(std::string_view utf8);

// FoldKey, then every diacritic removed and "đ" made "d": the key for diacritic-free search.
std::string FoldAscii(std::string_view utf8);

}  // namespace vanban
