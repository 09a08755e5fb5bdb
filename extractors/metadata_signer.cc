#include <optional>
#include <string>
#include <vector>

#include "extractors/agency_names.h"
#include "extractors/gazetteer.h"
#include "extractors/metadata_parts.h"
#include "extractors/signature_lines.h"
#include "extractors/text_case.h"

namespace vanban {
namespace {

// One line of authority or position, with the lines that continue it.
struct Entry {
  std::string authority;  // "TM", "KT", ... or empty for a position line
  std::string text;       // the line(s) after the prefix
  Span span;
};

// Family names looked up without their diacritics too: OCR's "Nguyên", "Trân" find "Nguyễn",
// "Trần".
const Gazetteer& SurnamesByLetters() {
  static const Gazetteer g("surnames.tsv", "name", "", AsciiFallback::kYes);
  return g;
}

// True when `span` (of doc.text) lies on a page read by OCR.
bool ReadByOcr(const Document& doc, Span span) {
  const size_t raw = doc.offsets.ToSource(span).begin;
  for (const Page& page : doc.pages) {
    if (page.raw.begin <= raw && raw < page.raw.end) return page.method == "ocr";
  }
  return false;
}

// A name read by OCR whose first word is a family name with its tone marks misread
// ("Nguyên Hoàng Giang" under a seal) gets the family name as written; other names, and
// first words that are family names already ("Lê", "Hà"), stay as they are.
std::string WithFamilyName(std::string name) {
  const size_t space = name.find(' ');
  if (space == std::string::npos) return name;
  const std::string* written = SurnamesByLetters().Find(std::string_view(name).substr(0, space));
  if (written != nullptr && *written != name.substr(0, space)) name.replace(0, space, *written);
  return name;
}

}  // namespace

// "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH / Phạm Văn Thịnh": the name is the last
// line; the title the lowest position line; the authority the prefix nearest above it.
Signer ReadSigner(const Document& doc) {
  Signer signer;
  std::vector<const Zone*> zones;
  for (const Zone& z : doc.zones) {
    if (z.kind == ZoneKind::kSignature) zones.push_back(&z);
  }
  if (zones.empty()) return signer;
  std::string name = ZoneText(doc, *zones.back());
  if (IsPersonName(name, NameCheck::kLayout) || IsPersonName(name, NameCheck::kSurname)) {
    // Without a rank before it: "Thượng tướng Võ Minh Lương" gives "Võ Minh Lương".
    name = name.substr(NamePrefixLength(name));
    Span span = zones.back()->span;
    size_t at = doc.Slice(span).find(name.substr(0, name.find(' ')));
    if (at != std::string_view::npos) span.begin += at;
    if (IsUpperText(name)) name = ToTitleWords(name);
    if (ReadByOcr(doc, span)) name = WithFamilyName(std::move(name));
    signer.name = Field{name, span};
    zones.pop_back();
  }
  // A position wrapped after its first word ("THỨ\nTRƯỞNG") is one line.
  std::vector<std::pair<std::string, Span>> lines;
  for (const Zone* z : zones) {
    std::string line = ZoneText(doc, *z);
    if (!lines.empty() && !MatchPosition(lines.back().first) &&
        !MatchAuthorityPrefix(lines.back().first) &&
        lines.back().first.find(' ') == std::string::npos) {
      auto joined = MatchPosition(lines.back().first + " " + line);
      if (joined && joined->length > lines.back().first.size() + 1) {
        lines.back().first += " " + line;
        lines.back().second.end = z->span.end;
        continue;
      }
    }
    lines.emplace_back(line, z->span);
  }
  std::vector<Entry> entries;
  for (const auto& [line, span] : lines) {
    auto prefix = MatchAuthorityPrefix(line);
    bool continues =
        !entries.empty() && !entries.back().text.empty() && entries.back().text.back() == ',';
    if (prefix && !continues) {
      entries.push_back({prefix->code, line.substr(prefix->length), span});
    } else if (MatchPosition(line) && !continues) {
      entries.push_back({"", line, span});
    } else if (!entries.empty()) {
      entries.back().text += " " + line;
      entries.back().span.end = span.end;
    } else {
      entries.push_back({"", line, span});
    }
  }
  if (entries.empty()) return signer;
  const Entry& lowest = entries.back();
  size_t above = entries.size();
  if (lowest.authority.empty()) {
    signer.title = Field{WrittenTitle(lowest.text), lowest.span};
    above = entries.size() - 1;
  }
  for (size_t i = above; i > 0; --i) {
    if (!entries[i - 1].authority.empty()) {
      signer.authority = Field{entries[i - 1].authority, entries[i - 1].span};
      break;
    }
  }
  return signer;
}

}  // namespace vanban
