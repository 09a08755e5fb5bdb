#include "cli/hit_text.h"

#include "cli/record_text.h"

namespace vanban {
namespace {

std::string Or(const std::string& s, const char* fallback = "-") {
  return s.empty() ? fallback : s;
}

// The agencies of a hit: "Sở Nội vụ (lead); Sở Tài chính (support)".
std::string Agencies(const ObligationHit& hit) {
  std::string out;
  for (const ObligationHit::Agency& a : hit.agencies) {
    if (!out.empty()) out += "; ";
    out += a.name + " (" + a.role + ")";
  }
  return out;
}

// s on one line: line breaks made spaces.
std::string OneLine(std::string s) {
  for (char& c : s) {
    if (c == '\n' || c == '\r') c = ' ';
  }
  return s;
}

}  // namespace

std::string ObligationHitLine(const ObligationHit& h) {
  return FitWidth(Or(h.deadline_value), 10) + "  " + FitWidth(Or(h.doc_number), 18) + " " +
         FitWidth(Or(Agencies(h)), 40) + " " + OneLine(h.snippet);
}

std::string DocumentHitLine(const DocumentHit& h) {
  return FitWidth(Or(h.issued), 10) + "  " + FitWidth(Or(h.type), 11) + " " +
         FitWidth(Or(h.number), 18) + " " + FitWidth(Or(h.issuer), 32) + " " + OneLine(h.snippet);
}

std::string RelationName(const std::string& relation) {
  static const std::pair<const char*, const char*> kNames[] = {
      {"can_cu", "căn cứ"},  {"amends", "sửa đổi"},   {"replaces", "thay thế"},
      {"repeals", "bãi bỏ"}, {"guides", "hướng dẫn"}, {"implements", "thực hiện"},
      {"cites", "dẫn chiếu"}};
  for (const auto& [code, name] : kNames) {
    if (relation == code) return name;
  }
  return relation;
}

std::string CitationLine(const Citation& c, bool with_from) {
  std::string line;
  if (with_from) line += FitWidth(Or(c.from_number), 18) + " ";
  line += FitWidth(RelationName(c.relation), 10) + " ";
  std::string what = c.number.empty() ? Or(c.title) : c.number;
  if (!c.type.empty()) what = c.type + " " + what;
  line += what;
  std::string details = c.date;
  if (!c.issuer.empty()) details += (details.empty() ? "" : ", ") + c.issuer;
  if (!details.empty()) line += " (" + details + ")";
  line += c.to_doc_id.empty() ? "  not stored" : "  -> " + c.to_doc_id.substr(0, 12);
  return line;
}

std::string CsvLine(const std::vector<std::string>& fields) {
  std::string line;
  for (size_t i = 0; i < fields.size(); ++i) {
    if (i) line += ',';
    const std::string& f = fields[i];
    if (f.find_first_of(",\"\r\n") == std::string::npos) {
      line += f;
      continue;
    }
    line += '"';
    for (char c : f) line += c == '"' ? std::string("\"\"") : std::string(1, c);
    line += '"';
  }
  return line;
}

}  // namespace vanban
