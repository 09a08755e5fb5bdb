// Line re-joining: sources hard-wrap lines inside sentences ("... của Thuế tỉnh Quảng\nTrị
// về việc ..."); the joiner turns such a line break into one space and keeps the breaks
// that carry structure: paragraphs, headings, list items, and the short lines of the header
// and signature blocks. The evidence is in line_kind.h; the decision for each break is
// returned with its reason so the corpus report (tests/tools/normalize_report.cc) can count
// and sample them.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "pipeline/normalize/text_builder.h"

namespace vanban {

// Why a break between two non-blank lines was joined or kept. Names are stable.
enum class BreakReason {
  // joined
  kBareMarker,        // "-" / "1." / "Điều 5." alone, its text on the next line
  kNumberContinues,   // "số\n59/2020/QH14", "ngày\n20/11/2025", "lần thứ\nXIII"
  kLowerCase,         // the next line starts with a lower-case letter
  kCapsContinues,     // a wrapped all-capitals title: "... CỦA\nBỘ TÀI CHÍNH"
  kComma,             // the line ends with a comma
  kFunctionWord,      // the line ends with "của", "và", "các", ...
  kClauseContinues,   // "Căn cứ ..." / "Theo đề nghị ..." not yet closed by its punctuation
  kOpenBracket,       // a parenthesis opened on the line is still open
  kSubjectContinues,  // the subject ("V/v ...") goes on until the place and date
  kFullLine,          // the line reaches the document's wrap width
  kProperName,        // a name split across lines: "Quảng\nTrị", "Sở\nCông Thương"
  // kept
  kNoText,         // a line without letters or digits (rules, dots)
  kListItem,       // the next line opens a list item, a heading or a block
  kSentenceEnd,    // the line ends with . ; : ! ?
  kParenthetical,  // the line is wholly in parentheses
  kHeading,        // one of the lines is in capitals
  kHeader,         // inside the header block, without a lower-case continuation
  kSignature,      // inside the signature and recipients block
  kAddressee,      // a "Kính gửi:" line
  kNoWrap,         // the document is not hard-wrapped
  kOverlong,       // the next line is longer than the wrap width: not a wrapped paragraph
  kOther,
};
std::string_view BreakReasonName(BreakReason reason);

struct LineBreak {
  size_t newline;  // offset of the '\n' in the text
  bool join;
  BreakReason reason;
};

// The width (in code points) a document was hard-wrapped at, or 0 when it was not: the
// largest line width that many unfinished lines reach and few pass.
size_t EstimateWrapWidth(std::string_view text);

// The decision for every line break that has a non-blank line on both sides, in order.
std::vector<LineBreak> ClassifyLineBreaks(std::string_view text);

// The text with every joined break made one space (which maps back to the '\n').
TextPass JoinLines(std::string_view text);

}  // namespace vanban
