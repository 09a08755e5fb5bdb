// The Document of a paged source (PDF, page images), built page by page. raw_text holds
// the pages in order, each followed by "\n"; Page::raw spans a page's text without that
// separator; the words of OCR pages get their spans in raw_text and keep their boxes.
#pragma once

#include <string>
#include <string_view>

#include "pipeline/document.h"
#include "pipeline/ocr/gray_image.h"
#include "pipeline/ocr/ocr_engine.h"
#include "pipeline/readers/reader.h"
#include "pipeline/status.h"

namespace vanban {

// Appends page `number` read from a text layer; `method` is "pdf-text" or
// "pdf-text-legacy". Trailing white space of `text` is dropped.
void AppendTextPage(Document& doc, int number, std::string_view text, std::string method);

// Appends page `number` as OCR read it from an image of `dpi` (0: unknown).
void AppendOcrPage(Document& doc, int number, const OcrPage& page, int dpi);

// Reads `image` with the process's OCR engine (ocr/ocr_engine.h) for options.ocr_language
// and appends it as page `number`, with a warning "page 3 needed OCR (why)" (code
// "page_ocr") and one more when its confidence is low (code "low_ocr_confidence"). Fails
// as ProcessOcrEngine and OcrEngine::Read do.
Status AppendPageByOcr(Document& doc, int number, const GrayImage& image,
                       const ReadOptions& options, std::string_view why);

// Source encoding of a paged document: the page methods used, in order of first use, joined
// by "+": "pdf-text", "pdf-text+ocr", "ocr".
std::string PageMethods(const Document& doc);

// The pages first..last of a source with `count` pages, as options.first_page/last_page ask
// (last_page 0: to the end). Fails with invalid_argument "the PDF has 3 pages; page 5 was
// asked for" or "page range 4-2 is empty"; `what` names the source ("the PDF").
struct PageRange {
  int first = 1;
  int last = 1;
};
StatusOr<PageRange> ResolvePageRange(const ReadOptions& options, int count, std::string_view what);

// The warning for a page whose OCR confidence is below this (0..100).
inline constexpr double kLowOcrConfidence = 60;

}  // namespace vanban
