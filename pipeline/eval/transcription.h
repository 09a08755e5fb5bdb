// OCR text against a transcription: which source files have a transcription (`*.gt.txt`),
// their character and word error counts, and the CER/WER report of `vanban cer`.
// The edit distance itself is pipeline/eval/cer.h.
#pragma once

#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "pipeline/status.h"

namespace vanban {

// A source (image or PDF) and the transcription of what it shows.
struct TranscribedFile {
  std::filesystem::path source;
  std::filesystem::path transcription;
};

// The transcription of `source`: `<dir>/<prefix>.gt.txt` for the longest prefix of its file
// name that ends before a dot, so `a.scan-300dpi.pdf` pairs with `a.scan-300dpi.gt.txt`, else
// with `a.gt.txt`. Empty path when there is none.
// Example: TranscriptionOf("x/cv-5649-top.rot90.png") is "x/cv-5649-top.gt.txt" if that exists.
std::filesystem::path TranscriptionOf(const std::filesystem::path& source);

// Whether `path` names a kind of file OCR reads: .pdf, .png, .jpg, .jpeg, .tif, .tiff, .pnm,
// .pgm, .ppm, .pbm, .bmp, .webp (any case).
bool IsScanFile(const std::filesystem::path& path);

// The sources under `paths` with their transcriptions, sorted by source path. A file given
// by name must be a scan file with a transcription (else invalid_argument naming it); a
// directory is searched recursively and its scan files without a transcription are skipped.
// Fails with not_found when a path does not exist.
StatusOr<std::vector<TranscribedFile>> FindTranscribedFiles(
    const std::vector<std::filesystem::path>& paths);

// A text prepared for comparison: NFC, every run of white space (line breaks included) made
// one space, none at either end. OCR and transcription break lines differently; reading
// order, letters, marks and punctuation all count.
std::string NormalizeForErrorRate(std::string_view text);

// Edit counts of one text against its reference, both prepared by NormalizeForErrorRate:
// code points, and words (runs without white space).
struct TextErrors {
  size_t characters = 0;  // code points of the reference
  size_t character_edits = 0;
  size_t words = 0;  // words of the reference
  size_t word_edits = 0;

  // Edits per reference unit; 0 when the reference is empty.
  double Cer() const;
  double Wer() const;
  TextErrors& operator+=(const TextErrors& other);
};

// Example: CompareWithReference("Số 02", "S6  02") is {5, 1, 2, 1}.
TextErrors CompareWithReference(std::string_view reference, std::string_view hypothesis);

// Word-level Levenshtein distance between two texts split on ASCII white space.
size_t WordEditDistance(std::string_view reference, std::string_view hypothesis);

// One row of the report: a file, its pages read and its errors, or why it was not read.
struct TranscriptionResult {
  std::string name;
  int pages = 0;
  TextErrors errors;
  std::string failure;  // non-empty: the file could not be read; not in the total
};

// The report: one line per file (CER and WER in percent, reference characters and words,
// pages), then the total over the files read, whose rates are total edits over total
// reference units (a long page weighs more than a short one).
std::string RenderErrorRateReport(const std::vector<TranscriptionResult>& results);

// The sum of the errors of the files that were read.
TextErrors TotalErrors(const std::vector<TranscriptionResult>& results);

}  // namespace vanban
