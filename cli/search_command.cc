#include <iostream>

#include "cli/commands.h"
#include "cli/hit_text.h"
#include "pipeline/query/document_query.h"
#include "pipeline/query/obligation_query.h"

namespace vanban {
namespace {

struct SearchOptions {
  ObligationFilter filter;
  bool documents = false;
  std::string format = "table";
};

void PrintObligations(const std::vector<ObligationHit>& hits, const std::string& format) {
  if (format == "json") {
    nlohmann::json out = nlohmann::json::array();
    for (const ObligationHit& h : hits) out.push_back(ObligationHitJson(h));
    std::cout << out.dump(2) << "\n";
  } else if (format == "csv") {
    std::cout << CsvLine({"deadline", "deadline_text", "document_number", "document_type", "issued",
                          "issuer", "agencies", "action", "document_id"})
              << "\r\n";
    for (const ObligationHit& h : hits) {
      std::string agencies;
      for (const ObligationHit::Agency& a : h.agencies) {
        agencies += (agencies.empty() ? "" : "; ") + a.name + " (" + a.role + ")";
      }
      std::cout << CsvLine({h.deadline_value, h.deadline_text, h.doc_number, h.doc_type,
                            h.doc_issued, h.doc_issuer, agencies, h.action, h.doc_id})
                << "\r\n";
    }
  } else {
    for (const ObligationHit& h : hits) std::cout << ObligationHitLine(h) << "\n";
  }
}

void PrintDocuments(const std::vector<DocumentHit>& hits, const std::string& format) {
  if (format == "json") {
    nlohmann::json out = nlohmann::json::array();
    for (const DocumentHit& h : hits) out.push_back(DocumentHitJson(h));
    std::cout << out.dump(2) << "\n";
  } else if (format == "csv") {
    std::cout << CsvLine({"issued", "type", "number", "issuer", "subject", "document_id"})
              << "\r\n";
    for (const DocumentHit& h : hits) {
      std::cout << CsvLine({h.issued, h.type, h.number, h.issuer, h.subject, h.doc_id}) << "\r\n";
    }
  } else {
    for (const DocumentHit& h : hits) std::cout << DocumentHitLine(h) << "\n";
  }
}

void Run(const SearchOptions& o, CommandContext& ctx) {
  const ObligationFilter& f = o.filter;
  if (o.documents && (!f.agency.empty() || !f.role.empty() || !f.due_before.empty() ||
                      !f.due_after.empty() || !f.overdue_on.empty())) {
    std::cerr << "vanban: search: --agency, --role, --due-before, --due-after and "
                 "--overdue-on filter obligations, not --documents\n";
    ctx.exit_code = 2;
    return;
  }
  std::unique_ptr<Store> store = OpenStoreOrReport(ctx);
  if (!store) return;
  Status failed;
  size_t found = 0;
  if (o.documents) {
    StatusOr<std::vector<DocumentHit>> hits =
        SearchDocuments(*store, {f.text, f.type, f.issuer, f.issued_from, f.issued_to, f.limit, 0});
    if (hits.ok()) {
      PrintDocuments(*hits, o.format);
      found = hits->size();
    } else {
      failed = hits.status();
    }
  } else {
    StatusOr<std::vector<ObligationHit>> hits = SearchObligations(*store, f);
    if (hits.ok()) {
      PrintObligations(*hits, o.format);
      found = hits->size();
    } else {
      failed = hits.status();
    }
  }
  if (!failed.ok()) {
    std::cerr << "vanban: search: " << failed.message() << "\n";
    ctx.exit_code = 2;
  } else if (found == 0) {
    ctx.exit_code = 1;
  }
}

}  // namespace

void AddSearchCommand(CLI::App& app, CommandContext& ctx) {
  auto* cmd = app.add_subcommand(
      "search",
      "Search the obligations (who must do what by when; --documents: the documents) of the\n"
      "stored documents. Words match with or without diacritics and in any case (\"so noi vu\n"
      "bao cao\" finds \"Sở Nội vụ ... báo cáo\"); rows with the diacritics as typed come\n"
      "first, then by relevance (BM25 term frequency and length), among the 1000 most recently\n"
      "stored matches. QUERY: words (all must occur), \"a phrase\", a OR b,\n"
      "-word (must not occur), word* (starts so). Without QUERY, the filters alone choose, in\n"
      "document order. Exit status 0 when something was found, 1 when nothing was, 2 for a\n"
      "malformed query or filter.");
  auto o = std::make_shared<SearchOptions>();
  ObligationFilter& f = o->filter;
  cmd->add_option("QUERY", f.text, "What to look for (may be left out when a filter is given)");
  cmd->add_flag("--documents", o->documents,
                "Search document subjects and texts instead of obligations");
  cmd->add_option("--agency", f.agency,
                  "Obligations of this agency, any spelling (\"UBND tỉnh\" finds \"Ủy ban nhân "
                  "dân tỉnh ...\")");
  cmd->add_option("--role", f.role, "With --agency: its role; alone: any agency's role")
      ->check(CLI::IsMember({"lead", "support"}));
  cmd->add_option("--type", f.type, "Document type code (chi_thi, cong_van, quyet_dinh, ...)");
  cmd->add_option("--issuer", f.issuer, "Issuer name or part of it, any spelling");
  cmd->add_option("--issued-from", f.issued_from, "Documents issued on or after YYYY-MM-DD");
  cmd->add_option("--issued-to", f.issued_to, "Documents issued on or before YYYY-MM-DD");
  cmd->add_option("--due-before", f.due_before,
                  "Deadlines wholly on or before YYYY-MM-DD (2024-Q3 is before 2024-12-31); "
                  "spans after an event and recurrences have no fixed day and never match");
  cmd->add_option("--due-after", f.due_after, "Deadlines wholly on or after YYYY-MM-DD");
  cmd->add_option("--overdue-on", f.overdue_on,
                  "Deadlines that ended before YYYY-MM-DD (2024-Q3 is overdue on 2024-10-01)");
  cmd->add_option("--format", o->format, "table (default), json or csv")
      ->check(CLI::IsMember({"table", "json", "csv"}));
  cmd->add_option("-n,--limit", f.limit, "At most this many results, 1 to 1000 (default 50)")
      ->check(CLI::Range(1, 1000));
  cmd->callback([o, &ctx] { Run(*o, ctx); });
}

}  // namespace vanban
