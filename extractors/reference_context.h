// What the words before a cited document's mention say about it: who issued it and when, in
// the forms of news and of the preamble ("Ngày 18/01/2024, UBND tỉnh ban hành Công văn số
// ...", "theo đề nghị của Sở Tài chính tại Công văn số ..."), whether it is a draft or a bill
// ("dự thảo Nghị định ..."), and how the clause cites it (căn cứ, sửa đổi, thay thế, ...).
#pragma once

#include <string>
#include <string_view>

#include "extractors/reference_tail.h"

namespace vanban {

// The issuer, and a date that opens the sentence, of the document mentioned at `begin`:
//   "UBND tỉnh ban hành Công văn số ...", "Thủ tướng Chính phủ vừa ký Quyết định ...",
//   "chỉ đạo của UBND tỉnh tại Công văn số ...", "Ngày 22/10/2025, tại Thông báo số ...".
// Only date and issuer are set; both empty when the words before say neither.
ReferenceTail ReadDetailsBefore(std::string_view text, size_t begin);

// True when the words before `begin` make the document mentioned there a draft or a bill:
// "dự thảo Nghị định ...", "dự án Luật ...".
bool IsDraftBefore(std::string_view text, size_t begin);

// True when the words before `begin` cite the document there directly, whatever encloses
// them: an article of it ("Điều 40 Luật Kế toán") or "theo quy định tại / của".
bool CitedDirectly(std::string_view text, size_t begin);

// How the clause around `begin` cites the document mentioned there: "can_cu", "amends",
// "replaces", "repeals", "guides", "implements" or "cites".
std::string RelationBefore(std::string_view text, size_t begin);

}  // namespace vanban
