// Page images read with Leptonica: the one file that touches Leptonica's reading API.
// PNG, JPEG and TIFF (every page of a multi-page TIFF), each page decoded on its own and
// turned into 8-bit gray, so memory holds one page at a time whatever the page count.
#pragma once

#include <functional>
#include <string_view>

#include "pipeline/ocr/gray_image.h"
#include "pipeline/status.h"

namespace vanban {

// Calls `visit(number, image)` for each page numbered first_page..last_page (1-based,
// last_page 0: to the end) of the image in `bytes`, in order; stops at the first non-ok
// Status `visit` returns and returns it. GrayImage::dpi is the resolution the file states,
// 0 when it states none. Fails with
//   unsupported "not a PNG, JPEG or TIFF image",
//   data_error  "cannot decode the PNG image" / "cannot decode page 2 of the TIFF image",
//   invalid_argument "the image has 2 pages; page 5 was asked for" (first_page too large).
Status ForEachImagePage(std::string_view bytes, int first_page, int last_page,
                        const std::function<Status(int number, GrayImage image)>& visit);

}  // namespace vanban
