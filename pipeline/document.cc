#include "pipeline/document.h"

#include <algorithm>

namespace vanban {

std::string_view ZoneKindName(ZoneKind kind) {
  switch (kind) {
    case ZoneKind::kChrome:
      return "chrome";
    case ZoneKind::kIssuer:
      return "issuer";
    case ZoneKind::kMotto:
      return "motto";
    case ZoneKind::kNumber:
      return "number";
    case ZoneKind::kPlaceDate:
      return "place_date";
    case ZoneKind::kTitle:
      return "title";
    case ZoneKind::kAddressees:
      return "addressees";
    case ZoneKind::kBody:
      return "body";
    case ZoneKind::kRecipients:
      return "recipients";
    case ZoneKind::kSignature:
      return "signature";
  }
  return "unknown";
}

std::string_view Document::Slice(Span span) const {
  size_t begin = std::min(span.begin, text.size());
  size_t end = std::min(std::max(span.end, begin), text.size());
  return std::string_view(text).substr(begin, end - begin);
}

void Document::Warn(std::string stage, std::string code, std::string message) {
  issues.push_back({std::move(stage), std::move(code), std::move(message), false});
}

const Zone* Document::FindZone(ZoneKind kind) const {
  for (const Zone& z : zones) {
    if (z.kind == kind) return &z;
  }
  return nullptr;
}

}  // namespace vanban
