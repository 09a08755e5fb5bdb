// OCR of one page image with Tesseract: the one file that touches the Tesseract API. The
// page is deskewed (Leptonica) and read once, as the tesseract command reads it (psm 3);
// only when that reading looks like a turned page (low confidence, or lines read down the
// page) does Tesseract's OSD model find the turn, and the turned page is read again. The
// result keeps every word with its box and confidence, and the page text in reading order. Loading
// a language model costs far more than a page, so one engine is made per process and reused for
// every page (ProcessOcrEngine).
//
// Speed: Tesseract's OpenMP threads fight each other on a small machine; the process must
// start with OMP_THREAD_LIMIT=1 in its environment (shared/PEERS.md).
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "pipeline/document.h"
#include "pipeline/ocr/gray_image.h"
#include "pipeline/span.h"
#include "pipeline/status.h"

namespace vanban {

// One word as read: its byte range in OcrPage::text, its box and its confidence.
struct OcrPageWord {
  Span span;
  Box box;
  float confidence = 0;  // 0..100
};

struct OcrPage {
  // Reading order: words joined by spaces, lines by "\n", paragraphs and blocks by "\n\n".
  std::string text;
  // In text order. Boxes are in pixels of the upright, deskewed page image, which has the
  // size of the input image (or its width and height swapped when turned by 90 or 270).
  std::vector<OcrPageWord> words;
  double mean_confidence = 0;  // mean of the word confidences, 0 when no word was read
  int rotation = 0;            // degrees clockwise the page was turned to stand upright
  double skew = 0;             // degrees the page was deskewed by
};

class OcrEngine {
 public:
  // Loads `language` (a Tesseract language: "vie", "vie+eng") and the orientation model.
  // Fails with internal "cannot load Tesseract language 'vie' (is tesseract-ocr-vie
  // installed?)" or the same for "osd" (tesseract-ocr-osd).
  static StatusOr<std::unique_ptr<OcrEngine>> Create(const std::string& language);
  ~OcrEngine();
  OcrEngine(const OcrEngine&) = delete;
  OcrEngine& operator=(const OcrEngine&) = delete;

  const std::string& language() const;

  // Reads one page. A page with no text gives an empty OcrPage. Fails with invalid_argument
  // for an empty image, internal when Tesseract fails.
  StatusOr<OcrPage> Read(const GrayImage& image);

 private:
  struct Apis;
  explicit OcrEngine(std::unique_ptr<Apis> apis);
  std::unique_ptr<Apis> apis_;
};

// The engine of this process for `language`, made on first use and kept until the process
// ends; later calls with another language replace it. Not for concurrent use: vanban reads
// pages on one thread per process (several processes read in parallel).
StatusOr<OcrEngine*> ProcessOcrEngine(const std::string& language);

}  // namespace vanban
