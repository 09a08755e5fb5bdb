#include <fstream>
#include <sstream>

#include "pipeline/readers/reader.h"

namespace vanban {

// PLACEHOLDER: UTF-8 text only until the readers land.
StatusOr<Document> ReadDocumentBytes(std::string_view bytes, const std::string& path) {
  Document doc;
  doc.source.path = path;
  doc.source.media_type = "text/plain";
  doc.source.encoding = "utf-8";
  doc.source.size_bytes = bytes.size();
  doc.raw_text = std::string(bytes);
  doc.pages.push_back(Page{1, Span{0, bytes.size()}, "text", std::nullopt});
  return doc;
}

StatusOr<Document> ReadDocument(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return IoError(path.string() + ": cannot open");
  std::stringstream ss;
  ss << in.rdbuf();
  return ReadDocumentBytes(ss.str(), path.string());
}

}  // namespace vanban
