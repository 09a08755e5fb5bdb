// Places (see agency_parser.h): the place a body's name ends with ("tỉnh Sơn La", "các
// huyện, thị xã", "cấp xã") and places named as bodies ("tỉnh Lâm Đồng").
#include <algorithm>

#include "extractors/agency_names.h"
#include "extractors/agency_parser.h"
#include "extractors/text_case.h"

namespace vanban {

namespace {

// Words of a place's name printed without a gazetteer entry ("huyện Lý Sơn").
constexpr size_t kMaxPlaceWords = 4;

}  // namespace

size_t AgencyParser::PlaceWordAt(size_t i) const {
  const size_t w = Match(AgencyWord::kPlaceWord, i);
  return w > 0 && Match(AgencyWord::kNotPlace, i) <= w ? w : 0;
}

size_t AgencyParser::PlaceNameEnd(size_t i) const {
  if (i >= t_.size() || t_[i].punct || t_[i].line_start) return i;
  const bool digit = t_[i].key[0] >= '0' && t_[i].key[0] <= '9';
  if (!CapitalWord(i) && !digit) return i;
  if (size_t p = Match(AgencyWord::kPlace, i)) return i + p;
  // "Các", "Về", "Tỉnh" open a phrase, they name no place.
  if (IsArticle(i) || Match(AgencyWord::kStop, i) || PlaceWordAt(i) ||
      Match(AgencyWord::kBarrier, i)) {
    return i;
  }
  if (digit) return i + 1;
  size_t k = i;
  while (k < t_.size() && k - i < kMaxPlaceWords && (k == i || !t_[k].line_start)) {
    if (CapitalWord(k) && !IsArticle(k) && !Match(AgencyWord::kHead, k) &&
        !Match(AgencyWord::kBody, k)) {
      ++k;
    } else if (k > i && Punct(k, "-") && CapitalWord(k + 1)) {
      ++k;
    } else {
      break;
    }
  }
  return k;
}

std::vector<Span> AgencyParser::PlaceNames(size_t i, size_t* end) const {
  std::vector<Span> names;
  size_t k = i;
  while (true) {
    size_t e = PlaceNameEnd(k);
    if (e == k) break;
    names.push_back({k, e});
    k = e;
    size_t sep = 0;
    if (Punct(k, ",") || Key(k, "và") || Punct(k, ";")) sep = 1;
    if (Punct(k, ",") && Key(k + 1, "và")) sep = 2;
    // "Gia Lai,\n- Đắk Lắk": a list printed one place a line.
    while (sep && (Punct(k + sep, "\n") || Punct(k + sep, "-"))) ++sep;
    if (sep == 0 || PlaceNameEnd(k + sep) == k + sep) break;
    k += sep;
  }
  *end = k;
  return names;
}

AgencyParser::Place AgencyParser::ParsePlace(size_t i) const {
  Place p;
  p.end = i;
  size_t k = i;
  if (IsArticle(k) && Key(k + 1, "cấp")) {  // "các cấp"
    p.end = k + 2;
    p.plural = true;
    return p;
  }
  bool level = false;
  if (Key(k, "cấp")) {  // "cấp tỉnh", "cấp xã", "cấp trung ương"
    if (Key(k + 1, "trung") && Key(k + 2, "ương")) {
      p.end = k + 3;
      return p;
    }
    if (!PlaceWordAt(k + 1)) return p;
    level = true;
    ++k;
    // "cấp tỉnh, cấp xã": the head is shared, one body per level.
    std::vector<Span> levels = {{k - 1, k + PlaceWordAt(k)}};
    while (true) {
      const size_t e = levels.back().end;
      size_t sep = Punct(e, ",") || Key(e, "và") ? 1 : 0;
      if (Punct(e, ",") && Key(e + 1, "và")) sep = 2;
      const size_t w2 = sep && Key(e + sep, "cấp") ? PlaceWordAt(e + sep + 1) : 0;
      if (w2 == 0) break;
      levels.push_back({e + sep, e + sep + 1 + w2});
    }
    if (levels.size() > 1) {
      p.plural = true;
      p.end = levels.back().end;
      p.items = std::move(levels);
      return p;
    }
  } else if (IsArticle(k) && PlaceWordAt(k + 1)) {
    p.plural = true;
    ++k;
  }
  size_t w = PlaceWordAt(k);
  if (w == 0 || Match(AgencyWord::kHead, k) > w) return p;  // "tỉnh ủy" is a head
  size_t item_begin = p.plural ? k - 1 : k;
  bool named_item = false;
  while (true) {  // "huyện, thị xã, thành phố", "huyện A và thị xã B"
    p.word = k;
    p.word_length = w;
    k += w;
    if (t_[p.word].key == "tp" && Punct(k, ".")) ++k;
    size_t name_end = PlaceNameEnd(k);
    size_t sep = 0;
    if (Punct(name_end, ",") || Punct(name_end, "/") || Key(name_end, "và")) sep = 1;
    if (Punct(name_end, ",") && Key(name_end + 1, "và")) sep = 2;
    size_t w2 = sep ? PlaceWordAt(name_end + sep) : 0;
    if (w2 == 0 || Match(AgencyWord::kHead, name_end + sep) > w2) {
      p.items.push_back({item_begin, named_item ? name_end : k});
      if (named_item) k = name_end;
      break;
    }
    named_item = named_item || name_end > k;
    p.items.push_back({item_begin, name_end});
    p.plural = true;
    k = name_end + sep;
    item_begin = k;
    w = w2;
  }
  if (named_item) {
    p.end = k;
    return p;
  }
  p.items.clear();
  if (level) p.plural = true;
  // "trực thuộc trung ương", "thuộc tỉnh"
  size_t d = k;
  if (Key(d, "trực")) ++d;
  if (Key(d, "thuộc")) {
    ++d;
    if (Key(d, "trung") && Key(d + 1, "ương")) {
      k = d + 2;
    } else if (size_t w3 = PlaceWordAt(d); w3 && !CapitalWord(d + w3)) {
      k = d + w3;
    } else if (d >= t_.size() || t_[d].punct || Match(AgencyWord::kStop, d)) {
      k = d;
    }
  }
  if (!p.plural && k == p.word + p.word_length) {
    size_t e = PlaceNameEnd(k);
    if (e > k) {
      p.named = true;
      k = e;
    } else if (t_[p.word].word_case == WordCase::kInitial && t_[p.word].key != "tp") {
      p.bare_province = true;
    }
  }
  p.end = k;
  return p;
}

bool AgencyParser::AfterPlacePreposition(size_t i) const {
  return i > 0 && !t_[i - 1].punct && lex_.Match(AgencyWord::kPlacePreposition, t_, i - 1) == 1;
}

size_t AgencyParser::ParsePlaces(size_t i, std::vector<NamedAgency>* out) const {
  if (AfterPlacePreposition(i)) return 0;
  size_t j = i;
  const bool article = IsArticle(j);
  if (article) ++j;
  // Provinces and centrally-run cities given tasks ("tỉnh Lâm Đồng"); a ward or commune
  // named alone is an address.
  const bool province = Key(j, "tỉnh") || (Key(j, "thành") && Key(j + 1, "phố"));
  const size_t w = PlaceWordAt(j);
  if (!province || w == 0 || Match(AgencyWord::kHead, j) > w) return 0;
  size_t end = 0;
  std::vector<Span> names = PlaceNames(j + w, &end);
  // Every name a province or city of places.tsv: "tỉnh Tuyên Quang, Việt Nam" is one.
  size_t known = 0;
  while (known < names.size() &&
         Match(AgencyWord::kPlace, names[known].begin) == names[known].end - names[known].begin) {
    ++known;
  }
  if (known == 0) return 0;
  names.resize(known);
  end = names.back().end;
  if (!article && names.size() == 1) {
    if (out) out->push_back({Text(j, end), SpanOf(j, end)});
    return end;
  }
  if (!out) return end;
  const std::string word = ToLower(Text(j, j + w));
  for (const Span& name : names) {
    std::string place_name = Text(name.begin, name.end);
    std::string qualifier = PlaceQualifier(place_name);
    out->push_back({(qualifier.empty() ? word : qualifier) + " " + place_name,
                    SpanOf(&name == &names[0] ? i : name.begin, name.end)});
  }
  return end;
}

}  // namespace vanban
