#include "pipeline/readers/page_decision.h"

#include <array>
#include <utility>

#include "pipeline/readers/text_decoding.h"
#include "pipeline/readers/vietnamese_score.h"
#include "pipeline/utf8.h"

namespace vanban {
namespace {

// How a Vietnamese digital signature stamp (VGCA and provincial CAs) labels its lines.
constexpr std::array<std::string_view, 8> kStampLabels = {
    "Ký bởi:",  "Người ký:", "Thời gian ký:", "Ngày ký:",
    "Cơ quan:", "Email:",    "Chức vụ:",      "Signed by:",
};

bool IsSpace(char32_t cp) {
  return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' || cp == '\v' ||
         cp == 0xA0 || (cp >= 0x2000 && cp <= 0x200B) || cp == 0x3000;
}

// A character a font without a Unicode map produces: the replacement character, private
// use code points, control characters.
bool IsWithoutUnicode(char32_t cp) {
  return cp == 0xFFFD || (cp >= 0xE000 && cp <= 0xF8FF) || cp >= 0xF0000 || cp < 0x20 ||
         (cp >= 0x7F && cp <= 0x9F);
}

// Digits, '.', '/', ':', '+', '-' and spaces only: a stamp's time ("17.01.2025 14:33:39",
// "+07:00"), a page number.
bool IsOnlyNumbers(std::string_view line) {
  for (char c : line) {
    if (!(c >= '0' && c <= '9') && c != '.' && c != '/' && c != ':' && c != '+' && c != '-' &&
        c != ' ' && c != '\t' && c != '\r') {
      return false;
    }
  }
  return true;
}

// A line of a digital signature stamp or of a gazette's receipt stamp ("TRUNG TÂM CÔNG BÁO
// VÀ TIN HỌC / ttcbth@quangngai.gov.vn / 17.01.2025 14:33:39 +07:00"): a labelled line, an
// e-mail address, a time. Such stamps are the only text layer of many scanned PDFs.
bool IsStampLine(std::string_view line) {
  while (!line.empty() && (line.front() == ' ' || line.front() == '\t')) line.remove_prefix(1);
  for (std::string_view label : kStampLabels) {
    if (line.substr(0, label.size()) == label) return true;
  }
  return line.find('@') != std::string_view::npos || IsOnlyNumbers(line);
}

struct Counts {
  int visible = 0;  // outside stamp lines
  int without_unicode = 0;
};

Counts CountCharacters(std::string_view text) {
  Counts counts;
  while (!text.empty()) {
    const size_t eol = text.find('\n');
    const std::string_view line = text.substr(0, eol);
    text.remove_prefix(eol == std::string_view::npos ? text.size() : eol + 1);
    if (IsStampLine(line)) continue;
    for (size_t pos = 0; pos < line.size();) {
      const char32_t cp = NextCodePoint(line, pos);
      if (IsSpace(cp)) continue;
      ++counts.visible;
      if (IsWithoutUnicode(cp)) ++counts.without_unicode;
    }
  }
  return counts;
}

PageDecision Ocr(std::string reason) { return {PageSource::kOcr, "", "ocr", std::move(reason)}; }

}  // namespace

PageDecision DecidePage(std::string_view layer) {
  const Counts counts = CountCharacters(layer);
  if (counts.visible < kMinVisibleChars) return Ocr("too little text");
  if (counts.without_unicode > kMaxBadShare * counts.visible) {
    return Ocr("glyphs without Unicode");
  }
  DecodedText repaired = RepairLegacyLetters(DecodedText{std::string(layer), "utf-8"});
  const bool converted = repaired.encoding != "utf-8";
  const VietnameseScore score = ScoreVietnamese(repaired.text);
  if (score.words >= kMinScoredWords && score.share() < kMinSyllableShare) {
    return Ocr("text layer does not read as Vietnamese (legacy font?)");
  }
  if (converted) return {PageSource::kLegacyLayer, std::move(repaired.text), "pdf-text-legacy", ""};
  return {PageSource::kTextLayer, std::move(repaired.text), "pdf-text", ""};
}

}  // namespace vanban
