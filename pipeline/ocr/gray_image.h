// GrayImage: one page as 8-bit gray pixels in memory, the form a page takes between the
// PDF renderer or the image decoder and OCR. Pages are never encoded (PNG, TIFF) on that
// way: encoding costs more than rendering (shared/PEERS.md).
#pragma once

#include <cstdint>
#include <vector>

namespace vanban {

struct GrayImage {
  int width = 0;
  int height = 0;
  int dpi = 0;                  // resolution, 0 when the source does not say
  std::vector<uint8_t> pixels;  // row after row, `width` bytes each: 0 black .. 255 white

  bool empty() const { return width <= 0 || height <= 0; }
};

}  // namespace vanban
