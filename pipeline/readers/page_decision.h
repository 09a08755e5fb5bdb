// Whether a PDF page's text layer can be used as it is, converted from a legacy font, or
// whether the page must be read by OCR. A pure function of the layer's text: the caller
// reads the layer, decides, and renders the page only when told to.
#pragma once

#include <string>
#include <string_view>

namespace vanban {

enum class PageSource {
  kTextLayer,    // the layer reads as Unicode text: used as it is, no OCR
  kLegacyLayer,  // the layer is TCVN3/VNI letters seen through Windows-1252: converted
  kOcr,          // the layer is missing, too short or unreadable: the page needs OCR
};

struct PageDecision {
  PageSource source = PageSource::kOcr;
  std::string text;    // the text to use (converted for kLegacyLayer), empty for kOcr
  std::string method;  // Page::method: "pdf-text", "pdf-text-legacy" or "ocr"
  std::string reason;  // why OCR, for the page's warning: "too little text", ...; else ""
};

// Decides for one page's text layer (UTF-8). In order:
//   - lines of a digital signature stamp ("Ký bởi:", "Người ký:", "Thời gian ký:", ...),
//     lines with an e-mail address and lines of digits and time punctuation only (a gazette's
//     receipt stamp: "ttcbth@quangngai.gov.vn", "17.01.2025 14:33:39 +07:00") do not count;
//     fewer than kMinVisibleChars visible characters left -> kOcr, "too little text" (a scan
//     whose only layer is a page number or stamps);
//   - over kMaxBadShare of the visible characters without Unicode (U+FFFD, private use,
//     control characters) -> kOcr, "glyphs without Unicode";
//   - TCVN3 or VNI letters that RepairLegacyLetters converts -> kLegacyLayer;
//   - at least kMinScoredWords words with non-ASCII letters of which under kMinSyllableShare
//     are Vietnamese syllables -> kOcr, "text layer does not read as Vietnamese (legacy
//     font?)";
//   - otherwise kTextLayer.
// Example: DecidePage("QuyÕt ®Þnh vÒ viÖc ...") is kLegacyLayer with "Quyết định về việc ...".
PageDecision DecidePage(std::string_view layer);

inline constexpr int kMinVisibleChars = 40;
inline constexpr double kMaxBadShare = 0.05;
inline constexpr int kMinScoredWords = 10;
inline constexpr double kMinSyllableShare = 0.5;

}  // namespace vanban
