#include "pipeline/eval/transcription.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <system_error>

#include "pipeline/eval/cer.h"
#include "pipeline/normalize/icu_text.h"

namespace vanban {
namespace {

namespace fs = std::filesystem;

constexpr std::string_view kTranscriptionSuffix = ".gt.txt";

std::vector<std::string_view> Words(std::string_view text) {
  std::vector<std::string_view> words;
  size_t pos = 0;
  while (pos < text.size()) {
    while (pos < text.size() && std::isspace(static_cast<unsigned char>(text[pos]))) ++pos;
    const size_t start = pos;
    while (pos < text.size() && !std::isspace(static_cast<unsigned char>(text[pos]))) ++pos;
    if (pos > start) words.push_back(text.substr(start, pos - start));
  }
  return words;
}

double Rate(size_t edits, size_t units) {
  return units == 0 ? 0.0 : static_cast<double>(edits) / static_cast<double>(units);
}

std::string Line(const char* format, auto... values) {
  char buffer[512];
  std::snprintf(buffer, sizeof buffer, format, values...);
  return buffer;
}

}  // namespace

fs::path TranscriptionOf(const fs::path& source) {
  const std::string name = source.filename().string();
  for (size_t dot = name.rfind('.'); dot != std::string::npos && dot > 0;
       dot = name.rfind('.', dot - 1)) {
    const fs::path candidate =
        source.parent_path() / (name.substr(0, dot) + std::string(kTranscriptionSuffix));
    std::error_code ec;
    if (fs::is_regular_file(candidate, ec)) return candidate;
  }
  return {};
}

bool IsScanFile(const fs::path& path) {
  std::string ext = path.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  static constexpr std::string_view kExtensions[] = {".pdf", ".png",  ".jpg", ".jpeg",
                                                     ".tif", ".tiff", ".pnm", ".pgm",
                                                     ".ppm", ".pbm",  ".bmp", ".webp"};
  return std::find(std::begin(kExtensions), std::end(kExtensions), ext) != std::end(kExtensions);
}

StatusOr<std::vector<TranscribedFile>> FindTranscribedFiles(const std::vector<fs::path>& paths) {
  std::vector<TranscribedFile> found;
  for (const fs::path& path : paths) {
    std::error_code ec;
    if (fs::is_directory(path, ec)) {
      for (fs::recursive_directory_iterator it(path, ec), end; !ec && it != end; it.increment(ec)) {
        if (!it->is_regular_file() || !IsScanFile(it->path())) continue;
        fs::path transcription = TranscriptionOf(it->path());
        if (!transcription.empty()) found.push_back({it->path(), std::move(transcription)});
      }
      if (ec) return IoError(path.string() + ": cannot list: " + ec.message());
    } else if (fs::exists(path, ec)) {
      if (!IsScanFile(path)) {
        return InvalidArgument(path.string() + ": not an image or PDF");
      }
      fs::path transcription = TranscriptionOf(path);
      if (transcription.empty()) {
        return InvalidArgument(path.string() + ": no transcription (" + path.stem().string() +
                               std::string(kTranscriptionSuffix) + ") beside it");
      }
      found.push_back({path, std::move(transcription)});
    } else {
      return NotFound(path.string() + ": no such file or directory");
    }
  }
  std::sort(found.begin(), found.end(),
            [](const TranscribedFile& a, const TranscribedFile& b) { return a.source < b.source; });
  return found;
}

std::string NormalizeForErrorRate(std::string_view text) {
  StatusOr<TextPass> composed = ComposeNfc(text);
  return CollapseWhitespace(composed.ok() ? std::string_view(composed->text) : text);
}

double TextErrors::Cer() const { return Rate(character_edits, characters); }
double TextErrors::Wer() const { return Rate(word_edits, words); }

TextErrors& TextErrors::operator+=(const TextErrors& other) {
  characters += other.characters;
  character_edits += other.character_edits;
  words += other.words;
  word_edits += other.word_edits;
  return *this;
}

size_t WordEditDistance(std::string_view reference, std::string_view hypothesis) {
  return SequenceEditDistance(Words(reference), Words(hypothesis));
}

TextErrors CompareWithReference(std::string_view reference, std::string_view hypothesis) {
  const std::string ref = NormalizeForErrorRate(reference);
  const std::string hyp = NormalizeForErrorRate(hypothesis);
  TextErrors errors;
  errors.characters = EditDistance(ref, "");
  errors.character_edits = EditDistance(ref, hyp);
  errors.words = Words(ref).size();
  errors.word_edits = WordEditDistance(ref, hyp);
  return errors;
}

TextErrors TotalErrors(const std::vector<TranscriptionResult>& results) {
  TextErrors total;
  for (const TranscriptionResult& result : results) {
    if (result.failure.empty()) total += result.errors;
  }
  return total;
}

std::string RenderErrorRateReport(const std::vector<TranscriptionResult>& results) {
  std::string out =
      Line("%8s %8s %8s %7s %5s  %s\n", "CER%", "WER%", "chars", "words", "pages", "file");
  int files = 0;
  int pages = 0;
  for (const TranscriptionResult& r : results) {
    if (!r.failure.empty()) {
      out += Line("%8s %8s %8s %7s %5s  %s: %s\n", "-", "-", "-", "-", "-", r.name.c_str(),
                  r.failure.c_str());
      continue;
    }
    ++files;
    pages += r.pages;
    out += Line("%8.2f %8.2f %8zu %7zu %5d  %s\n", 100 * r.errors.Cer(), 100 * r.errors.Wer(),
                r.errors.characters, r.errors.words, r.pages, r.name.c_str());
  }
  const TextErrors total = TotalErrors(results);
  out += Line("%8.2f %8.2f %8zu %7zu %5d  total of %d file(s)\n", 100 * total.Cer(),
              100 * total.Wer(), total.characters, total.words, pages, files);
  return out;
}

}  // namespace vanban
