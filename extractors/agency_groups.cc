// Groups, persons and members (see agency_parser.h): "các sở, ban, ngành tỉnh", "Phó Thủ
// tướng Lê Minh Khái", "các Tổ đại biểu Hội đồng nhân dân", positions dropped.
#include <algorithm>

#include "extractors/agency_parser.h"

namespace vanban {

std::string AgencyParser::GroupName(size_t i, bool article, bool from_position,
                                    const std::vector<GroupItem>& items) const {
  std::string name = article ? Text(i, i + 1) : from_position && items.size() > 1 ? "các" : "";
  for (size_t k = 0; k < items.size(); ++k) {
    if (!name.empty()) name += k == 0 ? " " : ", ";
    name += items[k].text.empty() ? Text(items[k].begin, items[k].end) : items[k].text;
  }
  return name;
}

size_t AgencyParser::ParseGroup(size_t i, std::vector<NamedAgency>* out) const {
  const size_t n = t_.size();
  size_t j = i;
  const bool article = IsArticle(j);
  if (article) ++j;
  std::vector<GroupItem> items;
  bool from_position = false;
  bool after_and = false;
  while (j < n) {
    // "Bộ trưởng" standing for the ministers of all ministries: the group "Bộ".
    if (Key(j, "bộ") && Key(j + 1, "trưởng") &&
        (j + 2 >= n || Punct(j + 2, ",") || Punct(j + 2, ";") || Key(j + 2, "và"))) {
      items.push_back({j, j + 2, false, "Bộ", after_and});
      from_position = true;
      j += 2;
    } else {
      size_t k = j;
      size_t g = 0;
      // A position before the kind ("Thủ trưởng cơ quan ngang Bộ"), shortest first.
      std::vector<size_t> positions;
      if (!Match(AgencyWord::kGroup, j) && !Match(AgencyWord::kGeneric, j) && !PlaceWordAt(j)) {
        positions = lex_.AllMatches(AgencyWord::kPosition, t_, j);
        if (positions.empty()) break;
      } else {
        positions.push_back(0);
      }
      for (size_t p : positions) {
        k = j + p;
        if (p && IsArticle(k)) ++k;
        // "Chánh Văn phòng Bộ" names one body, "Giám đốc các Sở" a group.
        if (p && k == j + p && CapitalWord(k) && Match(AgencyWord::kHead, k)) continue;
        g = std::max(
            {Match(AgencyWord::kGroup, k), Match(AgencyWord::kGeneric, k), PlaceWordAt(k)});
        if (g) {
          if (p) from_position = true;
          break;
        }
      }
      if (g == 0) break;
      // "Tỉnh ủy" after a position is the body, not the kind of "các tỉnh ủy".
      if (items.empty() && !IsArticle(k - 1) && Match(AgencyWord::kHeadAlone, k) == g) break;
      // A named body is no group word: "Bộ Tài chính", "Tỉnh ủy Gia Lai", "tỉnh Sơn La".
      if (size_t e = ParseBody(k, nullptr); e > k + g) break;
      if (PlaceWordAt(k) == g && PlaceNameEnd(k + g) > k + g) break;
      bool generic = Match(AgencyWord::kGeneric, k) == g && Match(AgencyWord::kGroup, k) < g;
      items.push_back({k, k + g, generic, "", after_and});
      j = k + g;
    }
    size_t sep = 0;
    if (Punct(j, ",") || Punct(j, "/") || Key(j, "và")) sep = 1;
    if (Punct(j, ",") && Key(j + 1, "và")) sep = 2;
    // "các bộ, ngành địa phương": a kind written on without a comma.
    if (sep == 0 && (CapitalWord(j) || !Match(AgencyWord::kGroup, j))) break;
    size_t m = j + sep;
    bool next_item = (Key(m, "bộ") && Key(m + 1, "trưởng")) || IsArticle(m) ||
                     Match(AgencyWord::kPosition, m) || Match(AgencyWord::kGroup, m) ||
                     Match(AgencyWord::kGeneric, m) || PlaceWordAt(m);
    if (!next_item) break;
    // "..., Ủy ban nhân dân các tỉnh" starts a body of its own.
    if (size_t g2 = std::max(Match(AgencyWord::kGroup, m), PlaceWordAt(m));
        ParseBody(m, nullptr) > m + g2) {
      break;
    }
    after_and = Key(m - 1, "và");
    j = m;
  }
  if (items.empty()) return 0;
  // Without "các", a list of kinds stands apart and is capitalised ("Sở, ban, ngành tỉnh"),
  // not the end of a word ("trụ sở, trường học").
  // After a position without "các", one kind of one word is the position's own body
  // ("Phó Trưởng ban", "Giám đốc sở", "Bộ trưởng"), not a group.
  if (!article && items.size() == 1 &&
      (items[0].end - items[0].begin == 1 || !items[0].text.empty()) &&
      !IsArticle(items[0].begin - 1)) {
    return 0;
  }
  // One kind named in words of its own stands for the body of that kind the task concerns:
  // "Cơ quan thanh tra khẩn trương hoàn thành", "phối hợp với cơ quan thuế"; a level
  // ("cơ quan trung ương") is no such name.
  const bool named_kind =
      !article && !from_position && items.size() == 1 && items[0].end - items[0].begin > 2 &&
      !items[0].generic && !PlaceWordAt(items[0].begin) && !Key(items[0].end - 1, "ương") &&
      Match(AgencyWord::kGroup, items[0].begin) == items[0].end - items[0].begin;
  // Places alone ("Tỉnh, xã") or a unit first ("Tổ chức, bộ") make no group without it.
  if (!article && !from_position && !named_kind &&
      (items.size() < 2 || !CapitalWord(items[0].begin) || (i > 0 && !t_[i - 1].punct) ||
       items[0].generic ||
       Match(AgencyWord::kGroup, items[0].begin) < items[0].end - items[0].begin)) {
    return 0;
  }
  // Qualifiers: "tỉnh", "cấp tỉnh", "của tỉnh", "Trung ương", "thuộc Ủy ban nhân dân tỉnh".
  size_t q = items.back().end;
  // "các Ban bầu cử": one kind that heads a name, followed by more of its noun, is no group.
  if (items.size() == 1 && Match(AgencyWord::kHead, items[0].begin) && q < n && !t_[q].punct &&
      !CapitalWord(q) && !Match(AgencyWord::kStop, q) && !Match(AgencyWord::kNegative, q) &&
      !PlaceWordAt(q) && !Key(q, "cấp") && !Key(q, "trung") && !Key(q, "toàn")) {
    return 0;
  }
  Place place = ParsePlace(q);
  if (place.end > q) {
    q = place.end;
  } else if ((Key(q, "của") || Key(q, "trong") || Key(q, "toàn")) && PlaceWordAt(q + 1)) {
    q = ParsePlace(q + 1).end;
  } else if (Key(q, "trung") && Key(q + 1, "ương")) {
    q += 2;
  }
  std::vector<NamedAgency> parent;
  size_t parent_end = ParentBody(q, out ? &parent : nullptr);
  // "các sở, ban, ngành, đơn vị trực thuộc Ủy ban nhân dân tỉnh": a kind ending with its
  // link word takes the parent after it.
  if (!parent_end && q > 0 && Key(q - 1, "thuộc")) {
    parent_end = ParseBody(q, out ? &parent : nullptr);
  }
  if (size_t e = NegativeAt(parent_end ? parent_end : q)) {
    // "các đơn vị có liên quan thuộc Bộ Tư pháp" names no body either.
    size_t after = parent_end ? 0 : ParentBody(e, nullptr);
    if (after) e = after;
    // "Các Bộ trưởng, Thủ trưởng cơ quan ngang bộ và cơ quan, tổ chức có liên quan": the
    // qualifier binds the kinds after the last "và" only.
    size_t last_and = items.size();
    while (last_and > 0 && !items[last_and - 1].after_and) --last_and;
    if (last_and > 1) {
      items.resize(last_and - 1);
      if (std::any_of(items.begin(), items.end(),
                      [](const GroupItem& it) { return !it.generic; })) {
        if (out)
          out->push_back(
              {GroupName(i, article, from_position, items), SpanOf(i, items.back().end)});
      }
    }
    return e;
  }
  // "tại khu vực các tỉnh phía Bắc": places, not bodies.
  const bool all_places = std::all_of(items.begin(), items.end(), [&](const GroupItem& it) {
    return it.text.empty() && PlaceWordAt(it.begin) == it.end - it.begin;
  });
  if (all_places && AfterPlacePreposition(i)) return q;
  const bool all_generic =
      std::all_of(items.begin(), items.end(), [](const GroupItem& it) { return it.generic; });
  if (all_generic) {
    // "Cơ quan chức năng của Bộ Công an" names the ministry; bare "các cơ quan, đơn vị"
    // names nothing.
    if (parent_end) {
      if (!parent.empty()) parent[0].span.begin = t_[i].span.begin;
      if (out) out->insert(out->end(), parent.begin(), parent.end());
      return parent_end;
    }
    return q;
  }
  if (parent_end) q = parent_end;
  // "các tổ chức chính trị - xã hội, tổ chức xã hội - nghề nghiệp": each kind printed in full
  // with the same first word is a list of kinds, one entry each ("các" shared).
  const bool repeated_kind = article && items.size() > 1 && q == items.back().end &&
                             std::all_of(items.begin(), items.end(), [&](const GroupItem& it) {
                               return it.text.empty() && it.end - it.begin > 1 &&
                                      t_[it.begin].key == t_[items[0].begin].key;
                             });
  if (repeated_kind) {
    if (out) {
      for (size_t k = 0; k < items.size(); ++k) {
        out->push_back({Text(i, i + 1) + " " + Text(items[k].begin, items[k].end),
                        SpanOf(k == 0 ? i : items[k].begin, items[k].end)});
      }
    }
    return q;
  }
  if (out) {
    std::string name = GroupName(i, article, from_position, items);
    if (q > items.back().end) name += " " + Text(items.back().end, q);
    out->push_back({name, SpanOf(i, q)});
  }
  return q;
}

size_t AgencyParser::ParsePerson(size_t i, std::vector<NamedAgency>* out) const {
  size_t j = i;
  const bool article = IsArticle(j);
  if (article) ++j;
  size_t p = Match(AgencyWord::kPerson, j);
  if (p == 0 || !CapitalWord(j)) return 0;
  size_t k = j + p;
  if (Key(k, "chính") && Key(k + 1, "phủ")) k += 2;
  if (!article && Match(AgencyWord::kSurname, k) && CapitalWord(k)) {
    size_t e = k + 1;
    while (e < t_.size() && e - k < 4 && CapitalWord(e) && !Match(AgencyWord::kHead, e) &&
           !Match(AgencyWord::kBody, e)) {
      ++e;
    }
    if (e - k >= 2) {
      if (out) out->push_back({Text(j, e), SpanOf(j, e)});
      return e;
    }
  }
  // "các Phó Thủ tướng": the persons holding the position.
  if (article && Match(AgencyWord::kPersonGroup, j) == p && !ParseBody(k, nullptr) &&
      (k >= t_.size() || t_[k].punct || Match(AgencyWord::kStop, k))) {
    if (out) out->push_back({Text(i, k), SpanOf(i, k)});
    return k;
  }
  return 0;
}

size_t AgencyParser::ParseMember(size_t i, std::vector<NamedAgency>* out) const {
  // The members, "và"-listed before one body: "các Tổ đại biểu và đại biểu Hội đồng nhân dân".
  std::vector<Span> members;
  size_t k = i;
  while (true) {
    size_t j = k;
    if (IsArticle(j)) ++j;
    const size_t m = Match(AgencyWord::kMember, j);
    if (m == 0) break;
    members.push_back({k, j + m});
    k = j + m;
    if (!Key(k, "và") && !Punct(k, ",")) break;
    size_t next = IsArticle(k + 1) ? k + 2 : k + 1;
    if (!Match(AgencyWord::kMember, next)) break;
    ++k;
  }
  if (members.empty()) return 0;
  const bool of = Key(k, "của");
  if (of) ++k;
  std::vector<NamedAgency> bodies;
  std::vector<NamedAgency>* found = out ? &bodies : nullptr;
  size_t e = ParseBody(k, found);
  if (e == 0) e = ParseGroup(k, found);
  if (e == 0 || (out && bodies.empty())) return 0;
  if (out) {
    for (size_t m = 0; m < members.size(); ++m) {
      const std::string prefix = Text(members[m].begin, members[m].end) + (of ? " của " : " ");
      const size_t count = m + 1 == members.size() ? bodies.size() : 1;
      for (size_t b = 0; b < count; ++b) {
        Span span = b == 0 ? SpanOf(members[m].begin, members[m].end) : bodies[b].span;
        if (b == 0 && m + 1 == members.size()) span.end = bodies[0].span.end;
        out->push_back({prefix + bodies[b].name, span});
      }
    }
  }
  return e;
}

size_t AgencyParser::ParsePosition(size_t i, std::vector<NamedAgency>* out) const {
  std::vector<size_t> lengths = lex_.AllMatches(AgencyWord::kPosition, t_, i);
  std::vector<size_t> persons = lex_.AllMatches(AgencyWord::kPerson, t_, i);
  lengths.insert(lengths.end(), persons.begin(), persons.end());
  std::sort(lengths.begin(), lengths.end());
  for (size_t length : lengths) {
    size_t k = i + length;
    if (ParseBody(k, nullptr, true)) return ParseBody(k, out, true);
    if (ParseGroup(k, nullptr)) return ParseGroup(k, out);
  }
  return 0;
}

}  // namespace vanban
