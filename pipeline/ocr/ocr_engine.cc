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

namespace vanban {
namespace {

// OSD reads a page at half resolution as well as at full, in a quarter of the time.
constexpr float kOsdScale = 0.5f;
// Below this OSD confidence a page is left as it is: turning an upright page is worse than
// leaving a turned one (Tesseract's OSD says about 10-20 on a full page of text).
constexpr float kMinOrientationConfidence = 5.0f;
// Leptonica's default skew search: binary reduction 2, sweep of +-7 degrees.
constexpr int kDeskewReduction = 2;

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
    OcrPage page;
    PixPtr pix = ToPix(image);
    if (!pix) return Internal("cannot allocate the page image");

    // Orientation: on a half-size copy; skipped when OSD finds too little text to judge.
    PixPtr small(pixScale(pix.get(), kOsdScale, kOsdScale));
    if (small) {
      if (image.dpi > 0) {
        const int small_dpi = static_cast<int>(std::lround(image.dpi * kOsdScale));
        pixSetResolution(small.get(), small_dpi, small_dpi);
      }
      apis_->osd.SetImage(small.get());
      int degrees = 0;
      float confidence = 0;
      const char* script = nullptr;
      float script_confidence = 0;
      if (apis_->osd.DetectOrientationScript(&degrees, &confidence, &script, &script_confidence) &&
          confidence >= kMinOrientationConfidence && degrees % 360 != 0) {
        // OSD gives the text's orientation; turning it back is the rest of a full turn.
        page.rotation = (360 - degrees % 360) % 360;
        PixPtr upright(pixRotateOrth(pix.get(), page.rotation / 90));
        if (upright) pix = std::move(upright);
      }
      apis_->osd.Clear();
    }

    // Skew: Leptonica rotates only when the angle is clear and above a tenth of a degree.
    l_float32 angle = 0;
    l_float32 skew_confidence = 0;
    PixPtr deskewed(pixFindSkewAndDeskew(pix.get(), kDeskewReduction, &angle, &skew_confidence));
    if (deskewed) {
      if (deskewed.get() != pix.get()) page.skew = angle;
      pix = std::move(deskewed);
    }

    tesseract::TessBaseAPI& api = apis_->ocr;
    api.SetImage(pix.get());
    if (image.dpi > 0) api.SetSourceResolution(image.dpi);
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
  } catch (const std::exception& e) {
    apis_->ocr.Clear();
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
