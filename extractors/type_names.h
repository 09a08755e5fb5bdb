// Document type names in running text ("Quyết định", "công văn", "CHÍ THỊ" for "CHỈ THỊ"),
// read word by word over a WordWindow with the keys of extractors/name_table.h: as
// MatchTypeName (extractors/doc_types.h) reads them, whatever the tone marks, without a pattern
// per type tried at every word.
#pragma once

#include <optional>

#include "extractors/doc_types.h"
#include "extractors/name_table.h"

namespace vanban {

struct TypeNameHit {
  const DocType* type;
  size_t end;  // the word after the name
};

// The longest type name that starts at word i, or nullopt.
//   TypeNameAt(keys of "Thông tư liên tịch số 5", 0)->type->code == "thong_tu_lien_tich"
std::optional<TypeNameHit> TypeNameAt(const WindowKeys& keys, size_t i);

// The type that words [i, j) name exactly, or nullptr.
const DocType* TypeNamed(const WindowKeys& keys, size_t i, size_t j);

// True when the word (its core) may be the last word of a type name ("định" of "Quyết định",
// "văn" of "công văn"): a quick test before a lookup.
bool MayEndTypeName(std::string_view word);

}  // namespace vanban
