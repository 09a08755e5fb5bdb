#include <iostream>

#include "cli/commands.h"
#include "cli/hit_text.h"
#include "cli/record_text.h"
#include "pipeline/query/citations.h"

namespace vanban {
namespace {

struct Links {
  std::vector<Citation> cites, cited_by;
};

StatusOr<Links> LinksOf(Store& store, const nlohmann::json& record) {
  const std::string id = record.value("id", "");
  StatusOr<std::vector<Citation>> cites = CitationsFrom(store, id);
  if (!cites.ok()) return cites.status();
  StatusOr<std::vector<Citation>> cited_by = CitationsTo(store, id);
  if (!cited_by.ok()) return cited_by.status();
  return Links{std::move(cites).value(), std::move(cited_by).value()};
}

std::string FormatLinks(const Links& links) {
  std::string out = "cites:     " + std::to_string(links.cites.size()) + "\n";
  for (const Citation& c : links.cites) out += "  " + CitationLine(c, false) + "\n";
  out += "cited by:  " + std::to_string(links.cited_by.size()) + "\n";
  for (const Citation& c : links.cited_by) {
    out += "  " + FitWidth(c.from_number.empty() ? "-" : c.from_number, 18) + " " +
           RelationName(c.relation) + "  " + c.from_doc_id.substr(0, 12) + "\n";
  }
  return out;
}

nlohmann::json LinksJson(const std::vector<Citation>& citations) {
  nlohmann::json out = nlohmann::json::array();
  for (const Citation& c : citations) out.push_back(CitationJson(c));
  return out;
}

}  // namespace

void AddShowCommand(CLI::App& app, CommandContext& ctx) {
  auto* cmd = app.add_subcommand(
      "show",
      "Show stored documents by id (at least 6 hex digits of the SHA-256) or by number\n"
      "(\"02/CT-UBND\"; spaces and case ignored), with the documents each one cites (and\n"
      "the relation: căn cứ, sửa đổi, thay thế ...) and the stored documents that cite it.\n"
      "Exit status 1 when nothing matches.");
  auto key = std::make_shared<std::string>();
  auto as_json = std::make_shared<bool>(false);
  cmd->add_option("ID|NUMBER", *key, "Document id prefix or document number")->required();
  cmd->add_flag("--json", *as_json,
                "One JSON object per line: {\"record\": the JSON record, \"cites\": [...], "
                "\"cited_by\": [...]}");
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
      const nlohmann::json& record = (*found)[i];
      StatusOr<Links> links = LinksOf(*store, record);
      if (!links.ok()) {
        std::cerr << "vanban: " << links.status().ToString() << "\n";
        ctx.exit_code = 2;
        return;
      }
      if (*as_json) {
        nlohmann::json out = {{"record", record},
                              {"cites", LinksJson(links->cites)},
                              {"cited_by", LinksJson(links->cited_by)}};
        std::cout << out.dump() << "\n";
      } else {
        std::cout << (i ? "\n" : "") << FormatRecord(record) << FormatLinks(*links);
      }
    }
  });
}

}  // namespace vanban
