// What the text says about a cited document around its number or title: the date and the
// issuer after it ("số 412/NQ-HĐND ngày 07/12/2023 của HĐND tỉnh", "ngày ... tháng ... năm",
// "do Bộ Tài chính ban hành"), the issuer and date before it in news style ("Ngày 18/01/2024,
// UBND tỉnh ban hành Công văn số ..."), and how it is cited (căn cứ, sửa đổi, thay thế, ...).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "pipeline/span.h"

namespace vanban {

struct ReferenceTail {
  std::optional<std::string> date;    // ISO
  std::optional<std::string> issuer;  // written form
  std::optional<int> year;            // "năm 2022", "2014" after a title
  size_t end = 0;                     // end of what was read (pos when nothing)
};

// The date, issuer and year printed from text[pos] on, in any order, each once, separated by
// white space, commas or an opening parenthesis: "ngày 07/12/2023 của Hội đồng nhân dân
// tỉnh", ", ngày 06/12/2023 của ...", "của Chính phủ ngày ...", "do X ban hành".
ReferenceTail ReadTail(std::string_view text, size_t pos);

// The issuer (and a sentence-initial date) of a document whose mention starts at `begin`,
// when the words before it say who issued it: "UBND tỉnh ban hành Công văn số ...",
// "Thủ tướng Chính phủ vừa ký Quyết định ...". Only issuer and date are set.
ReferenceTail ReadIssuerBefore(std::string_view text, size_t begin);

// True when the words before `begin` make the document mentioned there a draft or a bill:
// "dự thảo Nghị định ...", "dự án Luật ...".
bool IsDraftBefore(std::string_view text, size_t begin);

// How the clause around `begin` cites the document mentioned there: "can_cu", "amends",
// "replaces", "repeals", "guides", "implements" or "cites".
std::string RelationBefore(std::string_view text, size_t begin);

// The end of the trích yếu that follows a cited document's details at `pos` ("quy định chi
// tiết ...", "về ...", "hướng dẫn ..."): the end of its clause. pos itself when no title
// follows. A law named in there is named inside that document's title.
size_t CitedTitleEnd(std::string_view text, size_t pos);

}  // namespace vanban
