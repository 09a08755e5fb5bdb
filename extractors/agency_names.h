// How agency and place names are written (ANNOTATION.md, "How a name is written"): the
// listed abbreviations expanded, and names printed in capitals given the capitals of the
// written form, from the gazetteers extractors/data/agencies.tsv and places.tsv, else by
// rule (head word and field capitalised, place names in title case).
//   WrittenAgencyName("UBND TỈNH HƯNG YÊN") == "Ủy ban nhân dân tỉnh Hưng Yên"
//   WrittenAgencyName("BỘ TÀI CHÍNH") == "Bộ Tài chính"
//   WrittenAgencyName("SỞ GIÁO DỤC VÀ ĐÀO TẠO") == "Sở Giáo dục và Đào tạo"
//   WrittenAgencyName("UBND tỉnh") == "Ủy ban nhân dân tỉnh" (mixed case kept as printed)
#pragma once

#include <string>
#include <string_view>

namespace vanban {

// text with the abbreviations of extractors/data/abbreviations.tsv expanded where they stand
// as whole tokens ("UBND" but not the "VP" of "VPCP"); everything else unchanged.
std::string ExpandAbbreviations(std::string_view text);

// The written form of a printed agency name: white space made single, final punctuation
// dropped, abbreviations expanded; a name printed in capitals gets the written capitals.
std::string WrittenAgencyName(std::string_view printed);

// True when the printed text starts with an agency name or a head word of one ("SỞ ...",
// "CỤC THUẾ", "UBND ...", "BAN ..."): where a stacked issuer line starts a new body.
bool StartsWithAgencyName(std::string_view printed);

// True when the printed text is a body of agencies.tsv ("VĂN PHÒNG CHÍNH PHỦ").
bool IsKnownAgency(std::string_view printed);

// Where the second of two bodies flattened onto one issuer line starts: "BỘ TÀI CHÍNH TỔNG
// CỤC HẢI QUAN" -> the offset of "TỔNG". 0 when the line does not start with a known body
// followed by another agency name.
size_t StackedAgencySplit(std::string_view printed);

// The written form of a printed place name: "HÀ NỘI" -> "Hà Nội"; a name printed in mixed
// case is kept; an unknown name in capitals gets title case.
std::string WrittenPlaceName(std::string_view printed);

// The qualifier written before a province or centrally-run city: "tỉnh" for "Hưng Yên",
// "thành phố" for "Hà Nội"; "" for other places.
std::string PlaceQualifier(std::string_view place);

// True when the printed text (or its end, after a qualifier) is a place of places.tsv.
bool IsKnownPlace(std::string_view printed);

// "Hà Nội" -> true: white space made single and trimmed, then a word per space.
std::string CollapseSpaces(std::string_view text);

}  // namespace vanban
