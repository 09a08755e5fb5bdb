// Titles of documents cited by name (ANNOTATION.md, "references": the unnumbered kinds):
// Hiến pháp, Bộ luật, Luật, Pháp lệnh, treaties (Hiệp định, Công ước, Hiệp ước) and Party
// congress resolutions ("Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng").
// Where a title ends comes from the titles of extractors/data/laws.tsv, else from the words
// that end names (extractors/name_stops.h): "Luật Doanh nghiệp thì ..." ends before "thì".
// An amending law takes the laws it amends into its title: "Luật sửa đổi, bổ sung một số điều
// của Luật Cán bộ, công chức và Luật Viên chức".
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "pipeline/span.h"

namespace vanban {

struct TitleMatch {
  std::string type;   // "luat", "bo_luat", "hien_phap", "phap_lenh", "dieu_uoc", "nghi_quyet"
  std::string title;  // as printed; the written form of laws.tsv when the text prints the
                      // same title in other capitals or with lost tone marks; "" for "Luật số"
  std::string key;  // the title a short form stands for ("Luật Thuế GTGT" -> "Luật Thuế giá
                    // trị gia tăng"), else the title; a congress: "đại hội toàn quốc 13"
  Span span;  // of the kind word and the printed title
};

// The title starting at text[pos] with its kind word ("Luật", "Bộ luật", "Hiến pháp", ...),
// or nullopt when none starts there or the words after the kind word name no document
// ("Luật này", "Luật trong đó ..."). "Luật số 90/2025/QH15" gives an empty title that ends
// after "Luật": its number follows.
//   MatchTitle("Luật Thi đua, khen thưởng năm 2022", 0)->title == "Luật Thi đua, khen thưởng"
std::optional<TitleMatch> MatchTitle(std::string_view text, size_t pos);

}  // namespace vanban
