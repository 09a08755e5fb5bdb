// Where a trích yếu (subject) and a "Kính gửi:" list end. A subject may be wrapped over
// several lines (in capitals under a type line, in sentence case, or a Công văn's "V/v ...");
// it ends at a blank line, a rule, the body's first words ("Căn cứ ...", "Thực hiện ..."),
// the issuer's authority line ("ỦY BAN NHÂN DÂN TỈNH BẮC NINH", "BỘ TRƯỞNG BỘ TÀI CHÍNH"), a
// change of case, or the next header part. Used by the header segmenter.
#pragma once

#include <string_view>
#include <vector>

#include "extractors/layout_units.h"
#include "pipeline/span.h"

namespace vanban {

enum class SubjectMode {
  kTitle,  // under a type line
  kVv,     // a Công văn's "V/v ..." under the number
};

struct SubjectLines {
  std::vector<Span> pieces;  // ranges of units.joined, in order
  size_t type_line_end = 0;  // joined end of words that still belong to the type line:
                             // "KẾT LUẬN / CỦA BỘ CHÍNH TRỊ, BAN BÍ THƯ / VỀ ..." (0 if none)
};

// The subject starting at joined offset `start`; `issuer` is the printed issuer text (to
// know its authority line); the subject never reaches `stop` (a joined offset).
SubjectLines CollectSubject(const LayoutUnits& units, std::string_view joined, size_t start,
                            SubjectMode mode, std::string_view issuer,
                            size_t stop = std::string_view::npos);

// The "Kính gửi:" line starting at joined offset `start` and the lines that continue it
// ("- Sở Tài chính;" items, wrapped names).
std::vector<Span> CollectAddressees(const LayoutUnits& units, std::string_view joined,
                                    size_t start);

// True when the line starts like a body paragraph: "Căn cứ", "Thực hiện", "Theo", "Ngày"...
// with a capital.
bool StartsBodyText(std::string_view line);

// True when the line ends with a word or mark that a wrapped phrase continues after:
// "của", "và", "về", ",", "-".
bool EndsWithConnector(std::string_view line);

// The same for the words that bind a next line even when it looks like an authority line
// ("... CỦA\nTHỦ TƯỚNG CHÍNH PHỦ"): "của", "và", "với", "cho", "tại", "về", ",".
bool EndsWithStrongConnector(std::string_view line);

}  // namespace vanban
