// What the text prints right after a cited document's number or title: its date and issuer
// ("số 412/NQ-HĐND ngày 07/12/2023 của HĐND tỉnh", "ngày ... tháng ... năm", "do Bộ Tài chính
// ban hành", "năm 2022" after a law's title), and where its trích yếu ends.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "extractors/vn_date.h"

namespace vanban {

struct ReferenceTail {
  std::optional<std::string> date;    // ISO
  std::optional<std::string> issuer;  // written form
  std::optional<int> year;            // "năm 2022", "2014" after a title
  size_t end = 0;                     // end of what was read (pos when nothing)
};

// The date, issuer and year printed from text[pos] on, in any order, each once, separated by
// white space, commas or an opening parenthesis: "ngày 07/12/2023 của Hội đồng nhân dân
// tỉnh", ", ngày 06/12/2023 của ...", "của Chính phủ ngày ...", "do X ban hành". A number
// printed with its issuer's place ("322 CTr/UBND tỉnh, ngày ...") gives that issuer.
ReferenceTail ReadTail(std::string_view text, size_t pos, std::string_view number = "");

// The date printed at text[pos]: "ngày 07/12/2023", "07/12/2023", "ngày 07 tháng 12 năm 2023".
std::optional<DateMatch> DateAt(std::string_view text, size_t pos);

// The end of the trích yếu that follows a cited document's details at `pos` ("quy định chi
// tiết ...", "về ...", "hướng dẫn ..."): the end of its clause. pos itself when no title
// follows. A law named in there is named inside that document's title.
size_t CitedTitleEnd(std::string_view text, size_t pos);

}  // namespace vanban
