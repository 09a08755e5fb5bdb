// What a line of a normalized administrative text looks like at its start and end: the
// evidence the line joiner (line_join.h) weighs. Lines are trimmed and single-spaced.
#pragma once

#include <cstddef>
#include <string_view>

namespace vanban {

// A numbering marker that opens a line: "1.", "2.1.", "1)", "(1)", "a)", "đ)", "a.",
// "IV.", "II -", "Điều 3.", "Chương II", "Mục 1", "Phần thứ nhất". `length` (bytes) is 0 when the
// line has none ("Điều 5 Luật ..." cites an article, it does not open one); `heading`
// marks Chương/Mục/Phần, whose title conventionally sits on the next line.
struct Numbering {
  size_t length = 0;
  bool heading = false;
};
Numbering NumberingAt(std::string_view line);

// A line that starts a list item, a heading or a block of its own: a dash or plus bullet,
// a numbering marker, or "Căn cứ", "Xét", "Theo đề nghị", "Nơi nhận", "Kính gửi", "Số:",
// "V/v", "Phụ lục", and the signature authorities "TM.", "KT.", "TL.", "TUQ.", "Q.".
bool IsListStart(std::string_view line);
// The same, with the line's NumberingAt already worked out.
bool IsListStart(std::string_view line, const Numbering& numbering);

// A marker with nothing after it ("-", "1.", "a)", "Điều 5.", "V/v", "Kính gửi:"): its text
// is on the next line.
bool IsBareMarker(std::string_view line);
bool IsBareMarker(std::string_view line, const Numbering& numbering);

// Opens a clause that only ends with its punctuation: "Căn cứ", "Theo đề nghị", "Xét đề
// nghị", "Thực hiện", "Trên cơ sở".
bool StartsClause(std::string_view line);

// Starts the body of a document: "Căn cứ", "Kính gửi", "Thực hiện", "Theo đề nghị", "Xét",
// "Điều 1", "Chương".
bool StartsBody(std::string_view line);

// Starts a signature or recipients block: "Nơi nhận", "TM.", "KT.", "TL.", "TUQ.", "Q.".
bool StartsSignature(std::string_view line);

// At least two letters and none of them lower-case: "QUYẾT ĐỊNH", "I. MỤC TIÊU".
bool IsCapsLine(std::string_view line);

// Ends with . ; : ! ? (closing quotes and footnote asterisks after it ignored).
bool EndsSentence(std::string_view line);

// Wholly in parentheses: "(Ký tên, đóng dấu)".
bool IsParenthetical(std::string_view line);

bool HasLetterOrDigit(std::string_view line);

// The first letter, after an opening bracket or quote, is lower-case: "quyền địa phương".
bool StartsLowerCase(std::string_view line);

bool StartsWithDigit(std::string_view line);

// Opens with a document number: digits, then "/" ("59/2020/QH14", "324/QTR-KTr2").
bool StartsWithDocumentNumber(std::string_view line);

// Opens with a Roman numeral standing alone as a word: "XIII của Đảng", "III".
bool StartsWithRomanNumeral(std::string_view line);

std::string_view FirstWord(std::string_view line);
std::string_view LastWord(std::string_view line);
size_t WordCount(std::string_view line);

// A capitalised word of mixed case, or a single capital: "Quảng", "Sở", "A" (not "UBND",
// not "Phòng)").
bool IsTitleWord(std::string_view word);

// A word after which a number is expected: "số", "ngày", "tháng", "năm", "khoản",
// "Điều", "thứ", ... (any case, a trailing colon ignored).
bool IsNumberWord(std::string_view word);

// `word` calls for a number and `next` starts with one it accepts: "số" then "59/2020",
// "ngày" then "20" (one or two digits), "năm" then "2025" (four).
bool NumberFollows(std::string_view word, std::string_view next);

// A word that opens an agency's name: "Bộ", "Sở", "Cục", "Ban", "Vụ", "Viện", "Ủy", "Chi",
// "Trung", "Văn", "Công", "Thanh", "Kho", "Ngân", "Tập", "Hội", "Đài", "Quỹ", "Tòa",
// "Phòng" ("Tổng" is left out: alone in a table it is "total").
bool IsAgencyHead(std::string_view word);

// A word a Vietnamese sentence or heading cannot end with: "của", "và", "các", "tại",
// "theo", "về", ... (any case).
bool IsFunctionWord(std::string_view word);

}  // namespace vanban
