// Tesseract and the Leptonica transforms OCR needs (rotation, deskew), turned into Status.
// Tesseract reports failure by return codes and prints its messages; exceptions from it (a
// std::bad_alloc) are caught here so none crosses the reading stage.
#include "pipeline/ocr/ocr_engine.h"

#include <leptonica/allheaders.h>
#include <tesseract/baseapi.h>
#include <tesseract/resultiterator.h>

#include <cmath>
#include <cstring>
#include <exception>
#include <utility>

#include "pipeline/utf8.h"

namespace vanban {
namespace {

// OSD reads a page at half resolution as well as at full, in a quarter of the time.
constexpr float kOsdScale = 0.5f;
// Below this OSD confidence a page is left as it is: turning an upright page is worse than
// leaving a turned one (Tesseract's OSD says about 10-20 on a full page of text).
constexpr float kMinOrientationConfidence = 5.0f;
// Leptonica's default skew search: binary reduction 2, sweep of +-7 degrees.
constexpr int kDeskewReduction = 2;
// Orientation is checked (OSD, 0.3 s on a 300 dpi page: a third of its reading) only when the
// page as given reads badly. Upright pages, real scans included, read at a mean word
// confidence of 85-95; upside down the same pages read as garbage at 40-50.
constexpr double kUprightConfidence = 65;
// Words of this many letters or more are wider than tall when their line runs across.
constexpr size_t kShapeLetters = 4;
// A sideways reading is replaced by the turned page's unless that one reads this much worse.
constexpr double kSidewaysSlack = 5;

struct PixDeleter {
  void operator()(Pix* pix) const { pixDestroy(&pix); }
};
using PixPtr = std::unique_ptr<Pix, PixDeleter>;

// An 8 bpp Pix holding `image`. Leptonica keeps bytes in big-endian order inside 32-bit
// words, so rows are copied as they are and the words swapped once.
PixPtr ToPix(const GrayImage& image) {
  PixPtr pix(pixCreate(image.width, image.height, 8));
  if (!pix) return nullptr;
  if (image.dpi > 0) pixSetResolution(pix.get(), image.dpi, image.dpi);
  l_uint32* data = pixGetData(pix.get());
  const int wpl = pixGetWpl(pix.get());
  for (int y = 0; y < image.height; ++y) {
    std::memcpy(data + static_cast<size_t>(y) * wpl,
                image.pixels.data() + static_cast<size_t>(y) * image.width, image.width);
  }
  pixEndianByteSwap(pix.get());
  return pix;
}

Status CannotLoad(const std::string& language, const std::string& package) {
  return Internal("cannot load Tesseract language '" + language + "' (is " + package +
                  " installed?)");
}

// Deskews `pix` (Leptonica rotates only when the angle is clear and above a tenth of a
// degree) and reads it with `api`, whose page segmentation is the command's default (psm 3).
StatusOr<OcrPage> DeskewAndRecognize(tesseract::TessBaseAPI& api, Pix* pix, int dpi) {
  OcrPage page;
  l_float32 angle = 0;
  l_float32 skew_confidence = 0;
  PixPtr deskewed(pixFindSkewAndDeskew(pix, kDeskewReduction, &angle, &skew_confidence));
  if (deskewed && deskewed.get() != pix) page.skew = angle;
  api.SetImage(deskewed ? deskewed.get() : pix);
  if (dpi > 0) api.SetSourceResolution(dpi);
  if (api.Recognize(nullptr) != 0) {
    api.Clear();
    return Internal("Tesseract could not read the page");
  }
  std::unique_ptr<tesseract::ResultIterator> it(api.GetIterator());
  double confidence_sum = 0;
  constexpr auto kWord = tesseract::RIL_WORD;
  if (it) {
    do {
      if (it->Empty(kWord)) continue;
      std::unique_ptr<char[]> word(it->GetUTF8Text(kWord));
      if (!word || word[0] == '\0') continue;
      if (!page.text.empty()) {
        if (it->IsAtBeginningOf(tesseract::RIL_PARA)) {
          page.text += "\n\n";
        } else if (it->IsAtBeginningOf(tesseract::RIL_TEXTLINE)) {
          page.text += '\n';
        } else {
          page.text += ' ';
        }
      }
      OcrPageWord& w = page.words.emplace_back();
      w.span.begin = page.text.size();
      page.text += word.get();
      w.span.end = page.text.size();
      it->BoundingBox(kWord, &w.box.x0, &w.box.y0, &w.box.x1, &w.box.y1);
      w.confidence = it->Confidence(kWord);
      confidence_sum += w.confidence;
    } while (it->Next(kWord));
  }
  it.reset();
  api.Clear();
  if (!page.words.empty()) page.mean_confidence = confidence_sum / page.words.size();
  return page;
}

// Whether most words long enough to tell are taller than wide: Tesseract found the lines
// running down the page and read them turned, with their boxes in the sideways page.
bool ReadSideways(const OcrPage& page) {
  int tall = 0;
  int wide = 0;
  for (const OcrPageWord& w : page.words) {
    if (CountCodePoints(std::string_view(page.text).substr(w.span.begin, w.span.size())) <
        kShapeLetters) {
      continue;
    }
    (w.box.y1 - w.box.y0 > w.box.x1 - w.box.x0 ? tall : wide) += 1;
  }
  return tall > wide;
}

// Whether the page may not stand upright: read with low confidence (upside down, it reads
// as garbage at 40-50) or sideways. A page without words has nothing to judge by.
bool MayBeTurned(const OcrPage& page) {
  if (page.words.empty()) return false;
  return page.mean_confidence < kUprightConfidence || ReadSideways(page);
}

// Degrees clockwise that turn `pix` upright by Tesseract's OSD model on a half-size copy, or
// 0 when OSD finds too little text to be sure.
int DetectRotation(tesseract::TessBaseAPI& osd, Pix* pix, int dpi) {
  PixPtr small(pixScale(pix, kOsdScale, kOsdScale));
  if (!small) return 0;
  if (dpi > 0) {
    const int small_dpi = static_cast<int>(std::lround(dpi * kOsdScale));
    pixSetResolution(small.get(), small_dpi, small_dpi);
  }
  osd.SetImage(small.get());
  int degrees = 0;
  float confidence = 0;
  const char* script = nullptr;
  float script_confidence = 0;
  const bool found =
      osd.DetectOrientationScript(&degrees, &confidence, &script, &script_confidence);
  osd.Clear();
  if (!found || confidence < kMinOrientationConfidence) return 0;
  // OSD gives the text's orientation; turning it back is the rest of a full turn.
  return (360 - degrees % 360) % 360;
}

}  // namespace

struct OcrEngine::Apis {
  std::string language;
  tesseract::TessBaseAPI ocr;
  tesseract::TessBaseAPI osd;
};

OcrEngine::OcrEngine(std::unique_ptr<Apis> apis) : apis_(std::move(apis)) {}

OcrEngine::~OcrEngine() {
  if (!apis_) return;
  apis_->ocr.End();
  apis_->osd.End();
}

const std::string& OcrEngine::language() const { return apis_->language; }

StatusOr<std::unique_ptr<OcrEngine>> OcrEngine::Create(const std::string& language) {
  try {
    auto apis = std::make_unique<Apis>();
    apis->language = language;
    // Tesseract prints its notes ("Detected 12 diacritics") to stderr unless told otherwise.
    apis->ocr.SetVariable("debug_file", "/dev/null");
    apis->osd.SetVariable("debug_file", "/dev/null");
    // Leptonica, under both, warns on stderr too ("max found at sweep edge" when searching
    // the skew); what matters comes back as values.
    setMsgSeverity(L_SEVERITY_NONE);
    if (apis->ocr.Init(nullptr, language.c_str(), tesseract::OEM_DEFAULT) != 0) {
      return CannotLoad(language, "tesseract-ocr-" + language);
    }
    apis->ocr.SetPageSegMode(tesseract::PSM_AUTO);
    if (apis->osd.Init(nullptr, "osd", tesseract::OEM_TESSERACT_ONLY) != 0) {
      return CannotLoad("osd", "tesseract-ocr-osd");
    }
    apis->osd.SetPageSegMode(tesseract::PSM_OSD_ONLY);
    return std::unique_ptr<OcrEngine>(new OcrEngine(std::move(apis)));
  } catch (const std::exception& e) {
    return Internal(std::string("Tesseract failed to start: ") + e.what());
  }
}

StatusOr<OcrPage> OcrEngine::Read(const GrayImage& image) {
  if (image.empty() ||
      image.pixels.size() != static_cast<size_t>(image.width) * static_cast<size_t>(image.height)) {
    return InvalidArgument("empty or inconsistent page image");
  }
  try {
    PixPtr pix = ToPix(image);
    if (!pix) return Internal("cannot allocate the page image");
    StatusOr<OcrPage> page = DeskewAndRecognize(apis_->ocr, pix.get(), image.dpi);
    if (!page.ok() || !MayBeTurned(*page)) return page;

    const int rotation = DetectRotation(apis_->osd, pix.get(), image.dpi);
    if (rotation == 0) return page;
    PixPtr upright(pixRotateOrth(pix.get(), rotation / 90));
    if (!upright) return page;
    StatusOr<OcrPage> turned = DeskewAndRecognize(apis_->ocr, upright.get(), image.dpi);
    if (!turned.ok()) return turned;
    turned->rotation = rotation;
    // Text read sideways has its boxes in the sideways page: the turned reading replaces it
    // unless it reads clearly worse; otherwise the better reading stays.
    const double needed =
        ReadSideways(*page) ? page->mean_confidence - kSidewaysSlack : page->mean_confidence;
    return turned->mean_confidence >= needed ? turned : page;
  } catch (const std::exception& e) {
    apis_->ocr.Clear();
    apis_->osd.Clear();
    return Internal(std::string("Tesseract failed: ") + e.what());
  }
}

StatusOr<OcrEngine*> ProcessOcrEngine(const std::string& language) {
  // Kept until exit on purpose: freeing Tesseract's models at exit only costs time.
  static std::unique_ptr<OcrEngine>* engine = new std::unique_ptr<OcrEngine>();
  if (*engine && (*engine)->language() == language) return engine->get();
  engine->reset();
  StatusOr<std::unique_ptr<OcrEngine>> made = OcrEngine::Create(language);
  if (!made.ok()) return made.status();
  *engine = std::move(made).value();
  return engine->get();
}

}  // namespace vanban
