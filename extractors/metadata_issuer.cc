#include <string>
#include <vector>

#include "extractors/agency_names.h"
#include "extractors/metadata_parts.h"
#include "extractors/signature_lines.h"
#include "extractors/subject_lines.h"

namespace vanban {
namespace {

struct Body {
  std::string printed;
  Span span;
};

size_t WordCount(std::string_view s) {
  size_t words = 0;
  bool in_word = false;
  for (char c : s) {
    if (c != ' ' && !in_word) ++words;
    in_word = c != ' ';
  }
  return words;
}

std::string LastWord(const std::string& s) {
  size_t space = s.rfind(' ');
  return space == std::string::npos ? s : s.substr(space + 1);
}

// Adds a stacked issuer line: it starts a new body when it starts with an agency name and
// the body so far is complete ("BỘ TÀI CHÍNH" / "CỤC THUẾ"), else it continues it
// ("VĂN PHÒNG" / "CHÍNH PHỦ", "ỦY BAN NHÂN" / "DÂN" / "TỈNH BẮC NINH", "CHỦ TỊCH ỦY" /
// "BAN NHÂN DÂN").
void AddIssuerLine(const std::string& line, Span span, std::vector<Body>* bodies) {
  bool new_body = bodies->empty();
  if (!new_body) {
    const std::string& current = bodies->back().printed;
    new_body = StartsWithAgencyName(line) && WordCount(current) >= 2 &&
               !EndsWithConnector(current) && !IsKnownAgency(current + " " + line) &&
               !(!StartsWithAgencyName(LastWord(current)) &&
                 StartsWithAgencyName(LastWord(current) + " " + line));
  }
  if (new_body) {
    bodies->push_back({line, span});
  } else {
    bodies->back().printed += " " + line;
    bodies->back().span.end = span.end;
  }
}

// Joint issuers on one line ("BỘ TƯ PHÁP - BỘ CÔNG AN - ..."): the first printed.
std::string FirstOfJoint(const std::string& printed) {
  size_t dash = printed.find(" - ");
  if (dash == std::string::npos) return printed;
  std::string first = printed.substr(0, dash);
  std::string second = printed.substr(dash + 3);
  if (StartsWithAgencyName(first) && StartsWithAgencyName(second)) return first;
  return printed;
}

// No issuer lines (a source that dropped them): the body a "TM." signs for, with the place
// of the place-date line when the body is a local one ("TM. ỦY BAN NHÂN DÂN" in Hưng Yên
// gives "Ủy ban nhân dân tỉnh Hưng Yên").
void ReadIssuerFromSignature(const Document& doc, DocumentMeta* meta) {
  for (const Zone& z : doc.zones) {
    if (z.kind != ZoneKind::kSignature) continue;
    std::string line = ZoneText(doc, z);
    auto prefix = MatchAuthorityPrefix(line);
    if (!prefix || prefix->code != "TM") continue;
    std::string body = WrittenAgencyName(line.substr(prefix->length));
    if (body == "Ủy ban nhân dân" || body == "Hội đồng nhân dân") {
      std::string qualifier = meta->place ? PlaceQualifier(meta->place->value) : "";
      if (qualifier.empty()) return;
      body += " " + qualifier + " " + meta->place->value;
    }
    meta->issuer = Field{body, z.span};
    return;
  }
}

}  // namespace

void ReadIssuer(const Document& doc, DocumentMeta* meta) {
  std::vector<Body> bodies;
  for (const Zone& z : doc.zones) {
    if (z.kind != ZoneKind::kIssuer) continue;
    std::string line = ZoneText(doc, z);
    if (line.empty()) continue;
    // Two bodies flattened onto one line: "BỘ TÀI CHÍNH TỔNG CỤC HẢI QUAN".
    if (size_t split = StackedAgencySplit(line)) {
      AddIssuerLine(line.substr(0, split), z.span, &bodies);
      line = line.substr(split);
    }
    AddIssuerLine(line, z.span, &bodies);
  }
  if (bodies.empty()) {
    ReadIssuerFromSignature(doc, meta);
    return;
  }
  const Body& issuer = bodies.back();
  meta->issuer = Field{WrittenAgencyName(FirstOfJoint(issuer.printed)), issuer.span};
  if (bodies.size() >= 2) {
    const Body& parent = bodies[bodies.size() - 2];
    meta->parent_issuer = Field{WrittenAgencyName(parent.printed), parent.span};
  }
}

}  // namespace vanban
