#include "pipeline/readers/image_reader.h"

#include "pipeline/readers/image_file.h"
#include "pipeline/readers/paged_document.h"

namespace vanban {

StatusOr<Document> ReadImage(std::string_view bytes, std::string_view media_type,
                             const ReadOptions& options) {
  Document doc;
  doc.source.media_type = std::string(media_type);
  Status s = ForEachImagePage(bytes, options.first_page, options.last_page,
                              [&](int number, GrayImage image) {
                                return AppendPageByOcr(doc, number, image, options, "image");
                              });
  if (!s.ok()) return s;
  doc.source.encoding = PageMethods(doc);
  return doc;
}

}  // namespace vanban
