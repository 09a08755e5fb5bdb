// The image reader: PNG, JPEG and TIFF scans (every page of a multi-page TIFF), each page
// read by OCR. Media type "image/png", "image/jpeg" or "image/tiff"; page method "ocr".
#pragma once

#include <string_view>

#include "pipeline/document.h"
#include "pipeline/readers/reader.h"
#include "pipeline/status.h"

namespace vanban {

// Reads the pages options.first_page..last_page of the image in `bytes`. `media_type` is
// recorded as given. Page::dpi is the resolution the file states (0 when none: Tesseract
// then estimates it). Fails as ForEachImagePage (readers/image_file.h) and OCR do.
StatusOr<Document> ReadImage(std::string_view bytes, std::string_view media_type,
                             const ReadOptions& options);

}  // namespace vanban
