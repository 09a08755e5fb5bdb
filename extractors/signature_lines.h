// What the lines of a signature block are (Nghị định 30/2020/NĐ-CP, "chữ ký"): an authority
// prefix ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "T/M BỘ CHÍNH TRỊ"), a position in capitals
// ("PHÓ CHỦ TỊCH"), the signer's name, or noise a source adds ("(Đã ký)", signing stamps).
// Shared by the segmenter, which finds the block, and the signer extractor, which reads it.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace vanban {

struct AuthorityPrefix {
  std::string code;  // "TM", "KT", "TL", "TUQ", "Q"
  size_t length;     // bytes of the prefix with its dot and the space after it
};

// The authority prefix at the start of a line: "TM.", "KT.", "TL.", "TUQ.", "Q.", and the
// forms "T/M", "K/T", "T/L"; it must be followed by a word in capitals.
std::optional<AuthorityPrefix> MatchAuthorityPrefix(std::string_view line);

struct PositionMatch {
  const std::string* name;  // written form: "Phó Chủ tịch"
  size_t length;            // bytes of the line it covers
};

// The position (extractors/data/positions.tsv) a line in capitals starts with:
// "PHÓ CHỦ TỊCH" -> "Phó Chủ tịch". nullopt for a line not in capitals.
std::optional<PositionMatch> MatchPosition(std::string_view line);

// Start of the first position in capitals inside a line (not at its start) that follows a
// non-letter: "(2b). Trung Anh BỘ TRƯỞNG, CHỦ NHIỆM" -> the offset of "BỘ". npos if none.
size_t FindInnerPosition(std::string_view line);

// The written title of a position line: "PHÓ CHỦ TỊCH" -> "Phó Chủ tịch",
// "VỤ TRƯỞNG VỤ PHÁP CHẾ" -> "Vụ trưởng Vụ Pháp chế". A line not in capitals is kept.
std::string WrittenTitle(std::string_view line);

enum class NameCheck {
  kLayout,   // set apart by layout: any two to six capitalised words
  kSurname,  // anywhere: the first word must be a family name of surnames.tsv
};

// True when the line is a person's name: two to six words, each a capitalised word of
// letters ("Phạm Văn Thịnh") or all of them in capitals ("PHẠM VĂN THỊNH"), no digits, no
// punctuation, not a position or an agency. A rank or degree before it is allowed
// ("Thượng tướng Võ Minh Lương").
bool IsPersonName(std::string_view line, NameCheck check);

// Bytes of a rank, degree or form of address before a name (extractors/data/
// name_prefixes.tsv) with the space after it: "Thượng tướng Võ Minh Lương" -> 13. 0 if none.
size_t NamePrefixLength(std::string_view line);

// The person's name at the end of a line, after the last punctuation: "- Lưu: VT,
// NC(Tr212). Trần Phước Hiền" -> offset of "Trần". Its first word must be a family name.
// npos when there is none.
size_t FindTrailingName(std::string_view line);

// Lines a source puts in or near a signature that carry nothing: "(Đã ký)", "Đã ký",
// "[daky]", signing stamps ("Ký bởi: ...", "Thời gian ký: ...", "Cơ quan: ..."), e-mail
// addresses, timestamps, page numbers, lone symbols.
bool IsSignatureNoise(std::string_view line);

}  // namespace vanban
