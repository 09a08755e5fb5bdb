// poppler-cpp turned into Status. Poppler returns null documents and pages and empty images
// on failure and prints its reasons through a debug callback; the last reason is kept here
// (per thread) so that a failure can say why.
#include "pipeline/readers/pdf_file.h"

#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-image.h>
#include <poppler-page-renderer.h>
#include <poppler-page.h>

#include <cstdint>
#include <cstring>
#include <exception>
#include <mutex>
#include <string_view>
#include <utility>

namespace vanban {
namespace {

constexpr int kMinDpi = 50;
constexpr int kMaxDpi = 1200;

thread_local std::string last_poppler_error;

// Poppler's messages read "error: Couldn't read xref table"; the prefix says nothing.
void KeepPopplerError(const std::string& message, void*) {
  constexpr std::string_view kPrefix = "error: ";
  last_poppler_error = message.starts_with(kPrefix) ? message.substr(kPrefix.size()) : message;
}

// Poppler's messages go to KeepPopplerError instead of stderr, from the first PDF on.
void CatchPopplerErrors() {
  static std::once_flag once;
  std::call_once(once, [] { poppler::set_debug_error_function(KeepPopplerError, nullptr); });
}

std::string PopplerReason() {
  return last_poppler_error.empty() ? "Poppler cannot open it" : last_poppler_error;
}

// Whether `page` has red marks (seals, stamps, red ink) that the red channel would drop:
// on a small colour preview, pixels whose red channel is much lighter than their
// luminance, on more than a few thousandths of the page.
bool HasRedInk(const poppler::page& page) {
  constexpr double kPreviewDpi = 24;
  constexpr int kRedOverLuminance = 60;  // of 255
  constexpr double kRedShare = 0.002;
  poppler::page_renderer renderer;
  renderer.set_image_format(poppler::image::format_argb32);
  const poppler::image preview = renderer.render_page(&page, kPreviewDpi, kPreviewDpi);
  if (!preview.is_valid() || preview.format() != poppler::image::format_argb32) return true;
  size_t red = 0;
  for (int y = 0; y < preview.height(); ++y) {
    const char* row = preview.const_data() + static_cast<size_t>(y) * preview.bytes_per_row();
    for (int x = 0; x < preview.width(); ++x) {
      uint32_t argb;
      std::memcpy(&argb, row + 4 * static_cast<size_t>(x), sizeof argb);
      const int r = (argb >> 16) & 0xff;
      const int g = (argb >> 8) & 0xff;
      const int b = argb & 0xff;
      // 0.7 R - 0.59 G - 0.11 B: the red channel minus the luminance (0.3 R + 0.59 G + 0.11 B).
      red += 70 * r - 59 * g - 11 * b > 100 * kRedOverLuminance;
    }
  }
  return red > kRedShare * preview.width() * preview.height();
}

}  // namespace

struct PdfFile::Impl {
  std::unique_ptr<poppler::document> doc;
};

PdfFile::PdfFile(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
PdfFile::PdfFile(PdfFile&&) noexcept = default;
PdfFile& PdfFile::operator=(PdfFile&&) noexcept = default;
PdfFile::~PdfFile() = default;

StatusOr<PdfFile> PdfFile::Open(std::string_view bytes, const std::string& password) {
  CatchPopplerErrors();
  last_poppler_error.clear();
  if (bytes.size() > static_cast<size_t>(INT32_MAX)) return DataError("PDF larger than 2 GiB");
  try {
    std::unique_ptr<poppler::document> doc(poppler::document::load_from_raw_data(
        bytes.data(), static_cast<int>(bytes.size()), password, password));
    if (!doc) return DataError("not a readable PDF: " + PopplerReason());
    if (doc->is_locked()) {
      if (password.empty()) return Unsupported("encrypted PDF: give --password");
      return InvalidArgument("encrypted PDF: the password given does not open it");
    }
    if (doc->pages() <= 0) return DataError("PDF has no pages");
    auto impl = std::make_unique<Impl>();
    impl->doc = std::move(doc);
    return PdfFile(std::move(impl));
  } catch (const std::exception& e) {
    return DataError(std::string("not a readable PDF: ") + e.what());
  }
}

int PdfFile::page_count() const { return impl_->doc->pages(); }

StatusOr<std::string> PdfFile::PageText(int number) const {
  if (number < 1 || number > page_count()) {
    return InvalidArgument("no page " + std::to_string(number));
  }
  try {
    std::unique_ptr<poppler::page> page(impl_->doc->create_page(number - 1));
    if (!page) return DataError("cannot read page " + std::to_string(number));
    poppler::byte_array utf8 =
        page->text(poppler::rectf(), poppler::page::raw_order_layout).to_utf8();
    return std::string(utf8.begin(), utf8.end());
  } catch (const std::exception& e) {
    return DataError("cannot read page " + std::to_string(number) + ": " + e.what());
  }
}

StatusOr<GrayImage> PdfFile::RenderPage(int number, int dpi) const {
  if (number < 1 || number > page_count()) {
    return InvalidArgument("no page " + std::to_string(number));
  }
  if (dpi < kMinDpi || dpi > kMaxDpi) {
    return InvalidArgument("dpi " + std::to_string(dpi) + " outside " + std::to_string(kMinDpi) +
                           ".." + std::to_string(kMaxDpi));
  }
  try {
    last_poppler_error.clear();
    std::unique_ptr<poppler::page> page(impl_->doc->create_page(number - 1));
    if (!page) return DataError("cannot read page " + std::to_string(number));
    // Most scanned pages hold no red at all: they are rendered straight to 8-bit gray, as
    // `pdftoppm -gray` does, at half the cost of rendering colour and picking a channel.
    const bool red = HasRedInk(*page);
    poppler::page_renderer renderer;
    renderer.set_image_format(red ? poppler::image::format_argb32 : poppler::image::format_gray8);
    renderer.set_render_hint(poppler::page_renderer::antialiasing, true);
    renderer.set_render_hint(poppler::page_renderer::text_antialiasing, true);
    const poppler::image rendered = renderer.render_page(page.get(), dpi, dpi);
    if (!rendered.is_valid() || rendered.format() != renderer.image_format()) {
      return DataError("cannot render page " + std::to_string(number) + ": " + PopplerReason());
    }
    GrayImage image;
    image.width = rendered.width();
    image.height = rendered.height();
    image.dpi = dpi;
    image.pixels.resize(static_cast<size_t>(image.width) * image.height);
    const char* rows = rendered.const_data();
    uint8_t* out = image.pixels.data();
    for (int y = 0; y < image.height; ++y) {
      const char* row = rows + static_cast<size_t>(y) * rendered.bytes_per_row();
      if (!red) {
        std::memcpy(out, row, static_cast<size_t>(image.width));
        out += image.width;
        continue;
      }
      // The red channel is the gray image: black and blue ink stay dark, red seals and
      // stamps over the signature block and the header turn light (red-ink dropout, as
      // scanners do).
      for (int x = 0; x < image.width; ++x) {
        uint32_t argb;  // 0xAARRGGBB in native byte order
        std::memcpy(&argb, row + 4 * static_cast<size_t>(x), sizeof argb);
        *out++ = static_cast<uint8_t>(argb >> 16);
      }
    }
    return image;
  } catch (const std::exception& e) {
    return DataError("cannot render page " + std::to_string(number) + ": " + e.what());
  }
}

}  // namespace vanban
