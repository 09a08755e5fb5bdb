// `vanban eval DIR...`: runs the pipeline on every document under the DIRs that has a gold
// file beside it, scores the records against the gold (pipeline/eval/) and checks the floors.
#include <algorithm>
#include <exception>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "cli/worker_flags.h"
#include "pipeline/eval/eval.h"
#include "pipeline/eval/gold_set.h"
#include "pipeline/eval/report.h"
#include "pipeline/export/record.h"
#include "pipeline/runner.h"
#include "pipeline/worker/worker_pool.h"

namespace vanban {
namespace {

struct EvalOptions {
  std::vector<std::string> dirs;
  bool per_document = false;
  bool json = false;
  ReadOptions read;
  Floors floors;
  WorkerFlags workers;
};

constexpr const char* kFooter =
    "Matching: texts equal after NFC, case, tone marks, quotes, v/v, spaces, final punctuation "
    "folded;\n"
    "references by type + number runs (đ = d) or title; agency names within 3 extra words; "
    "1-to-1.\n"
    "The full rules: ANNOTATION.md, section \"Matching\".\n"
    "Exit 0: every floor met; 1: a floor not met or a document failed in the pipeline (it counts\n"
    "as all wrong); 2: a DIR missing or without gold file, or a gold file not valid JSON.";

// The result of one document: its record compared, or the failure as all wrong.
DocumentResult EvaluateFile(const nlohmann::json& gold, const std::filesystem::path& path,
                            const ProcessResult& processed) {
  DocumentResult result;
  if (processed.doc) {
    try {
      const nlohmann::json record = ToRecord(*processed.doc);
      result = EvaluateDocument(gold, &record);
    } catch (const std::exception& e) {
      result = EvaluateDocument(gold, nullptr);
      result.failure = std::string("export: internal: ") + e.what();
    }
  } else {
    result = EvaluateDocument(gold, nullptr);
    result.failure = processed.failure
                         ? processed.failure->stage + ": " + processed.failure->status.ToString()
                         : "unknown failure";
  }
  result.name = path.string();
  return result;
}

int RunEval(const EvalOptions& options) {
  std::vector<GoldCase> cases;
  for (const std::string& dir : options.dirs) {
    StatusOr<std::vector<GoldCase>> found = FindGoldCases(dir);
    if (!found.ok()) {
      std::cerr << "vanban eval: " << found.status().message() << "\n";
      return 2;
    }
    if (found->empty()) {
      std::cerr << "vanban eval: " << dir << ": no *.expected.json file under it\n";
      return 2;
    }
    for (GoldCase& gold_case : *found) cases.push_back(std::move(gold_case));
  }
  std::vector<nlohmann::json> golds;
  for (const GoldCase& gold_case : cases) {
    StatusOr<nlohmann::json> gold = ReadGold(gold_case.gold);
    if (!gold.ok()) {
      std::cerr << "vanban eval: " << gold.status().message() << "\n";
      return 2;
    }
    golds.push_back(std::move(gold).value());
  }
  // Documents are read in worker processes and scored here as they finish; the report
  // keeps them in gold order whatever order they finished in.
  std::vector<std::optional<DocumentResult>> results;
  std::vector<std::filesystem::path> files;
  std::vector<size_t> gold_of_file;
  std::vector<size_t> result_of_file;
  for (size_t i = 0; i < cases.size(); ++i) {
    const GoldCase& gold_case = cases[i];
    if (gold_case.documents.empty()) {
      DocumentResult missing = EvaluateDocument(golds[i], nullptr);
      missing.name = gold_case.gold.string();
      missing.failure = "read: no document beside the gold file";
      results.push_back(std::move(missing));
    }
    for (const auto& path : gold_case.documents) {
      files.push_back(path);
      gold_of_file.push_back(i);
      result_of_file.push_back(results.size());
      results.emplace_back();
    }
  }
  worker::WorkerPool pool(PoolOptionsFrom(options.workers, options.read));
  Status run = pool.ProcessAll(files, [&](size_t index, ProcessResult processed) {
    results[result_of_file[index]] =
        EvaluateFile(golds[gold_of_file[index]], files[index], processed);
    return Status::Ok();
  });
  if (!run.ok()) {
    std::cerr << "vanban eval: " << run.ToString() << "\n";
    return 2;
  }
  std::vector<DocumentResult> scored;
  for (std::optional<DocumentResult>& result : results) scored.push_back(std::move(*result));
  const SetResult set = Summarize(std::move(scored));
  if (options.json) {
    std::cout << RenderJson(set, options.per_document)
                     .dump(2, ' ', false, nlohmann::json::error_handler_t::replace)
              << "\n";
  } else {
    std::cout << RenderText(set, options.per_document);
  }
  for (const DocumentResult& doc : set.documents) {
    if (doc.failure)
      std::cerr << "vanban eval: failed: " << doc.name << ": " << *doc.failure << "\n";
  }
  const std::vector<std::string> below = BelowFloors(set, options.floors);
  for (const std::string& line : below) std::cerr << "vanban eval: below floor: " << line << "\n";
  return below.empty() && set.failed == 0 ? 0 : 1;
}

}  // namespace

void AddEvalCommand(CLI::App& app, CommandContext& ctx) {
  auto options = std::make_shared<EvalOptions>();
  CLI::App* cmd = app.add_subcommand(
      "eval",
      "Score the pipeline against gold files: every document under each DIR (recursive) with\n"
      "an <id>.expected.json beside it is processed and its record compared field by field;\n"
      "the scores are over all the DIRs together.");
  cmd->footer(kFooter);
  cmd->add_option("DIR", options->dirs, "directories of documents and their gold files")
      ->required();
  cmd->add_flag("--per-doc", options->per_document, "also print each document's differences");
  cmd->add_flag("--json", options->json, "print the report as JSON");
  AddReadFlags(*cmd, options->read);
  const auto add_floor = [&](const std::string& flag, std::optional<double>& floor,
                             const std::string& what) {
    cmd->add_option_function<double>(
           flag, [&floor](const double& value) { floor = value; },
           "exit 1 when " + what + " is below this")
        ->check(CLI::Range(0.0, 1.0));
  };
  Floors& floors = options->floors;
  add_floor("--min-field-accuracy", floors.field_accuracy, "the accuracy of any document field");
  cmd->add_option_function<std::vector<std::string>>(
         "--min-accuracy",
         [&floors](const std::vector<std::string>& values) {
           for (const std::string& value : values) {
             const size_t eq = value.find('=');
             const std::string field = value.substr(0, eq);
             const auto& fields = DocumentFields();
             if (eq == std::string::npos ||
                 std::find(fields.begin(), fields.end(), field) == fields.end()) {
               throw CLI::ValidationError("--min-accuracy",
                                          value +
                                              ": expected FIELD=SCORE with FIELD as the "
                                              "report names it (document.type, ...)");
             }
             double score = 0;
             if (!CLI::detail::lexical_cast(value.substr(eq + 1), score) || score < 0 ||
                 score > 1) {
               throw CLI::ValidationError("--min-accuracy", value + ": SCORE must be in 0..1");
             }
             floors.accuracy_of_field[field] = score;
           }
         },
         "FIELD=SCORE: exit 1 when that field's accuracy is below SCORE (replaces "
         "--min-field-accuracy for it; repeatable)")
      ->type_name("FIELD=SCORE");
  for (Category category : kCategories) {
    const std::string name(CategoryName(category));
    add_floor("--min-" + name + "-f1", floors.f1[static_cast<size_t>(category)],
              "the F1 of " + name);
  }
  add_floor("--min-reference-date-accuracy", floors.reference_date_accuracy,
            "the date accuracy of matched references");
  AddWorkerFlags(cmd, options->workers, /*with_jobs=*/true);
  cmd->callback([options, &ctx] { ctx.exit_code = RunEval(*options); });
}

}  // namespace vanban
