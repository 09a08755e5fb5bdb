#include "pipeline/readers/paged_document.h"

#include <cstdio>
#include <utility>

#include "pipeline/ocr/column_order.h"

namespace vanban {
namespace {

bool IsTrailingSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

std::string_view TrimEnd(std::string_view text) {
  while (!text.empty() && IsTrailingSpace(text.back())) text.remove_suffix(1);
  return text;
}

}  // namespace

void AppendTextPage(Document& doc, int number, std::string_view text, std::string method) {
  text = TrimEnd(text);
  Page& page = doc.pages.emplace_back();
  page.number = number;
  page.method = std::move(method);
  page.raw = Span{doc.raw_text.size(), doc.raw_text.size() + text.size()};
  doc.raw_text.append(text);
  doc.raw_text += '\n';
}

void AppendOcrPage(Document& doc, int number, const OcrPage& ocr, int dpi) {
  const std::string_view text = TrimEnd(ocr.text);
  const size_t start = doc.raw_text.size();
  Page& page = doc.pages.emplace_back();
  page.number = number;
  page.method = "ocr";
  page.ocr_confidence = ocr.mean_confidence;
  page.dpi = dpi;
  page.raw = Span{start, start + text.size()};
  doc.raw_text.append(text);
  doc.raw_text += '\n';
  for (const OcrPageWord& w : ocr.words) {
    doc.words.push_back(
        OcrWord{number, Span{start + w.span.begin, start + w.span.end}, w.box, w.confidence});
  }
}

Status AppendPageByOcr(Document& doc, int number, const GrayImage& image,
                       const ReadOptions& options, std::string_view why) {
  StatusOr<OcrEngine*> engine = ProcessOcrEngine(options.ocr_language);
  if (!engine.ok()) return engine.status();
  StatusOr<OcrPage> page = (*engine)->Read(image);
  if (!page.ok()) {
    return Status(page.status().code(),
                  "page " + std::to_string(number) + ": " + page.status().message());
  }
  // The first page read holds the header; a later one may hold a table at its top.
  AppendOcrPage(doc, number, OrderColumnBands(std::move(*page), doc.pages.empty()), image.dpi);
  doc.Warn("read", "page_ocr",
           "page " + std::to_string(number) + " needed OCR (" + std::string(why) + ")");
  if (page->mean_confidence < kLowOcrConfidence) {
    char confidence[16];
    std::snprintf(confidence, sizeof(confidence), "%.0f", page->mean_confidence);
    doc.Warn("read", "low_ocr_confidence",
             "page " + std::to_string(number) + ": OCR confidence " + confidence);
  }
  return Status::Ok();
}

std::string PageMethods(const Document& doc) {
  std::string methods;
  for (const Page& page : doc.pages) {
    const std::string part = (methods.empty() ? "" : "+") + page.method;
    if (("+" + methods + "+").find("+" + page.method + "+") == std::string::npos) {
      methods += part;
    }
  }
  return methods;
}

StatusOr<PageRange> ResolvePageRange(const ReadOptions& options, int count, std::string_view what) {
  PageRange range{options.first_page < 1 ? 1 : options.first_page,
                  options.last_page == 0 || options.last_page > count ? count : options.last_page};
  if (range.first > count) {
    return InvalidArgument(std::string(what) + " has " + std::to_string(count) + " page" +
                           (count == 1 ? "" : "s") + "; page " + std::to_string(range.first) +
                           " was asked for");
  }
  if (range.last < range.first) {
    return InvalidArgument("page range " + std::to_string(options.first_page) + "-" +
                           std::to_string(options.last_page) + " is empty");
  }
  return range;
}

}  // namespace vanban
