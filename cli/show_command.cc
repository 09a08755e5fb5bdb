#include <iostream>

#include "cli/commands.h"
#include "cli/record_text.h"

namespace vanban {

void AddShowCommand(CLI::App& app, CommandContext& ctx) {
  auto* cmd = app.add_subcommand(
      "show",
      "Show stored documents by id (at least 6 hex digits of the SHA-256) or by number\n"
      "(\"02/CT-UBND\"; spaces and case ignored). Exit status 1 when nothing matches.");
  auto key = std::make_shared<std::string>();
  auto as_json = std::make_shared<bool>(false);
  cmd->add_option("ID|NUMBER", *key, "Document id prefix or document number")->required();
  cmd->add_flag("--json", *as_json, "Print the JSON records (one per line)");
  cmd->callback([key, as_json, &ctx] {
    std::unique_ptr<Store> store = OpenStoreOrReport(ctx);
    if (!store) return;
    StatusOr<std::vector<nlohmann::json>> found = store->Find(*key);
    if (!found.ok()) {
      std::cerr << "vanban: " << found.status().ToString() << "\n";
      ctx.exit_code = 2;
      return;
    }
    if (found->empty()) {
      std::cerr << "vanban: no stored document has id or number \"" << *key << "\"\n";
      ctx.exit_code = 1;
      return;
    }
    for (size_t i = 0; i < found->size(); ++i) {
      if (*as_json) {
        std::cout << (*found)[i].dump() << "\n";
      } else {
        std::cout << (i ? "\n" : "") << FormatRecord((*found)[i]);
      }
    }
  });
}

}  // namespace vanban
