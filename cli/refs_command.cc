#include <iostream>

#include "cli/commands.h"
#include "cli/hit_text.h"
#include "pipeline/query/citations.h"

namespace vanban {

void AddRefsCommand(CLI::App& app, CommandContext& ctx) {
  auto* cmd = app.add_subcommand(
      "refs",
      "List the stored documents that cite a document number (\"412/NQ-HĐND\"; spaces, case\n"
      "and Đ/D ignored), whether or not the cited document is stored: the citing number,\n"
      "the relation (căn cứ, sửa đổi, thay thế ...), the reference as printed and the stored\n"
      "document it resolves to. Exit status 1 when nothing cites it.");
  auto number = std::make_shared<std::string>();
  auto as_json = std::make_shared<bool>(false);
  cmd->add_option("NUMBER", *number, "Document number")->required();
  cmd->add_flag("--json", *as_json, "Print a JSON array");
  cmd->callback([number, as_json, &ctx] {
    std::unique_ptr<Store> store = OpenStoreOrReport(ctx);
    if (!store) return;
    StatusOr<std::vector<Citation>> citing = CitingNumber(*store, *number);
    if (!citing.ok()) {
      std::cerr << "vanban: refs: " << citing.status().message() << "\n";
      ctx.exit_code = 2;
      return;
    }
    if (*as_json) {
      nlohmann::json out = nlohmann::json::array();
      for (const Citation& c : *citing) out.push_back(CitationJson(c));
      std::cout << out.dump(2) << "\n";
    } else {
      for (const Citation& c : *citing) std::cout << CitationLine(c, /*with_from=*/true) << "\n";
    }
    if (citing->empty()) {
      std::cerr << "vanban: no stored document cites \"" << *number << "\"\n";
      ctx.exit_code = 1;
    }
  });
}

}  // namespace vanban
