#include "pipeline/runner.h"

#include "pipeline/readers/reader.h"

namespace vanban {

ProcessResult ProcessFile(const std::filesystem::path& path, const ReadOptions& options) {
  ProcessResult result;
  StatusOr<Document> read = ReadDocument(path, options);
  if (!read.ok()) {
    result.failure = StageFailure{"read", read.status()};
    return result;
  }
  Document doc = std::move(read).value();
  result.sha256 = doc.source.sha256;
  if (auto failure = RunStages(doc)) {
    result.failure = std::move(failure);
    return result;
  }
  result.doc = std::move(doc);
  return result;
}

Status InProcessRunner::ProcessAll(const std::vector<std::filesystem::path>& files,
                                   const ResultSink& sink) {
  for (size_t i = 0; i < files.size(); ++i) {
    if (Status s = sink(i, ProcessFile(files[i], options_)); !s.ok()) return s;
  }
  return Status::Ok();
}

}  // namespace vanban
