// `vanban cer PATH...`: reads images and PDFs the way ingest does (isolated workers, text
// layer or OCR per page) and compares the text read with a transcription beside each file.
#include <fstream>
#include <iostream>
#include <memory>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "cli/worker_flags.h"
#include "pipeline/eval/transcription.h"
#include "pipeline/worker/worker_pool.h"

namespace vanban {
namespace {

struct CerOptions {
  std::vector<std::string> paths;
  ReadOptions read;
  WorkerFlags workers;
  std::optional<double> max_cer;
};

constexpr const char* kFooter =
    "Pairing: X.<ext> is compared with the X.gt.txt beside it, X being the longest part of\n"
    "its name before a dot that has one (a.scan-300dpi.pdf: a.scan-300dpi.gt.txt, else\n"
    "a.gt.txt). Directories are searched recursively; files without a transcription there are\n"
    "skipped.\n"
    "Normalization, both sides: NFC, every run of white space (line breaks included) one\n"
    "space, none at the ends. Everything else counts: letters, tone marks, case, punctuation,\n"
    "reading order. CER = character edits (Levenshtein, code points) / characters of the\n"
    "transcription; WER the same over words. The total divides summed edits by summed length.\n"
    "Exit 0: all files read and the total CER within --max-cer; 1: a file could not be read or\n"
    "the total CER is above --max-cer; 2: bad arguments, a file without transcription, or no\n"
    "transcribed file found.";

StatusOr<std::string> ReadText(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return IoError(path.string() + ": cannot read");
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

int RunCer(const CerOptions& options) {
  std::vector<std::filesystem::path> paths(options.paths.begin(), options.paths.end());
  StatusOr<std::vector<TranscribedFile>> found = FindTranscribedFiles(paths);
  if (!found.ok()) {
    std::cerr << "vanban cer: " << found.status().message() << "\n";
    return 2;
  }
  if (found->empty()) {
    std::cerr << "vanban cer: no image or PDF with a .gt.txt transcription found\n";
    return 2;
  }
  std::vector<std::filesystem::path> sources;
  for (const TranscribedFile& file : *found) sources.push_back(file.source);
  std::vector<TranscriptionResult> results(sources.size());
  worker::WorkerPool pool(PoolOptionsFrom(options.workers, options.read));
  Status run = pool.ProcessAll(sources, [&](size_t i, ProcessResult processed) {
    TranscriptionResult& result = results[i];
    result.name = sources[i].string();
    if (!processed.doc) {
      result.failure = processed.failure
                           ? processed.failure->stage + ": " + processed.failure->status.ToString()
                           : "unknown failure";
      return Status::Ok();
    }
    StatusOr<std::string> reference = ReadText((*found)[i].transcription);
    if (!reference.ok()) {
      result.failure = reference.status().message();
      return Status::Ok();
    }
    result.pages = static_cast<int>(processed.doc->pages.size());
    result.errors = CompareWithReference(*reference, processed.doc->raw_text);
    return Status::Ok();
  });
  if (!run.ok()) {
    std::cerr << "vanban cer: " << run.ToString() << "\n";
    return 2;
  }
  std::cout << RenderErrorRateReport(results);
  bool failed = false;
  for (const TranscriptionResult& result : results) {
    if (result.failure.empty()) continue;
    std::cerr << "vanban cer: failed: " << result.name << ": " << result.failure << "\n";
    failed = true;
  }
  const double cer = TotalErrors(results).Cer();
  if (options.max_cer && cer > *options.max_cer) {
    std::cerr << "vanban cer: total CER " << cer << " > " << *options.max_cer << "\n";
    failed = true;
  }
  return failed ? 1 : 0;
}

}  // namespace

void AddCerCommand(CLI::App& app, CommandContext& ctx) {
  auto options = std::make_shared<CerOptions>();
  CLI::App* cmd = app.add_subcommand(
      "cer",
      "Character and word error rates of the text vanban reads from images and PDFs against\n"
      "their transcriptions (X.gt.txt beside X.png / X.pdf): one line per file and the total.");
  cmd->footer(kFooter);
  cmd->add_option("PATH", options->paths, "images, PDFs or directories")->required();
  cmd->add_option("--last-page", options->read.last_page,
                  "read pages 1..N only (for transcriptions of the first pages; default all)")
      ->check(CLI::PositiveNumber);
  cmd->add_option_function<double>(
         "--max-cer", [options](const double& value) { options->max_cer = value; },
         "exit 1 when the total CER (a fraction: 0.01 is 1%) is above this")
      ->check(CLI::Range(0.0, 1.0));
  AddReadFlags(*cmd, options->read);
  AddWorkerFlags(cmd, options->workers, /*with_jobs=*/true);
  cmd->callback([options, &ctx] { ctx.exit_code = RunCer(*options); });
}

}  // namespace vanban
