#include <re2/re2.h>

#include <string>
#include <vector>

#include "extractors/agency_names.h"
#include "extractors/loose_pattern.h"
#include "extractors/metadata_parts.h"

namespace vanban {
namespace {

// "Kính gửi:", "Nơi nhận:" at the start of a list.
const RE2& LabelRe() {
  static const RE2 re("^(?:" + LoosePattern("kính gửi", LetterCase::kAny) + "|" +
                      LoosePattern("nơi nhận", LetterCase::kAny) + R"()\s*:?\s*)");
  return re;
}

std::string_view TrimItem(std::string_view s) {
  while (!s.empty() && (s.front() == '-' || s.front() == '+' || s.front() == ' '))
    s.remove_prefix(1);
  if (s.starts_with("•")) s.remove_prefix(std::string_view("•").size());
  while (!s.empty() && (s.back() == ';' || s.back() == ',' || s.back() == '.' || s.back() == ' ')) {
    s.remove_suffix(1);
  }
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  return s;
}

}  // namespace

std::vector<Field> ReadListItems(const Document& doc, ZoneKind kind) {
  std::vector<Field> items;
  bool open = false;  // the last item may be continued by a wrapped line
  for (const Zone& z : doc.zones) {
    if (z.kind != kind) continue;
    std::string line = ZoneText(doc, z);
    Span span = z.span;
    re2::StringPiece m;
    if (LabelRe().Match(line, 0, line.size(), RE2::ANCHOR_START, &m, 1)) {
      std::string rest = line.substr(m.size());
      if (rest.empty()) continue;
      line = rest;
      span.begin = span.end - std::min(span.size(), rest.size());
      open = false;
    }
    bool item = line.starts_with("-") || line.starts_with("+") || line.starts_with("•");
    std::string_view value = TrimItem(line);
    if (value.empty()) continue;
    if (!item && open && !items.empty()) {
      items.back().value = std::string(TrimItem(items.back().value + " " + std::string(value)));
      items.back().span.end = span.end;
    } else {
      items.push_back({std::string(value), span});
    }
    open = !line.ends_with(";") && !line.ends_with(".");
  }
  return items;
}

}  // namespace vanban
