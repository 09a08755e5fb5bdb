// Mentions of documents cited by title (extractors/law_titles.h): "Căn cứ Luật Tổ chức chính
// quyền địa phương ngày 16 tháng 6 năm 2025", "Luật Quản lý thuế số 38/2019/QH14", "Nghị quyết
// Đại hội đại biểu toàn quốc lần thứ XIII của Đảng". Bills and drafts are read and passed
// over: "dự thảo Luật ...", "Luật Hộ tịch (sửa đổi)", an amending law with neither number nor
// date, and the items of a list headed by "dự án luật"; so is a law named in the title of a
// document that details it ("Nghị định quy định chi tiết ... Luật Phòng thủ dân sự").
#pragma once

#include <set>
#include <string_view>
#include <vector>

#include "extractors/reference_mentions.h"

namespace vanban {

// The title mentions of text outside the `silent` spans, in text order. The offsets of the
// numbers read with a title ("Luật ... số 38/2019/QH14") are added to `numbers`.
std::vector<Mention> FindTitleMentions(std::string_view text, const std::vector<Span>& silent,
                                       std::set<size_t>* numbers);

}  // namespace vanban
