// Leptonica's readers turned into Status: they return null and print their reason, which is
// silenced here (the Status says what failed).
#include "pipeline/readers/image_file.h"

#include <leptonica/allheaders.h>

#include <algorithm>
#include <cstring>
#include <memory>
#include <mutex>
#include <string>

namespace vanban {
namespace {

struct PixDeleter {
  void operator()(Pix* pix) const { pixDestroy(&pix); }
};
using PixPtr = std::unique_ptr<Pix, PixDeleter>;

void SilenceLeptonica() {
  static std::once_flag once;
  std::call_once(once, [] { setMsgSeverity(L_SEVERITY_NONE); });
}

const char* FormatName(l_int32 format) {
  switch (format) {
    case IFF_PNG:
      return "PNG";
    case IFF_JFIF_JPEG:
      return "JPEG";
    default:
      return "TIFF";
  }
}

bool IsTiff(l_int32 format) {
  switch (format) {
    case IFF_TIFF:
    case IFF_TIFF_PACKBITS:
    case IFF_TIFF_RLE:
    case IFF_TIFF_G3:
    case IFF_TIFF_G4:
    case IFF_TIFF_LZW:
    case IFF_TIFF_ZIP:
    case IFF_TIFF_JPEG:
      return true;
    default:
      return false;
  }
}

// `pix` (any depth, colormap or alpha) as 8-bit gray pixels, transparency on white. A colour
// image gives its red channel, so red seals fade and black or blue ink stays dark.
StatusOr<GrayImage> ToGray(PixPtr pix) {
  if (pixGetColormap(pix.get())) {
    PixPtr full(pixRemoveColormap(pix.get(), REMOVE_CMAP_BASED_ON_SRC));
    if (full) pix = std::move(full);
  }
  if (pixGetSpp(pix.get()) == 4) {
    PixPtr flat(pixAlphaBlendUniform(pix.get(), 0xffffff00));
    if (flat) pix = std::move(flat);
  }
  PixPtr gray(pixGetDepth(pix.get()) == 32 ? pixGetRGBComponent(pix.get(), COLOR_RED)
                                           : pixConvertTo8(pix.get(), 0));
  if (!gray) return DataError("cannot convert the image to gray");
  GrayImage image;
  image.width = static_cast<int>(pixGetWidth(gray.get()));
  image.height = static_cast<int>(pixGetHeight(gray.get()));
  image.dpi = static_cast<int>(pixGetXRes(pix.get()));
  // Leptonica keeps bytes big-endian inside 32-bit words: swap once, then copy rows.
  pixEndianByteSwap(gray.get());
  const l_uint32* data = pixGetData(gray.get());
  const int wpl = pixGetWpl(gray.get());
  image.pixels.resize(static_cast<size_t>(image.width) * image.height);
  for (int y = 0; y < image.height; ++y) {
    std::memcpy(image.pixels.data() + static_cast<size_t>(y) * image.width,
                data + static_cast<size_t>(y) * wpl, image.width);
  }
  return image;
}

}  // namespace

Status ForEachImagePage(std::string_view bytes, int first_page, int last_page,
                        const std::function<Status(int number, GrayImage image)>& visit) {
  SilenceLeptonica();
  const auto* data = reinterpret_cast<const l_uint8*>(bytes.data());
  // Leptonica sniffs the first 12 bytes; a shorter file is padded for the sniff.
  l_uint8 head[12] = {};
  std::memcpy(head, data, std::min(bytes.size(), sizeof(head)));
  l_int32 format = IFF_UNKNOWN;
  if (findFileFormatBuffer(head, &format) != 0 ||
      (format != IFF_PNG && format != IFF_JFIF_JPEG && !IsTiff(format))) {
    return Unsupported("not a PNG, JPEG or TIFF image");
  }
  first_page = std::max(first_page, 1);
  if (!IsTiff(format)) {
    if (first_page > 1) {
      return InvalidArgument("the image has 1 page; page " + std::to_string(first_page) +
                             " was asked for");
    }
    PixPtr pix(pixReadMem(data, bytes.size()));
    if (!pix) return DataError(std::string("cannot decode the ") + FormatName(format) + " image");
    StatusOr<GrayImage> gray = ToGray(std::move(pix));
    if (!gray.ok()) return gray.status();
    return visit(1, std::move(gray).value());
  }
  // A multi-page TIFF is read page by page; `offset` moves to the next page, 0 after the last.
  size_t offset = 0;
  int number = 0;
  do {
    ++number;
    PixPtr pix(pixReadMemFromMultipageTiff(data, bytes.size(), &offset));
    if (!pix) {
      return DataError("cannot decode page " + std::to_string(number) + " of the TIFF image");
    }
    if (number < first_page) continue;
    StatusOr<GrayImage> gray = ToGray(std::move(pix));
    if (!gray.ok()) return gray.status();
    Status s = visit(number, std::move(gray).value());
    if (!s.ok()) return s;
  } while (offset != 0 && (last_page == 0 || number < last_page));
  if (number < first_page) {
    return InvalidArgument("the image has " + std::to_string(number) + " page" +
                           (number == 1 ? "" : "s") + "; page " + std::to_string(first_page) +
                           " was asked for");
  }
  return Status::Ok();
}

}  // namespace vanban
