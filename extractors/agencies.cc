#include "extractors/agencies.h"

#include <unordered_map>

#include "extractors/agency_names.h"
#include "extractors/agency_parser.h"
#include "extractors/agency_tokens.h"
#include "pipeline/normalize/fold.h"

namespace vanban {
namespace {

// "tỉnh Sơn La" for a document of the province (its issuer's place, else the place of its
// place-date line when that is a province or city), or "".
std::string DocumentProvince(const Document& doc) {
  if (doc.meta.issuer) {
    std::string_view issuer = doc.meta.issuer->value;
    for (std::string_view word : {"tỉnh ", "thành phố "}) {
      size_t at = issuer.rfind(word);
      if (at != std::string_view::npos && at + word.size() < issuer.size()) {
        std::string name(issuer.substr(at + word.size()));
        if (IsKnownPlace(name)) return std::string(word) + name;
      }
    }
  }
  if (doc.meta.place) {
    std::string qualifier = PlaceQualifier(doc.meta.place->value);
    if (!qualifier.empty()) return qualifier + " " + doc.meta.place->value;
  }
  return "";
}

}  // namespace

std::vector<AgencyMention> FindAgencies(const Document& doc, Span span) {
  AgencyParser parser(doc.text, TokenizeAgencyText(doc.text, span), DocumentProvince(doc));
  std::vector<AgencyMention> out;
  std::unordered_map<std::string, std::string> keys;  // name -> AgencyKey(name), this call's
  for (NamedAgency& found : parser.Run()) {
    auto it = keys.find(found.name);
    if (it == keys.end()) it = keys.emplace(found.name, AgencyKey(found.name)).first;
    if (it->second.empty()) continue;
    out.push_back({std::move(found.name), it->second, found.span});
  }
  return out;
}

std::string AgencyKey(std::string_view name) {
  std::string key = FoldKey(ExpandAbbreviations(name));
  while (!key.empty() && (key.back() == '.' || key.back() == ',' || key.back() == ';' ||
                          key.back() == ':' || key.back() == ' ')) {
    key.pop_back();
  }
  for (std::string_view article : {"các ", "những "}) {
    if (key.starts_with(article)) key.erase(0, article.size());
  }
  return key;
}

}  // namespace vanban
