// The reader table: the one place to add a format. Each entry says how to recognise its
// format from the first bytes and how to read it; the file extension only breaks ties.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cctype>
#include <cerrno>
#include <cstring>

#include "pipeline/readers/html_reader.h"
#include "pipeline/readers/image_reader.h"
#include "pipeline/readers/pdf_reader.h"
#include "pipeline/readers/reader.h"
#include "pipeline/readers/text_decoding.h"
#include "pipeline/sha256.h"

namespace vanban {
namespace {

// How sure a reader is that the bytes are its format.
enum class Match {
  kNo,
  kFallback,  // could be (any text could be plain text)
  kLikely,    // markup of the format near the start
  kCertain,   // magic bytes
};

struct Reader {
  std::string_view name;
  std::string_view extensions;  // lower case, space separated: ".html .htm"
  Match (*sniff)(std::string_view bytes);
  // Fills media_type, encoding, raw_text and pages; ReadDocumentBytes fills the rest.
  StatusOr<Document> (*read)(std::string_view bytes, const ReadOptions& options);
};

bool StartsWith(std::string_view s, std::string_view prefix) {
  return s.substr(0, prefix.size()) == prefix;
}

Match Certain(bool yes) { return yes ? Match::kCertain : Match::kNo; }

Match SniffPdf(std::string_view b) {
  // The header may follow some junk; readers accept it within the first kilobyte.
  return Certain(b.substr(0, 1024).find("%PDF-") != std::string_view::npos);
}
Match SniffPng(std::string_view b) { return Certain(StartsWith(b, "\x89PNG\r\n\x1A\n")); }
Match SniffJpeg(std::string_view b) { return Certain(StartsWith(b, "\xFF\xD8\xFF")); }
Match SniffTiff(std::string_view b) {
  return Certain(StartsWith(b, std::string_view("II*\0", 4)) ||
                 StartsWith(b, std::string_view("MM\0*", 4)));
}
Match SniffHtml(std::string_view b) {
  if (LooksLikeHtml(b)) return Match::kLikely;
  return HasMarkup(b) ? Match::kFallback : Match::kNo;
}
Match SniffText(std::string_view) { return Match::kFallback; }

StatusOr<Document> ReadPng(std::string_view bytes, const ReadOptions& options) {
  return ReadImage(bytes, "image/png", options);
}
StatusOr<Document> ReadJpeg(std::string_view bytes, const ReadOptions& options) {
  return ReadImage(bytes, "image/jpeg", options);
}
StatusOr<Document> ReadTiff(std::string_view bytes, const ReadOptions& options) {
  return ReadImage(bytes, "image/tiff", options);
}
StatusOr<Document> ReadHtmlPage(std::string_view bytes, const ReadOptions&) {
  return ReadHtml(bytes);
}

StatusOr<Document> ReadText(std::string_view bytes, const ReadOptions&) {
  StatusOr<DecodedText> decoded = DecodeText(bytes);
  if (!decoded.ok()) return decoded.status();
  DecodedText text = RepairLegacyLetters(std::move(decoded).value());
  Document doc;
  doc.source.media_type = "text/plain";
  doc.source.encoding = std::move(text.encoding);
  doc.raw_text = std::move(text.text);
  doc.pages.push_back(Page{1, Span{0, doc.raw_text.size()}, "text", std::nullopt});
  return doc;
}

// Most specific first: on equal matches and extensions the earlier entry wins.
constexpr Reader kReaders[] = {
    {"pdf", ".pdf", SniffPdf, ReadPdf},
    {"png", ".png", SniffPng, ReadPng},
    {"jpeg", ".jpg .jpeg", SniffJpeg, ReadJpeg},
    {"tiff", ".tif .tiff", SniffTiff, ReadTiff},
    {"html", ".html .htm .xhtml", SniffHtml, ReadHtmlPage},
    {"text", ".txt .text", SniffText, ReadText},
};

std::string LowerExtension(const std::string& path) {
  std::string ext = std::filesystem::path(path).extension().string();
  for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return ext;
}

bool HasExtension(const Reader& reader, const std::string& ext) {
  if (ext.empty()) return false;
  std::string_view list = reader.extensions;
  while (!list.empty()) {
    const size_t space = list.find(' ');
    if (list.substr(0, space) == ext) return true;
    list.remove_prefix(space == std::string_view::npos ? list.size() : space + 1);
  }
  return false;
}

// The reader whose sniff is surest; among equals, the one the extension names.
const Reader& ChooseReader(std::string_view bytes, const std::string& path) {
  const std::string ext = LowerExtension(path);
  const Reader* best = nullptr;
  std::pair<Match, bool> best_rank{Match::kNo, false};
  for (const Reader& reader : kReaders) {
    const std::pair<Match, bool> rank{reader.sniff(bytes), HasExtension(reader, ext)};
    if (best == nullptr || rank > best_rank) {
      best = &reader;
      best_rank = rank;
    }
  }
  return *best;
}

// The whole file, or io_error with the operating system's reason.
StatusOr<std::string> ReadFileBytes(const std::filesystem::path& path) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return IoError(std::string("cannot open: ") + std::strerror(errno));
  std::string bytes;
  struct stat st;
  if (::fstat(fd, &st) == 0 && st.st_size > 0) bytes.reserve(static_cast<size_t>(st.st_size));
  char buffer[1 << 16];
  while (true) {
    const ssize_t n = ::read(fd, buffer, sizeof(buffer));
    if (n == 0) break;
    if (n < 0) {
      if (errno == EINTR) continue;
      const int error = errno;
      ::close(fd);
      return IoError(std::string("cannot read: ") + std::strerror(error));
    }
    bytes.append(buffer, static_cast<size_t>(n));
  }
  ::close(fd);
  return bytes;
}

}  // namespace

StatusOr<Document> ReadDocumentBytes(std::string_view bytes, const std::string& path,
                                     const ReadOptions& options) {
  StatusOr<Document> read = ChooseReader(bytes, path).read(bytes, options);
  if (!read.ok()) return read.status();
  StatusOr<std::string> sha256 = Sha256Hex(bytes);
  if (!sha256.ok()) return sha256.status();
  Document doc = std::move(read).value();
  doc.source.path = path;
  doc.source.sha256 = std::move(sha256).value();
  doc.source.size_bytes = bytes.size();
  return doc;
}

StatusOr<Document> ReadDocument(const std::filesystem::path& path, const ReadOptions& options) {
  StatusOr<std::string> bytes = ReadFileBytes(path);
  if (!bytes.ok()) return bytes.status();
  return ReadDocumentBytes(*bytes, path.string(), options);
}

}  // namespace vanban
