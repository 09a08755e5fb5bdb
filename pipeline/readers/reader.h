// Readers: turn a source file's bytes into a Document (source, raw_text, pages). The reader
// is chosen by content (magic bytes, markup), the file extension only breaking ties. The
// reader table in readers.cc is the one place to add a format.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

#include "pipeline/document.h"
#include "pipeline/status.h"

namespace vanban {

// How sources are read. Defaults suit a batch of Vietnamese administrative documents.
struct ReadOptions {
  int dpi = 300;         // resolution at which PDF pages are rendered for OCR
  std::string password;  // for encrypted PDFs
  std::string ocr_language = "vie";
  // Pages to read from a paged source (PDF, multi-page TIFF), 1-based and inclusive;
  // last_page 0 means to the end. Lets workers share the pages of one large scan.
  int first_page = 1;
  int last_page = 0;
};

// Reads the file at `path`. On success the Document has source (path, sha256, media type,
// encoding, size), raw_text (UTF-8) and pages filled. Fails with io_error when the file
// cannot be read, unsupported when it is not a kind vanban reads (e.g. a binary file),
// data_error when it is of a known kind but unusable (empty, undecodable).
StatusOr<Document> ReadDocument(const std::filesystem::path& path, const ReadOptions& options = {});

// The same over bytes already in memory; `path` names the source in messages and records.
StatusOr<Document> ReadDocumentBytes(std::string_view bytes, const std::string& path,
                                     const ReadOptions& options = {});

}  // namespace vanban
