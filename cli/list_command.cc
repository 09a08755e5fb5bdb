#include <iostream>

#include "cli/commands.h"
#include "cli/record_text.h"

namespace vanban {

void AddListCommand(CLI::App& app, CommandContext& ctx) {
  auto* cmd = app.add_subcommand(
      "list", "List stored documents, one line each: issue date, type, number, issuer, subject.");
  auto limit = std::make_shared<int>(20);
  cmd->add_option("-n,--limit", *limit, "At most this many lines; 0 for all (default 20)")
      ->check(CLI::NonNegativeNumber);
  cmd->callback([limit, &ctx] {
    std::unique_ptr<Store> store = OpenStoreOrReport(ctx);
    if (!store) return;
    int shown = 0;
    Status s = store->ForEachRecord([&](const nlohmann::json& record) {
      if (*limit > 0 && shown >= *limit) return Status::Ok();
      std::cout << FormatRecordLine(record) << "\n";
      ++shown;
      return Status::Ok();
    });
    if (!s.ok()) {
      std::cerr << "vanban: " << ctx.db_path << ": " << s.ToString() << "\n";
      ctx.exit_code = 2;
    }
  });
}

}  // namespace vanban
