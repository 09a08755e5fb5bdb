// ocr_repair_report: character and word error rates of vanban's OCR of page images against
// their transcriptions, without and with the repair of misread Vietnamese words
// (pipeline/ocr/ocr_repair.h), and of a peer's text of the same images (e.g. the tesseract
// command). A measuring tool, not a test; bench/README.md gives the commands and results.
//   OMP_THREAD_LIMIT=1 ocr_repair_report [--peer DIR] [--show] [--out DIR] IMAGE[=TRUTH]...
// --show prints each repaired word with its confidence; --out writes each image's texts
// (<stem>.raw.txt, <stem>.repaired.txt) into DIR.
// TRUTH defaults to IMAGE with its extension replaced by ".gt.txt"; the peer's text of
// IMAGE is DIR/<IMAGE stem>.txt. Every text is compared after CollapseWhitespace (runs of
// white space, line breaks included, made one space; none at the ends), nothing else.
// Columns: "raw" is the OCR text as read (Document::raw_text), "repaired" the same after
// RepairOcrWords, "normalized" the whole normalization stage (Document::text), which also
// unifies quotes, dashes and tone-mark placement.
#include <algorithm>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "pipeline/document.h"
#include "pipeline/eval/cer.h"
#include "pipeline/normalize/normalize.h"
#include "pipeline/ocr/ocr_repair.h"
#include "pipeline/readers/reader.h"
#include "pipeline/utf8.h"

namespace {

namespace fs = std::filesystem;

std::optional<std::string> ReadFile(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

std::vector<std::string_view> Words(std::string_view collapsed) {
  std::vector<std::string_view> words;
  size_t begin = 0;
  while (begin < collapsed.size()) {
    size_t end = collapsed.find(' ', begin);
    if (end == std::string_view::npos) end = collapsed.size();
    words.push_back(collapsed.substr(begin, end - begin));
    begin = end + 1;
  }
  return words;
}

// Levenshtein distance over words.
size_t WordEdits(const std::vector<std::string_view>& ref,
                 const std::vector<std::string_view>& hyp) {
  std::vector<size_t> row(hyp.size() + 1);
  for (size_t j = 0; j <= hyp.size(); ++j) row[j] = j;
  for (size_t i = 1; i <= ref.size(); ++i) {
    size_t diagonal = row[0];
    row[0] = i;
    for (size_t j = 1; j <= hyp.size(); ++j) {
      const size_t best =
          std::min({diagonal + (ref[i - 1] == hyp[j - 1] ? 0 : 1), row[j] + 1, row[j - 1] + 1});
      diagonal = row[j];
      row[j] = best;
    }
  }
  return row[hyp.size()];
}

// Edits against the truth, summed over images: characters and words.
struct Tally {
  size_t chars = 0;
  size_t words = 0;
  bool any = false;
  void Add(const std::string& truth, const std::string& text) {
    const std::string hyp = vanban::CollapseWhitespace(text);
    chars += vanban::EditDistance(truth, hyp);
    words += WordEdits(Words(truth), Words(hyp));
    any = true;
  }
};

struct Row {
  std::string name;
  size_t truth_chars = 0;
  size_t truth_words = 0;
  Tally peer, raw, repaired, normalized;
};

std::string Rate(const Tally& t, size_t edits, size_t length) {
  if (!t.any || length == 0) return "-";
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.2f%%", 100.0 * edits / length);
  return buf;
}

void Print(const Row& r) {
  std::printf("%-34s %6zu %5zu | %8s %8s %8s %8s | %8s %8s %8s %8s\n", r.name.c_str(),
              r.truth_chars, r.truth_words, Rate(r.peer, r.peer.chars, r.truth_chars).c_str(),
              Rate(r.raw, r.raw.chars, r.truth_chars).c_str(),
              Rate(r.repaired, r.repaired.chars, r.truth_chars).c_str(),
              Rate(r.normalized, r.normalized.chars, r.truth_chars).c_str(),
              Rate(r.peer, r.peer.words, r.truth_words).c_str(),
              Rate(r.raw, r.raw.words, r.truth_words).c_str(),
              Rate(r.repaired, r.repaired.words, r.truth_words).c_str(),
              Rate(r.normalized, r.normalized.words, r.truth_words).c_str());
}

void AddTo(Tally& total, const Tally& t) {
  total.chars += t.chars;
  total.words += t.words;
  total.any = total.any || t.any;
}

// Prints each word the repair changed, with its confidence.
void ShowRepairs(const vanban::Document& doc, const vanban::TextPass& repaired) {
  for (const vanban::OcrWord& word : doc.words) {
    const std::string_view before(doc.raw_text.data() + word.raw.begin,
                                  word.raw.end - word.raw.begin);
    // The repaired text of a word: the derived range whose source is inside the word.
    size_t begin = std::string::npos;
    size_t end = 0;
    for (const vanban::OffsetMap::Piece& piece : repaired.map.pieces()) {
      if (piece.copy || piece.raw_begin < word.raw.begin || piece.raw_begin >= word.raw.end) {
        continue;
      }
      begin = std::min(begin, piece.derived_begin);
      end = std::max(end, piece.derived_begin + piece.derived_len);
    }
    if (begin == std::string::npos) continue;
    std::printf("  %5.1f  %s -> %s\n", word.confidence, std::string(before).c_str(),
                repaired.text.substr(begin, end - begin).c_str());
  }
}

}  // namespace

int main(int argc, char** argv) {
  std::optional<fs::path> peer_dir;
  bool show = false;
  std::optional<fs::path> out_dir;
  std::vector<std::string> inputs;
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--peer") == 0 && i + 1 < argc) {
      peer_dir = argv[++i];
    } else if (std::strcmp(argv[i], "--out") == 0 && i + 1 < argc) {
      out_dir = argv[++i];
    } else if (std::strcmp(argv[i], "--show") == 0) {
      show = true;
    } else {
      inputs.emplace_back(argv[i]);
    }
  }
  if (inputs.empty()) {
    std::fprintf(stderr,
                 "usage: OMP_THREAD_LIMIT=1 ocr_repair_report [--peer DIR] [--show] [--out DIR] "
                 "IMAGE[=TRUTH]...\n");
    return 2;
  }
  std::printf("%-34s %6s %5s | %8s %8s %8s %8s | %8s %8s %8s %8s\n", "", "chars", "words",
              "CER peer", "raw", "repaired", "normal.", "WER peer", "raw", "repaired", "normal.");
  Row total;
  total.name = "TOTAL";
  int failures = 0;
  for (const std::string& input : inputs) {
    const size_t eq = input.find('=');
    const fs::path image = input.substr(0, eq);
    const fs::path truth_path = eq == std::string::npos
                                    ? fs::path(image).replace_extension(".gt.txt")
                                    : fs::path(input.substr(eq + 1));
    const std::optional<std::string> truth_text = ReadFile(truth_path);
    if (!truth_text) {
      std::fprintf(stderr, "%s: cannot read the transcription\n", truth_path.c_str());
      ++failures;
      continue;
    }
    vanban::StatusOr<vanban::Document> doc = vanban::ReadDocument(image);
    if (!doc.ok()) {
      std::fprintf(stderr, "%s: %s\n", image.c_str(), doc.status().ToString().c_str());
      ++failures;
      continue;
    }
    Row row;
    row.name = image.stem().string();
    const std::string truth = vanban::CollapseWhitespace(*truth_text);
    row.truth_chars = vanban::CountCodePoints(truth);
    row.truth_words = Words(truth).size();
    if (peer_dir) {
      if (std::optional<std::string> peer = ReadFile(*peer_dir / (row.name + ".txt"))) {
        row.peer.Add(truth, *peer);
      }
    }
    row.raw.Add(truth, doc->raw_text);
    const vanban::TextPass repaired = vanban::RepairOcrWords(doc->raw_text, doc->words);
    row.repaired.Add(truth, repaired.text);
    if (out_dir) {
      std::ofstream(*out_dir / (row.name + ".raw.txt"), std::ios::binary) << doc->raw_text;
      std::ofstream(*out_dir / (row.name + ".repaired.txt"), std::ios::binary) << repaired.text;
    }
    if (vanban::Normalize(*doc).ok()) row.normalized.Add(truth, doc->text);
    Print(row);
    if (show) ShowRepairs(*doc, repaired);
    total.truth_chars += row.truth_chars;
    total.truth_words += row.truth_words;
    AddTo(total.peer, row.peer);
    AddTo(total.raw, row.raw);
    AddTo(total.repaired, row.repaired);
    AddTo(total.normalized, row.normalized);
  }
  Print(total);
  return failures == 0 ? 0 : 1;
}
