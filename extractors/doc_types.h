// Document types (extractors/data/doc_types.tsv, from ANNOTATION.md): type code <-> written
// name <-> the abbreviation that stands for the type in a number's symbol.
//   DocTypeByAbbreviation("QĐ")->code == "quyet_dinh"
//   MatchTypeLine("QUYẾT ĐỊNH\nVề việc ...")->type->code == "quyet_dinh"
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace vanban {

struct DocType {
  std::string code;          // "quyet_dinh"
  std::string name;          // "Quyết định"
  std::string abbreviation;  // "QĐ"; empty when the type has none
};

// Every row of doc_types.tsv, in file order.
const std::vector<DocType>& DocTypes();

// The first row with this code / abbreviation, or nullptr. Abbreviations compare exactly
// ("TT" is thong_tu, "TTg" is nothing); when nothing matches exactly, a unique match with
// "Đ" read as "D" is accepted ("QD" gives quyet_dinh, "HD" stays huong_dan).
const DocType* DocTypeByCode(std::string_view code);
const DocType* DocTypeByAbbreviation(std::string_view abbreviation);

struct TypeLineMatch {
  const DocType* type;
  size_t length;  // bytes of text the type name covers
};

// The type name in capitals at the very start of text, followed by the end of the text or a
// non-letter: the printed type line "QUYẾT ĐỊNH", "THÔNG TƯ LIÊN TỊCH", "CHÍ THỊ" (OCR for
// "CHỈ THỊ"). Tone marks are not compared; the longest name wins. nullopt when the text
// does not start with one.
std::optional<TypeLineMatch> MatchTypeLine(std::string_view text);

// The same for a name in any case ("Quyết định số 12/QĐ-UBND"): for titles and references.
std::optional<TypeLineMatch> MatchTypeName(std::string_view text);

}  // namespace vanban
