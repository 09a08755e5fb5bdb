// The places where a document's text cites another document, read one by one, before they
// are resolved into references (extractors/references.h): a type name and a number ("Quyết
// định số 2437/QĐ-TTg ngày 04/11/2025 của Thủ tướng Chính phủ", "văn bản số ...", "Nghị
// quyết số 18"), a list item with a number only ("; số 413/NQ-HĐND ngày ..."), or a title
// ("Luật Thi đua, khen thưởng năm 2022", "Luật Quản lý thuế số 38/2019/QH14").
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "pipeline/document.h"

namespace vanban {

struct Mention {
  Reference ref;   // as read here; span: from the type name (or "số") to the number or title
  size_t end = 0;  // end of the details read after it (date, issuer)
  size_t title_end = 0;         // end of the cited document's trích yếu after it (>= end)
  bool typed = true;            // false for a list item printed without a type name
  bool bare = false;            // digits only: "Nghị quyết số 18"
  std::string title_key;        // unnumbered: the title a short form stands for
  bool in_cited_title = false;  // a law named inside another document's trích yếu
  bool host = false;  // "(Kèm theo Quyết định số ...)": the document this text is attached to
  std::optional<std::string> list_issuer;  // "các Nghị quyết của HĐND tỉnh: số ...": the head's
  std::string list_type;                   // and its type, for the items after the colon
};

// Every mention in the parts of doc.text that may cite documents (not the header lines or the
// signature), in text order. Drafts ("dự thảo Nghị định ...") and bills ("Luật Đất đai (sửa
// đổi)") are no mentions.
std::vector<Mention> FindMentions(const Document& doc);

}  // namespace vanban
