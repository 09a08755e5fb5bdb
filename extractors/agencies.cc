#include "extractors/agencies.h"

#include <unordered_map>

#include "extractors/agency_names.h"
#include "extractors/agency_parser.h"
#include "extractors/agency_tokens.h"
#include "extractors/text_case.h"
#include "pipeline/normalize/fold.h"

namespace vanban {
namespace {

// The one province or city the subject names after its place word ("... LÀM VIỆC VỚI THÀNH
// PHỐ ĐÀ NẴNG ..." gives "thành phố Đà Nẵng"), else "" (none, or more than one).
std::string SubjectProvince(std::string_view subject) {
  constexpr int kMaxNameWords = 3;
  const std::string lower = ToLower(subject);
  if (lower.size() != subject.size()) return "";  // offsets must match the printed subject
  std::string found;
  for (std::string_view word : {"tỉnh ", "thành phố "}) {
    for (size_t at = lower.find(word); at != std::string::npos; at = lower.find(word, at + 1)) {
      // The same byte offsets in the printed subject: lower-casing keeps Vietnamese lengths.
      // "các tỉnh Nghệ An, Hà Tĩnh" names several.
      if (std::string_view(lower).substr(0, at).ends_with("các ")) return "";
      const size_t begin = at + word.size();
      std::vector<size_t> ends;
      for (size_t e = begin; e <= lower.size() && static_cast<int>(ends.size()) < kMaxNameWords;
           ++e) {
        if (e == lower.size() || lower[e] == ' ') ends.push_back(e);
        if (e < lower.size() && (lower[e] == ',' || lower[e] == '\n')) {
          ends.push_back(e);
          break;
        }
      }
      for (auto e = ends.rbegin(); e != ends.rend(); ++e) {
        const std::string name = WrittenPlaceName(subject.substr(begin, *e - begin));
        if (name.empty() || !IsKnownPlace(name)) continue;
        const std::string province = std::string(word) + name;
        if (!found.empty() && found != province) return "";
        found = province;
        break;
      }
    }
  }
  return found;
}

// "tỉnh Sơn La" for a document of the province (its issuer's place; for a central issuer the
// one province its subject names; else the place of its place-date line when that is a
// province or city), or "".
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
  if (doc.meta.subject) {
    std::string province = SubjectProvince(doc.meta.subject->value);
    if (!province.empty()) return province;
  }
  if (doc.meta.place) {
    std::string qualifier = PlaceQualifier(doc.meta.place->value);
    if (!qualifier.empty()) return qualifier + " " + doc.meta.place->value;
  }
  return "";
}

}  // namespace

std::vector<AgencyMention> FindAgencies(const Document& doc, Span span) {
  return AgencyFinder(doc).Find(span);
}

AgencyFinder::AgencyFinder(const Document& doc) : doc_(doc), province_(DocumentProvince(doc)) {}

std::vector<AgencyMention> AgencyFinder::Find(Span span) const {
  AgencyParser parser(doc_.text, TokenizeAgencyText(doc_.text, span), province_);
  std::vector<AgencyMention> out;
  for (NamedAgency& found : parser.Run()) {
    auto it = keys_.find(found.name);
    if (it == keys_.end()) it = keys_.emplace(found.name, AgencyKey(found.name)).first;
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
