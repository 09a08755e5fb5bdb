// The scan over a stretch and what every part of the parser shares (see agency_parser.h):
// token tests, spans, written names, asides and qualifiers that cancel a group.
#include "extractors/agency_parser.h"

#include <algorithm>

#include "extractors/agency_names.h"

namespace vanban {

AgencyParser::AgencyParser(std::string_view text, std::vector<AgencyToken> tokens,
                           std::string province)
    : text_(text),
      t_(std::move(tokens)),
      province_(std::move(province)),
      lex_(AgencyLexicon::Get()) {
  lex_.SetWordIds(t_);
}

size_t AgencyParser::Match(AgencyWord kind, size_t i) const {
  return i < t_.size() ? lex_.Match(kind, t_, i) : 0;
}

bool AgencyParser::Punct(size_t i, std::string_view mark) const {
  return i < t_.size() && t_[i].punct && t_[i].key == mark;
}

bool AgencyParser::Key(size_t i, std::string_view key) const {
  return i < t_.size() && !t_[i].punct && t_[i].key == key;
}

bool AgencyParser::IsArticle(size_t i) const { return i < t_.size() && lex_.IsArticle(t_[i]); }

bool AgencyParser::CapitalWord(size_t i) const { return i < t_.size() && t_[i].Capitalized(); }

Span AgencyParser::SpanOf(size_t begin, size_t end) const {
  if (begin >= end || end > t_.size()) return {};
  return {t_[begin].span.begin, t_[end - 1].span.end};
}

std::string AgencyParser::Text(size_t begin, size_t end) const {
  // A body of the gazetteer as written there ("ACV", not "Acv").
  const std::string* written = nullptr;
  if (lex_.Match(AgencyWord::kBody, t_, begin, &written) == end - begin && written) {
    return *written;
  }
  Span s = SpanOf(begin, end);
  std::string_view printed = text_.substr(s.begin, s.size());
  // Words OCR printed with a wrong tone mark are written as read ("Chỉ nhánh" -> "Chi nhánh").
  // From the last word back, so that the offsets of the ones before stay right.
  std::string corrected;
  for (size_t k = end; k-- > begin;) {
    if (t_[k].written.empty()) continue;
    if (corrected.empty()) corrected.assign(printed);
    corrected.replace(t_[k].span.begin - s.begin, t_[k].span.size(), t_[k].written);
  }
  if (!corrected.empty()) printed = corrected;
  // A zone names the same bodies again and again: each printed form is written once.
  auto it = written_.find(printed);
  if (it == written_.end()) {
    it = written_.emplace(std::string(printed), WrittenAgencyName(printed)).first;
  }
  return it->second;
}

std::string AgencyParser::BodyName(size_t begin, size_t end, const Place& place) const {
  if (place.bare_province && !province_.empty() && place.word > begin) {
    std::string name = Text(begin, place.word) + " " + province_;
    if (place.word + place.word_length < end)
      name += " " + Text(place.word + place.word_length, end);
    return name;
  }
  return Text(begin, end);
}

size_t AgencyParser::NegativeAt(size_t i) const {
  size_t n = Match(AgencyWord::kNegative, i);
  if (n == 0) return 0;
  // "trên" cancels a group only at its end ("các đơn vị trên,"), not in "trên địa bàn".
  if (n == 1 && t_[i].key == "trên") {
    size_t k = i + 1;
    if (k < t_.size() && !t_[k].punct && !Match(AgencyWord::kStop, k)) return 0;
  }
  return i + n;
}

size_t AgencyParser::ParentBody(size_t i, std::vector<NamedAgency>* out) const {
  size_t k = i;
  if (Key(k, "trực")) ++k;
  if (!Key(k, "thuộc") && !Key(k, "của")) return 0;
  return ParseBody(k + 1, out);
}

size_t AgencyParser::SkipAside(size_t i) const {
  const size_t n = t_.size();
  if (Punct(i, "(")) {
    for (size_t k = i + 1; k < n; ++k) {
      if (Punct(k, ")")) return k + 1;
    }
    return i;
  }
  size_t k = i;
  if (Punct(k, ",")) ++k;
  if (!Key(k, "như")) return i;
  ++k;
  if (Punct(k, ":")) ++k;
  // "như: Bộ Công an, Bộ Quốc phòng, ..." examples of the group before.
  while (k < n) {
    size_t e = std::max({ParseBody(k, nullptr), ParseGroup(k, nullptr), ParsePlaces(k, nullptr)});
    if (e == 0 && Match(AgencyWord::kField, k) && CapitalWord(k))
      e = k + Match(AgencyWord::kField, k);
    if (e == 0) break;
    k = e;
    if (Punct(k, ",") || Key(k, "và")) {
      ++k;
    } else {
      break;
    }
  }
  while (Punct(k, ".") || Punct(k, "…")) ++k;
  return k;
}

std::vector<NamedAgency> AgencyParser::Run() {
  std::vector<NamedAgency> out;
  size_t i = 0;
  while (i < t_.size()) {
    if (t_[i].punct) {
      // "(đ/c: Tổ dân phố 4, Phường Bình Thuận, tỉnh Tuyên Quang)": an address names no body.
      if (Punct(i, "(") && (Key(i + 1, "đ") || Key(i + 1, "địa"))) {
        size_t close = i + 1;
        while (close < t_.size() && !Punct(close, ")")) ++close;
        i = close;
      }
      ++i;
      continue;
    }
    // "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" beside a heading holds no body.
    if (size_t b = Match(AgencyWord::kBarrier, i)) {
      i += b;
      continue;
    }
    // Every mention starts with a word of the lists or an article.
    if (!lex_.MayStart(t_[i])) {
      ++i;
      continue;
    }
    size_t e = ParsePerson(i, &out);
    if (!e) e = ParseMember(i, &out);
    if (!e) e = ParsePlaces(i, &out);
    if (!e) e = ParseGroup(i, &out);
    // A known body first ("Thủ tướng Chính phủ"), else a position before a body first
    // ("BỘ TRƯỞNG BỘ TƯ PHÁP").
    if (!e && Match(AgencyWord::kBody, i)) e = ParseBody(i, &out);
    if (!e) e = ParsePosition(i, &out);
    if (!e) e = ParseBody(i, &out);
    if (!e) {
      ++i;
      continue;
    }
    i = SkipAside(e);
  }
  ShareListPlace(out);
  return out;
}

}  // namespace vanban
