// A PDF opened with Poppler: the one file that touches poppler-cpp. Gives the page count,
// the text layer of a page in reading order, and a page rendered to gray pixels in memory
// for OCR.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "pipeline/ocr/gray_image.h"
#include "pipeline/status.h"

namespace vanban {

class PdfFile {
 public:
  // Opens the PDF in `bytes`, which must outlive the PdfFile (they are not copied). An
  // encrypted PDF is opened with `password` (user or owner password). Fails with
  //   data_error  "not a readable PDF: <Poppler's reason>" (truncated, corrupt),
  //   unsupported "encrypted PDF: give --password" (no password given),
  //   invalid_argument "encrypted PDF: the password given does not open it",
  //   data_error  "PDF has no pages".
  static StatusOr<PdfFile> Open(std::string_view bytes, const std::string& password);

  PdfFile(PdfFile&&) noexcept;
  PdfFile& operator=(PdfFile&&) noexcept;
  ~PdfFile();

  int page_count() const;

  // The text layer of page `number` (1-based) in the order it was drawn, which for
  // born-digital documents is reading order (the same as `pdftotext -raw`), UTF-8, lines
  // ending in "\n". Empty for a page without text. Fails with invalid_argument for a page
  // out of range.
  StatusOr<std::string> PageText(int number) const;

  // Page `number` rendered at `dpi` in 8-bit gray, antialiased, on white. On a page with red
  // marks (found on a small colour preview) the gray of a pixel is its red channel, so red
  // seals fade and black text stays; other pages are rendered to gray directly. Fails with
  // invalid_argument for a page out of range or a dpi outside 50..1200, data_error when
  // Poppler cannot render it.
  StatusOr<GrayImage> RenderPage(int number, int dpi) const;

 private:
  struct Impl;
  explicit PdfFile(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace vanban
