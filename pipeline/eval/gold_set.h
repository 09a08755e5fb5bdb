// A gold set on disk: documents with their hand-written `<id>.expected.json` beside them
// (format: ../shared/spec/ANNOTATION.md). Finds the pairs under a directory and reads and
// checks the gold files; scoring is pipeline/eval/eval.h.
#pragma once

#include <filesystem>
#include <nlohmann/json.hpp>
#include <vector>

#include "pipeline/status.h"

namespace vanban {

// A gold file and the documents it grades: every `<id>.<ext>` beside `<id>.expected.json`
// (txt, html, pdf, png, tif, jpg, …; any extension but .json), so one text kept as .txt and
// .pdf is graded twice. `documents` is empty when the gold has no document beside it.
struct GoldCase {
  std::filesystem::path gold;
  std::vector<std::filesystem::path> documents;
};

// Every gold file under `dir` (recursive), sorted by path. Fails with not_found when `dir`
// is not a directory, io_error when it cannot be listed. An empty vector when it holds no gold.
StatusOr<std::vector<GoldCase>> FindGoldCases(const std::filesystem::path& dir);

// The parsed gold file. Fails with io_error when it cannot be read, data_error when it is not
// JSON or does not have the shape CheckGoldShape wants; messages name the file.
StatusOr<nlohmann::json> ReadGold(const std::filesystem::path& path);

// Ok when `gold` is an object whose keys present have the types ANNOTATION.md gives
// (document fields strings or null, signer an object or null, references / obligations /
// deadlines arrays or null of objects, roles "lead" or "support"). Otherwise data_error naming
// the first bad path: "references[2].type: expected a string".
Status CheckGoldShape(const nlohmann::json& gold);

}  // namespace vanban
