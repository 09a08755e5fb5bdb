// Named bodies (see agency_parser.h): a head and its specific name, field or topic, a
// parent body after it, shared heads and places distributed.
#include <algorithm>
#include <utility>

#include "extractors/agency_names.h"
#include "extractors/agency_parser.h"
#include "extractors/gazetteer.h"

namespace vanban {

namespace {

// Lower-case words a specific name may run through ("Cục Kiểm tra văn bản quy phạm pháp
// luật"): past them it is a description.
constexpr int kMaxLowerWords = 8;
// Tokens an inner comma list ("Cục Xuất bản, In và Phát hành") may span.
constexpr size_t kMaxInnerList = 12;
// Lower-case words after a comma inside a name ("Vụ Phổ biến, giáo dục pháp luật").
constexpr size_t kMaxLowerTail = 5;
// Words of a topic after "Ban Chỉ đạo" ("phòng thủ dân sự quốc gia").
constexpr size_t kMaxTopicWords = 12;

}  // namespace

size_t AgencyParser::ParseBody(size_t i, std::vector<NamedAgency>* out, bool after_position) const {
  const size_t n = t_.size();
  size_t j = i;
  if (IsArticle(j)) ++j;
  if (j >= n || t_[j].punct) return 0;
  // "Luật Thuế giá trị gia tăng", "Luật Công an nhân dân": a title, not a body.
  if (j > 0 && Key(j - 1, "luật")) return 0;
  const size_t body = Match(AgencyWord::kBody, j);
  const size_t head = Match(AgencyWord::kHead, j);
  const bool field_head = head && Match(AgencyWord::kFieldHead, j) == head;
  size_t end = 0;
  bool national = false;  // a ministry: no place follows its name
  if (body && body >= head && CapitalWord(j)) {
    end = j + body;
    national = Key(j, "bộ");
    // "các Bộ Quốc phòng, Công an": the head of the first ministry is shared by the fields
    // listed after it.
    size_t sep = Punct(end, ",") || Key(end, "và") ? 1 : 0;
    if (Punct(end, ",") && Key(end + 1, "và")) sep = 2;
    if (national && field_head && j > i && sep &&
        DistributeFields(j, j + head, end + sep, nullptr, false)) {
      if (out) out->push_back({Text(j, end), SpanOf(j, end)});
      return DistributeFields(j, j + head, end + sep, out, false);
    }
  } else if (head &&
             (CapitalWord(j) ||
              (field_head && CapitalWord(j + head) && Match(AgencyWord::kField, j + head)) ||
              (after_position && Match(AgencyWord::kHeadAlone, j) == head))) {
    const size_t h = j + head;
    if (field_head && CapitalWord(h)) {
      if (size_t f = Match(AgencyWord::kField, h)) {
        end = h + f;
        // A ministry is national: "Bộ Quốc phòng các tỉnh Ninh Bình, ..." lists two.
        Place place = Key(j, "bộ") ? NoPlace(end) : ParsePlace(end);
        size_t after = place.end;
        if (out) out->push_back({BodyName(j, after, place), SpanOf(j, after)});
        // "Sở Tài chính, Xây dựng": the head is shared.
        size_t sep = 0;
        if (Punct(after, ",") || Key(after, "và")) sep = 1;
        if (Punct(after, ",") && Key(after + 1, "và")) sep = 2;
        if (sep && place.end == end) {
          if (size_t e = DistributeFields(j, h, after + sep, out, false)) return e;
        }
        return after;
      }
    }
    if ((Punct(h, ":") || Punct(h, "(")) && field_head) {
      // "các Bộ: Quốc phòng, Công an", "các Sở (Tài chính, Xây dựng)"
      if (size_t e = DistributeFields(j, h, h + 1, out, true)) return e;
    }
    const bool topic = Match(AgencyWord::kHeadTopic, j) == head;
    // In capitals ("BÁO CÁO", "VIỆN TRỢ") a name's end cannot be seen: only a parent body
    // may follow an unknown head there.
    const bool capitals = t_[j].word_case == WordCase::kUpper;
    size_t s = capitals ? NestedBody(h) : topic ? ParseTopic(h) : ParseSpecific(h);
    // A head named only with a place takes no acronym for a name: "Thuế GTGT" is a tax.
    if (s == h + 1 && Match(AgencyWord::kHeadPlaced, j) == head &&
        t_[h].word_case == WordCase::kUpper && !Match(AgencyWord::kBody, h)) {
      s = h;
    }
    if (s > h) {
      end = s;
      // "Ban Chỉ đạo 389 của tỉnh"
      if (topic && Key(end, "của") && PlaceWordAt(end + 1) && !CapitalWord(end + 2)) {
        end = ParsePlace(end + 1).end;
      }
      // A unit named with its parent: "Ủy ban Pháp luật và Tư pháp của Quốc hội", "Phòng
      // Giao dịch của các Ngân hàng thương mại".
      if (Key(end, "của") && end + 1 < t_.size() && !t_[end + 1].line_start) {
        size_t parent = ParseBody(end + 1, nullptr);
        if (parent == 0) parent = ParseGroup(end + 1, nullptr);
        if (parent > end + 1) end = parent;
      }
    } else if (Match(AgencyWord::kHeadAlone, j) == head ||
               Match(AgencyWord::kHeadPlaced, j) == head) {
      end = h;
      // "Tỉnh ủy, Thành ủy các tỉnh, thành phố": the place is shared.
      if (size_t later = SharedPlace(h)) {
        if (!out) return h;
        std::vector<NamedAgency> bodies;
        ParseBody(later, &bodies, true);
        const std::string later_head =
            Text(later, later + std::max(Match(AgencyWord::kHeadAlone, later),
                                         Match(AgencyWord::kHeadPlaced, later)));
        const std::string own_head = Text(j, h);
        Span span = SpanOf(j, h);
        for (const NamedAgency& later_body : bodies) {
          if (!later_body.name.starts_with(later_head)) continue;
          std::string rest = later_body.name.substr(later_head.size());
          // A party committee of one level takes only the places of its level, without
          // repeating the level: "Tỉnh ủy" + " tỉnh Gia Lai" gives "Tỉnh ủy Gia Lai".
          static constexpr std::pair<std::string_view, std::string_view> kCommittees[] = {
              {"tỉnh ủy", " tỉnh "}, {"thành ủy", " thành phố "}};
          bool other_level = false;
          for (auto [committee, level] : kCommittees) {
            if (NameKey(own_head) != committee) continue;
            if (rest.starts_with(level)) {
              rest = " " + rest.substr(level.size());
            } else if (rest.starts_with(" tỉnh ") || rest.starts_with(" thành phố ")) {
              other_level = true;
            }
          }
          if (other_level) continue;
          out->push_back({own_head + rest, span});
          span.begin = span.end;  // the others share the head: empty spans after it
        }
        return h;
      }
      // "Thanh tra tỉnh", but "Thanh tra, kiểm tra" is a verb.
      if (Match(AgencyWord::kHeadAlone, j) != head && ParsePlace(h).end == h) return 0;
    } else {
      return 0;
    }
  } else {
    return 0;
  }
  // "Ngân hàng Nhà nước - Chi nhánh Quảng Ngãi": a branch is named after its body.
  size_t branch = Punct(end, "-") ? end + 1 : end;
  if (Key(branch, "chi") && Key(branch + 1, "nhánh")) {
    end = ParseSpecific(branch + 2);
  }
  Place place = national ? NoPlace(end) : ParsePlace(end);
  size_t after = place.end;
  if (place.plural || IsArticle(i)) {
    if (size_t e = NegativeAt(after)) return e;
  }
  if (!place.items.empty()) {
    if (!out) return after;
    const std::string head_text = Text(j, end);
    for (size_t k = 0; k < place.items.size(); ++k) {
      const Span& item = place.items[k];
      out->push_back({head_text + " " + Text(item.begin, item.end),
                      SpanOf(k == 0 ? j : item.begin, item.end)});
    }
    return after;
  }
  // "Ủy ban nhân dân các tỉnh: Nghệ An, Hà Tĩnh", "các tỉnh Nghệ An, Quảng Ngãi"
  if (place.plural && place.word > end) {
    size_t list = after;
    bool mark = Punct(list, ":") || Punct(list, "(");
    if (mark) ++list;
    if (mark || CapitalWord(list)) {
      size_t list_end = 0;
      std::vector<Span> names = PlaceNames(list, &list_end);
      if (!names.empty() && Match(AgencyWord::kPlace, names[0].begin)) {
        if (Punct(list_end, ")")) ++list_end;
        if (!out) return list_end;
        const std::string head_text = Text(j, end);
        const std::string word = Text(place.word, place.word + place.word_length);
        for (const Span& name : names) {
          const size_t from = &name == &names[0] ? j : name.begin;
          std::string place_name = Text(name.begin, name.end);
          std::string qualifier = PlaceQualifier(place_name);
          if (qualifier.empty()) qualifier = word;
          out->push_back({head_text + " " + qualifier + " " + place_name, SpanOf(from, name.end)});
        }
        return list_end;
      }
    }
  }
  if (out) out->push_back({BodyName(j, after, place), SpanOf(j, after)});
  return after;
}

size_t AgencyParser::SharedPlace(size_t i) const {
  size_t sep = 0;
  if (Punct(i, ",") || Key(i, "và")) sep = 1;
  if (sep == 0) return 0;
  size_t k = i + sep;
  // "Bí thư Tỉnh ủy, Chủ tịch Ủy ban nhân dân các tỉnh": a position may stand before it.
  if (!Match(AgencyWord::kHeadAlone, k) && !Match(AgencyWord::kHeadPlaced, k)) {
    for (size_t p : lex_.AllMatches(AgencyWord::kPosition, t_, k)) {
      if (Match(AgencyWord::kHeadAlone, k + p) || Match(AgencyWord::kHeadPlaced, k + p)) {
        k += p;
        break;
      }
    }
  }
  size_t head = std::max(Match(AgencyWord::kHeadAlone, k), Match(AgencyWord::kHeadPlaced, k));
  if (head == 0 || !CapitalWord(k) || ParseSpecific(k + head) > k + head) return 0;
  if (size_t shared = SharedPlace(k + head)) return shared;
  return ParsePlace(k + head).end > k + head ? k : 0;
}

size_t AgencyParser::DistributeFields(size_t head_begin, size_t head_end, size_t i,
                                      std::vector<NamedAgency>* out, bool after_list_mark) const {
  const std::string head = out ? Text(head_begin, head_end) : "";
  size_t k = i;
  size_t last = 0;
  while (k < t_.size()) {
    size_t f = Match(AgencyWord::kField, k);
    if (f == 0 || !CapitalWord(k)) break;
    // "Công an tỉnh" after "Bộ Quốc phòng," is a body of its own.
    if (Match(AgencyWord::kHead, k) &&
        (PlaceWordAt(k + f) || Key(k + f, "các") || Key(k + f, "cấp"))) {
      break;
    }
    // After "các Bộ:" the first name's span starts at the head, so that the list reads from
    // there.
    const size_t from = last == 0 && after_list_mark ? head_begin : k;
    if (out) out->push_back({head + " " + Text(k, k + f), SpanOf(from, k + f)});
    k += f;
    last = k;
    size_t sep = 0;
    if (Punct(k, ",") || Key(k, "và") || (after_list_mark && Punct(k, ";"))) sep = 1;
    if (Punct(k, ",") && Key(k + 1, "và")) sep = 2;
    if (sep == 0 || !Match(AgencyWord::kField, k + sep)) break;
    k += sep;
  }
  if (last && after_list_mark && Punct(last, ")")) ++last;
  return last;
}

size_t AgencyParser::NestedBody(size_t i) const {
  if (!CapitalWord(i) || !(Match(AgencyWord::kHead, i) || Match(AgencyWord::kBody, i))) return i;
  size_t e = ParseBody(i, nullptr);
  return e ? e : i;
}

size_t AgencyParser::ParseSpecific(size_t i) const {
  const size_t n = t_.size();
  if (i >= n || t_[i].punct) return i;
  const bool digit = t_[i].key[0] >= '0' && t_[i].key[0] <= '9';
  if (!CapitalWord(i) && !digit) return i;
  // "HỘI ĐỒNG NHÂN DÂN CÁC CẤP", but "Vụ Các vấn đề chung về xây dựng pháp luật".
  if ((IsArticle(i) &&
       (t_[i].word_case == WordCase::kUpper || PlaceWordAt(i + 1) || Key(i + 1, "cấp"))) ||
      Key(i, "cấp") || Match(AgencyWord::kBarrier, i)) {
    return i;
  }
  if (Key(i, "trung") && Key(i + 1, "ương")) return i;  // "các Bộ, ngành Trung ương"
  // "Vụ Của các", "Vụ Cụ thể": function words start no name.
  if (Match(AgencyWord::kFunctionWord, i)) return i;
  if (PlaceWordAt(i) && !Match(AgencyWord::kHead, i)) return i;
  // A parent body named right after the head: "Văn phòng Ủy ban nhân dân tỉnh",
  // "Văn phòng Bộ".
  if (size_t h = std::max(Match(AgencyWord::kHead, i), Match(AgencyWord::kBody, i))) {
    if (size_t e = ParseBody(i, nullptr)) return e;
    size_t after = i + h;
    if (after >= n || t_[after].punct || Match(AgencyWord::kStop, after)) return after;
  }
  size_t k = i + 1;
  int lower_words = 0;
  while (k < n && !t_[k].line_start) {
    if (PlaceWordAt(k) && !Match(AgencyWord::kHead, k)) break;
    if (Key(k, "cấp") || (IsArticle(k) && (PlaceWordAt(k + 1) || Key(k + 1, "cấp")))) {
      break;
    }
    const AgencyToken& t = t_[k];
    if (t.punct) {
      if ((t.key == "-" || t.key == "–") && CapitalWord(k + 1) && !IsArticle(k + 1) &&
          !Match(AgencyWord::kStop, k + 1) && !Match(AgencyWord::kBarrier, k + 1)) {
        if (Match(AgencyWord::kHead, k + 1) || Match(AgencyWord::kBody, k + 1)) {
          size_t e = ParseBody(k + 1, nullptr);
          return e ? e : k;
        }
        k += 2;
        continue;
      }
      // "Vụ Pháp luật hình sự - hành chính": two fields of one name.
      if ((t.key == "-" || t.key == "–") && k + 1 < n && !t_[k + 1].punct &&
          !t_[k + 1].line_start && !CapitalWord(k - 1) && !Match(AgencyWord::kStop, k + 1) &&
          !Match(AgencyWord::kGroup, k + 1) && !Match(AgencyWord::kGeneric, k + 1) &&
          !PlaceWordAt(k + 1) && !IsArticle(k + 1)) {
        k += 2;
        continue;
      }
      if (t.key == ",") {
        if (size_t e = InnerCommaList(k)) {
          k = e;
          continue;
        }
      }
      break;
    }
    if (Key(k, "và")) {
      size_t m = k + 1;
      if (IsArticle(m)) ++m;
      if (CapitalWord(m) && !Match(AgencyWord::kHead, m) && !Match(AgencyWord::kBody, m) &&
          !Match(AgencyWord::kPosition, m) && !Match(AgencyWord::kPerson, m)) {
        k = m + 1;
        continue;
      }
      break;
    }
    // After "về" a verb names the field: "Vụ Các vấn đề chung về xây dựng pháp luật".
    const bool after_about = Key(k - 1, "về") && k - 1 > i;
    if (Match(AgencyWord::kBarrier, k) ||
        (!CapitalWord(k) && !after_about &&
         (Match(AgencyWord::kStop, k) || Match(AgencyWord::kNegative, k)))) {
      break;
    }
    if (CapitalWord(k) && (Match(AgencyWord::kHead, k) || Match(AgencyWord::kBody, k))) {
      // A parent body ends the name: "Ban Tuyên giáo và Dân vận Tỉnh ủy".
      if (Match(AgencyWord::kHeadAlone, k) || Match(AgencyWord::kBody, k)) {
        if (size_t e = ParseBody(k, nullptr)) return e;
      }
      break;
    }
    if (!CapitalWord(k) && ++lower_words > kMaxLowerWords) break;
    ++k;
  }
  return k;
}

size_t AgencyParser::InnerCommaList(size_t comma) const {
  size_t k = comma + 1;
  if (k < t_.size() && !t_[k].punct && !CapitalWord(k)) return LowerCommaTail(k);
  if (!CapitalWord(k) || Match(AgencyWord::kHead, k) || Match(AgencyWord::kBody, k)) return 0;
  for (; k < t_.size() && k < comma + kMaxInnerList && !t_[k].line_start; ++k) {
    if (Key(k, "và")) {
      return CapitalWord(k + 1) && !Match(AgencyWord::kHead, k + 1) &&
                     !Match(AgencyWord::kPosition, k + 1) && !Match(AgencyWord::kPerson, k + 1)
                 ? k + 2
                 : 0;
    }
    if (t_[k].punct && !Punct(k, ",")) return 0;
    if (Match(AgencyWord::kStop, k) || PlaceWordAt(k)) return 0;
    if (Punct(k, ",") && (!CapitalWord(k + 1) || Match(AgencyWord::kHead, k + 1))) return 0;
  }
  return 0;
}

size_t AgencyParser::LowerCommaTail(size_t i) const {
  size_t k = i;
  while (k < t_.size() && !t_[k].punct && !CapitalWord(k) && !t_[k].line_start) {
    if (Match(AgencyWord::kStop, k) || Match(AgencyWord::kNegative, k) ||
        Match(AgencyWord::kGeneric, k) || Match(AgencyWord::kGroup, k) || PlaceWordAt(k) ||
        IsArticle(k) || Key(k, "cấp")) {
      break;
    }
    ++k;
  }
  const size_t words = k - i;
  if (words == 0 || words > kMaxLowerTail) return 0;
  // Then the end, a mark, a verb, or a comma before the next body of a list.
  const bool ends = k >= t_.size() || (t_[k].punct && !Punct(k, ",")) ||
                    (!CapitalWord(k) && Match(AgencyWord::kStop, k)) ||
                    (Punct(k, ",") && (IsArticle(k + 1) ||
                                       (CapitalWord(k + 1) && (Match(AgencyWord::kHead, k + 1) ||
                                                               Match(AgencyWord::kBody, k + 1)))));
  return ends ? k : 0;
}

size_t AgencyParser::ParseTopic(size_t i) const {
  // The body the council belongs to: "Hội đồng Thi đua - Khen thưởng Bộ Giáo dục và Đào tạo".
  if (CapitalWord(i) && (Match(AgencyWord::kHead, i) || Match(AgencyWord::kBody, i))) {
    if (size_t e = ParseBody(i, nullptr)) return e;
  }
  size_t k = i;
  while (k < t_.size() && k < i + kMaxTopicWords && !t_[k].line_start) {
    if (PlaceWordAt(k) && !Match(AgencyWord::kHead, k)) break;
    if (Key(k, "cấp") || (IsArticle(k) && (PlaceWordAt(k + 1) || Key(k + 1, "cấp")))) {
      break;
    }
    if (t_[k].punct) {
      // "phòng, chống thiên tai"
      if (Punct(k, ",") && Key(k + 1, "chống")) {
        k += 2;
        continue;
      }
      if (Punct(k, "-") && k > i) {
        ++k;
        continue;
      }
      break;
    }
    if (Match(AgencyWord::kBarrier, k) ||
        (!Key(k, "về") && !CapitalWord(k) &&
         (Match(AgencyWord::kStop, k) || Match(AgencyWord::kNegative, k)))) {
      break;
    }
    if (k > i && CapitalWord(k) &&
        (Match(AgencyWord::kHead, k) || Match(AgencyWord::kBody, k) ||
         Match(AgencyWord::kPosition, k))) {
      break;
    }
    ++k;
  }
  while (k > i && Key(k - 1, "về")) --k;
  return k;
}

}  // namespace vanban
