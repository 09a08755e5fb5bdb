#include "extractors/place_date.h"

#include <re2/re2.h>

#include <algorithm>
#include <string>

#include "extractors/agency_names.h"
#include "extractors/gazetteer.h"
#include "extractors/loose_pattern.h"
#include "extractors/text_case.h"
#include "extractors/vn_date.h"

namespace vanban {
namespace {

size_t SkipSpaces(std::string_view s, size_t pos) {
  while (pos < s.size() && s[pos] == ' ') ++pos;
  return pos;
}

// The date in joined[from, limit): the long form "ngày 20 tháng 11 năm 2025", or, when OCR
// garbled the day, "ngày/1} tháng 9 năm 2024" after a comma. Sets [*begin, *end).
bool FindHeaderDate(std::string_view joined, size_t from, size_t limit, size_t* begin,
                    size_t* end) {
  joined = joined.substr(0, std::min(limit, joined.size()));
  std::optional<DateMatch> date;
  for (size_t pos = from;
       (date = FindDate(joined, pos, DateValidity::kAny)) && date->span.begin < limit;
       pos = date->span.end) {
    char c = joined[date->span.begin];
    if (c < '0' || c > '9') {
      *begin = date->span.begin;
      *end = date->span.end;
      break;
    }
    // The numeric form after "ngày": "Hà Nội, ngày 06/3/2024".
    static const RE2 day_word(LoosePattern("ngày", LetterCase::kAny) + R"(\s?$)");
    size_t look = date->span.begin > 12 ? date->span.begin - 12 : 0;
    re2::StringPiece m;
    if (day_word.Match(joined, look, date->span.begin, RE2::UNANCHORED, &m, 1)) {
      *begin = m.data() - joined.data();
      *end = date->span.end;
      break;
    }
    date.reset();
  }
  if (date && date->span.begin >= limit) date.reset();
  // "…, ng…… tháng 9 năm 2024": "ng" after a comma, shortly before the month.
  auto month = FindMonthYear(joined, from);
  if (month && month->span.begin < limit && (!date || month->span.begin < *begin)) {
    size_t window = month->span.begin > 24 ? month->span.begin - 24 : 0;
    size_t comma = joined.rfind(',', month->span.begin);
    if (comma != std::string_view::npos && comma >= std::max(window, from) &&
        joined.find('\n', comma) > month->span.begin) {
      size_t ng = SkipSpaces(joined, comma + 1);
      if (joined.substr(ng, 2) == "ng" || joined.substr(ng, 2) == "Ng") {
        *begin = ng;
        *end = month->span.end;
        return true;
      }
    }
  }
  return date.has_value();
}

// Start of the place name in joined[begin, end) that ends before the date's comma: the words
// back from it that start with a capital or are the lower-case part of a qualifier ("Thành
// phố"), at most six; the longest known place among them when there is one ("... tại Việt
// Nam Hà Nội, ngày": a wrapped subject joined to the line).
size_t PlaceStart(std::string_view joined, size_t begin, size_t end) {
  std::string_view t = joined.substr(begin, end - begin);
  while (!t.empty() && (t.back() == ' ' || t.back() == ',')) t.remove_suffix(1);
  size_t start = t.size();
  size_t known = std::string_view::npos;
  for (int words = 0; words < 6 && start > 0; ++words) {
    size_t word_end = start;
    while (word_end > 0 && t[word_end - 1] == ' ') --word_end;
    if (word_end == 0) break;
    size_t space = t.rfind(' ', word_end - 1);
    size_t word_begin = space == std::string_view::npos ? 0 : space + 1;
    std::string_view word = t.substr(word_begin, word_end - word_begin);
    std::string key = AsciiKey(word);
    bool place_word =
        StartsWithUpper(word) && word.find_first_of("0123456789/") == std::string_view::npos;
    if (!place_word && key != "pho" && key != "xa" && key != "tran" && key != "thi") break;
    start = word_begin;
    if (IsKnownPlace(t.substr(start))) known = start;
  }
  if (known != std::string_view::npos) start = known;
  return begin + SkipSpaces(t, start);
}

}  // namespace

std::optional<Span> FindPlaceDateLine(const LayoutUnits& units, size_t from, size_t limit,
                                      size_t number_end) {
  std::string_view joined = units.joined.str();
  size_t date_begin = 0;
  size_t date_end = 0;
  if (!FindHeaderDate(joined, from, limit, &date_begin, &date_end)) {
    // ", ngày" with the numbers missing or unreadable: "Quảng Ngãi, ngày  tháng  năm 2025",
    // "Quảng Ngãi, ngày 2# thángØ? năm 2021". The line runs to the end of its unit.
    static const RE2 comma_day(",\\s*(" + LoosePattern("ngày", LetterCase::kAny) + ")");
    re2::StringPiece m[2];
    if (from >= limit || !comma_day.Match(joined, from, limit, RE2::UNANCHORED, m, 2)) {
      return std::nullopt;
    }
    date_begin = m[1].data() - joined.data();
    date_end = units.units[units.UnitAt(date_begin)].end;
  }
  size_t u = units.UnitAt(date_begin);
  const Unit& unit = units.units[u];
  size_t unit_begin = unit.begin;
  if (number_end > unit_begin && number_end <= date_begin) unit_begin = number_end;
  size_t place_begin = PlaceStart(joined, unit_begin, date_begin);
  std::string_view place = joined.substr(place_begin, date_begin - place_begin);
  while (!place.empty() && (place.back() == ' ' || place.back() == ',')) place.remove_suffix(1);
  // Wrapped from the unit above: "Hà\nNội, ngày", "Thành phố Hồ\nChí Minh, ngày",
  // "Hà Nội,\nngày 01 tháng 12".
  if (u > 0 && !units.units[u - 1].blank && place_begin == unit.begin &&
      number_end <= units.units[u - 1].begin) {
    std::string_view above = units.Text(units.units[u - 1]);
    std::string joined_place = std::string(above) + (place.empty() ? "" : " " + std::string(place));
    while (!joined_place.empty() && (joined_place.back() == ',' || joined_place.back() == ' ')) {
      joined_place.pop_back();
    }
    bool wraps = place.empty() ? above.size() < 40 && above.back() == ','
                               : IsKnownPlace(joined_place) && !IsKnownPlace(place);
    if (wraps) place_begin = units.units[u - 1].begin;
  }
  return Span{place_begin, date_end};
}

}  // namespace vanban
