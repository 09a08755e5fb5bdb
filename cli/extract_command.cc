#include <iostream>

#include "cli/commands.h"
#include "pipeline/export/record.h"
#include "pipeline/runner.h"

namespace vanban {

void AddExtractCommand(CLI::App& app, CommandContext& ctx) {
  auto* cmd = app.add_subcommand(
      "extract",
      "Run the pipeline on one file and print its JSON record on stdout (no database).\n"
      "The record validates against schemas/record.schema.json. Exit status: 0 printed,\n"
      "1 the file failed (reason on stderr), 2 could not run.");
  auto file = std::make_shared<std::string>();
  auto compact = std::make_shared<bool>(false);
  auto options = std::make_shared<ReadOptions>();
  cmd->add_option("FILE", *file, "The document to read")->required();
  cmd->add_flag("--compact", *compact, "One line of JSON instead of indented");
  AddReadFlags(*cmd, *options);
  cmd->callback([file, compact, options, &ctx] {
    ProcessResult result = ProcessFile(*file, *options);
    if (result.failure) {
      std::cerr << "vanban: " << *file << ": " << result.failure->stage << ": "
                << result.failure->status.ToString() << "\n";
      ctx.exit_code = 1;
      return;
    }
    std::cout << ToRecord(*result.doc).dump(*compact ? -1 : 2) << "\n";
  });
}

}  // namespace vanban
