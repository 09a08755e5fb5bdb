#include "extractors/segment.h"

#include <algorithm>

#include "extractors/lines.h"
#include "extractors/segment_header.h"
#include "extractors/segment_signature.h"

namespace vanban {
namespace {

bool ByBegin(const Zone& a, const Zone& b) { return a.span.begin < b.span.begin; }

}  // namespace

std::vector<Zone> Segment(const Document& doc) {
  std::string_view text = doc.text;
  HeaderLayout header = FindHeader(text);
  TailLayout tail = FindSignature(text, header.found ? header.end : 0);

  std::vector<Zone> zones;
  if (!header.chrome.empty()) zones.push_back({ZoneKind::kChrome, header.chrome});
  zones.insert(zones.end(), header.zones.begin(), header.zones.end());
  zones.insert(zones.end(), tail.zones.begin(), tail.zones.end());
  if (!tail.chrome.empty()) zones.push_back({ZoneKind::kChrome, tail.chrome});
  std::stable_sort(zones.begin(), zones.end(), ByBegin);

  // The body: what lies between the header and the end matter, and after it (appendices).
  size_t body_from = header.found ? header.end : (header.chrome.empty() ? 0 : header.chrome.end);
  size_t tail_begin = tail.zones.empty() ? text.size() : tail.zones.front().span.begin;
  size_t tail_end = tail.zones.empty() ? text.size() : tail.zones.back().span.end;
  size_t end = tail.chrome.empty() ? text.size() : tail.chrome.begin;
  std::vector<Zone> body;
  for (Span gap : {Span{body_from, tail_begin}, Span{tail_end, end}}) {
    if (gap.begin >= gap.end) continue;
    Span trimmed = Trim(text, gap);
    if (!trimmed.empty()) body.push_back({ZoneKind::kBody, trimmed});
  }
  zones.insert(zones.end(), body.begin(), body.end());
  std::stable_sort(zones.begin(), zones.end(), ByBegin);
  return zones;
}

}  // namespace vanban
