// The PDF reader: each page's text layer when it is usable (page_decision.h), the page
// rendered at ReadOptions::dpi and read by OCR when it is not. Media type
// "application/pdf"; page methods "pdf-text", "pdf-text-legacy", "ocr".
#pragma once

#include <string_view>

#include "pipeline/document.h"
#include "pipeline/readers/reader.h"
#include "pipeline/status.h"

namespace vanban {

// Reads the pages options.first_page..last_page of the PDF in `bytes` (page numbers stay
// those of the PDF). No OCR engine is loaded unless a page needs one. Fails as
// PdfFile::Open does (encrypted, corrupt), with invalid_argument for a page range outside
// the PDF, and as OCR does for a page that needed it.
StatusOr<Document> ReadPdf(std::string_view bytes, const ReadOptions& options);

}  // namespace vanban
