#include "pipeline/readers/pdf_reader.h"

#include "pipeline/readers/page_decision.h"
#include "pipeline/readers/paged_document.h"
#include "pipeline/readers/pdf_file.h"

namespace vanban {

StatusOr<Document> ReadPdf(std::string_view bytes, const ReadOptions& options) {
  StatusOr<PdfFile> pdf = PdfFile::Open(bytes, options.password);
  if (!pdf.ok()) return pdf.status();
  StatusOr<PageRange> range = ResolvePageRange(options, pdf->page_count(), "the PDF");
  if (!range.ok()) return range.status();
  Document doc;
  doc.source.media_type = "application/pdf";
  for (int number = range->first; number <= range->last; ++number) {
    StatusOr<std::string> layer = pdf->PageText(number);
    if (!layer.ok()) return layer.status();
    PageDecision decision = DecidePage(*layer);
    if (decision.source != PageSource::kOcr) {
      AppendTextPage(doc, number, decision.text, std::move(decision.method));
      continue;
    }
    StatusOr<GrayImage> image = pdf->RenderPage(number, options.dpi);
    if (!image.ok()) return image.status();
    Status s = AppendPageByOcr(doc, number, *image, options, decision.reason);
    if (!s.ok()) return s;
  }
  doc.source.encoding = PageMethods(doc);
  return doc;
}

}  // namespace vanban
