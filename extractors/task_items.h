// Task items: the body of a document cut into the units that carry tasks, with their
// nesting. A unit is a line of doc.text (normalization keeps paragraph, heading and list
// breaks) with its list marker: "Điều 3.", "II.", "1.", "2.1.", "a)", "(1)", "-", "+", or
// none (a paragraph). Nesting follows the order of the markers ("Điều" > "I." > "1." > "1.1."
// > "a)" > "(1)" > "-" > "+"): a marker closes the items of its level and below; a paragraph
// belongs to the item above it. A bare number line in a table ("1", "II") opens a table row
// that holds the lines up to the next one. A table starts at its number column heading ("TT",
// "STT"). A line that goes on from the one above it (the source kept the printed lines: OCR,
// PDF) joins the item above it.
// Each unit is further cut into sentences, the scope of the role cues.
#pragma once

#include <string_view>
#include <vector>

#include "pipeline/span.h"

namespace vanban {

enum class ItemMarker {
  kNone,      // a paragraph
  kArticle,   // "Điều 3."
  kRoman,     // "II."
  kNumber,    // "1.", "2.1.", "3)"
  kLetter,    // "a)", "đ."
  kParen,     // "(1)", "(a)"
  kDash,      // "-", "•", "*"
  kPlus,      // "+"
  kTableRow,  // a bare "1" or "II" line in a table, with the lines of its row
};

struct TaskItem {
  ItemMarker marker = ItemMarker::kNone;
  int number_depth = 0;   // dots in a kNumber marker: 1 for "1.", 2 for "2.1."
  Span span;              // marker included; several lines for a table row
  Span text;              // after the marker, trimmed
  int parent = -1;        // index of the enclosing item, -1 at the top
  bool task_row = false;  // a row of a table whose heading names who does it ("Cơ quan chủ
                          // trì"), not a table of figures
};

// The items of text[body] in text order; empty lines give none.
// Example: "1. Sở Y tế\na) Chủ trì ..." gives "1." (parent -1) and "a)" (parent 0).
std::vector<TaskItem> CutTaskItems(std::string_view text, Span body);

// The sentences of text[span]: cut after ".", "!" or "?" followed by a space and a capital
// letter (not after a one- or two-letter abbreviation such as "TP."), and at line breaks when
// lines_are_sentences (the cells of a table row; the lines of other items are one text).
// Each sentence is trimmed; empty ones are dropped.
std::vector<Span> SplitSentences(std::string_view text, Span span, bool lines_are_sentences);

}  // namespace vanban
