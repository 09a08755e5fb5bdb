#include "extractors/metadata.h"

#include <re2/re2.h>

#include <algorithm>

#include "extractors/agency_names.h"
#include "extractors/diacritic_evidence.h"
#include "extractors/doc_number.h"
#include "extractors/doc_types.h"
#include "extractors/loose_pattern.h"
#include "extractors/metadata_parts.h"
#include "extractors/ocr_debris.h"
#include "extractors/subject_head.h"
#include "extractors/subject_words.h"
#include "extractors/vn_date.h"

namespace vanban {
namespace {

std::vector<const Zone*> ZonesOf(const Document& doc, ZoneKind kind) {
  std::vector<const Zone*> out;
  for (const Zone& z : doc.zones) {
    if (z.kind == kind) out.push_back(&z);
  }
  return out;
}

std::string_view StripFinal(std::string_view s, std::string_view marks) {
  while (!s.empty() && (marks.find(s.back()) != std::string_view::npos || s.back() == ' ')) {
    s.remove_suffix(1);
  }
  return s;
}

void ReadNumber(const Document& doc, DocumentMeta* meta) {
  const Zone* zone = doc.FindZone(ZoneKind::kNumber);
  if (!zone) return;
  // Line breaks read as spaces (same offsets): "Số: 3783/QĐ-\nUBND".
  std::string t(doc.Slice(zone->span));
  std::replace(t.begin(), t.end(), '\n', ' ');
  size_t digit = t.find_first_of("0123456789");
  // The label's own words hold no digits: the first digit starts the number.
  while (digit != std::string_view::npos) {
    if (auto number = MatchDocNumber(t, digit)) {
      meta->number =
          Field{number->text,
                {zone->span.begin + number->span.begin, zone->span.begin + number->span.end}};
      return;
    }
    size_t after = t.find_first_not_of("0123456789", digit);
    digit = after == std::string::npos ? after : t.find_first_of("0123456789", after);
  }
}

// A digital signing stamp that agrees with the month and year the place-date line still
// shows: "Thời gian ký: 11/09/2024 19:14:21", "Ngày ký: 24.01.2025 14:23:45" (a date labelled
// as the signing time). A gazette's receipt stamp, a bare date and time under its e-mail
// address ("04.04.2018 14:21:14 +07:00"), is dated when the gazette received the document,
// days after it was issued, and is never used.
void ReadSigningStamp(const Document& doc, const Date& month, DocumentMeta* meta) {
  static const RE2 signed_at(LoosePattern("ký", LetterCase::kAny) + R"(\s*:?\s*$)");
  // Stamps stand at the top or the bottom of a scanned document.
  constexpr size_t kEdge = 4000;
  std::string_view all = doc.text;
  std::vector<DateMatch> dates = FindDates(all.substr(0, std::min(all.size(), kEdge)));
  if (all.size() > kEdge) {
    size_t tail = std::max(kEdge, all.size() - kEdge);
    for (DateMatch d : FindDates(all.substr(tail))) {
      d.span.begin += tail;
      d.span.end += tail;
      dates.push_back(d);
    }
  }
  std::string_view text = all;
  for (const DateMatch& d : dates) {
    if (d.date.year != month.year || d.date.month != month.month) continue;
    size_t before_begin = d.span.begin > 24 ? d.span.begin - 24 : 0;
    std::string_view before = text.substr(before_begin, d.span.begin - before_begin);
    if (!RE2::PartialMatch(before, signed_at)) continue;
    meta->issued = Field{d.date.Iso(), d.span};
    return;
  }
}

void ReadPlaceDate(const Document& doc, DocumentMeta* meta) {
  const Zone* zone = doc.FindZone(ZoneKind::kPlaceDate);
  if (!zone) return;
  std::string_view t = doc.Slice(zone->span);
  auto date = FindDate(t, 0, DateValidity::kAny);
  // The place ends at "ngày" (or the date, or the comma): "Hà Nội, ngày 06/3/2024".
  static const RE2 day_word(LoosePattern("ngày", LetterCase::kAny));
  re2::StringPiece day;
  size_t place_end = date ? date->span.begin : t.find(',');
  if (day_word.Match(t, 0, t.size(), RE2::UNANCHORED, &day, 1)) {
    place_end = std::min(place_end, static_cast<size_t>(day.data() - t.data()));
  }
  if (date && date->date.IsValid()) {
    meta->issued = Field{date->date.Iso(),
                         {zone->span.begin + date->span.begin, zone->span.begin + date->span.end}};
  }
  if (!meta->issued) {
    // The day garbled by OCR ("ngày/1} tháng 9 năm 2024"): a signing stamp of the same month.
    if (auto month = FindMonthYear(t)) ReadSigningStamp(doc, month->date, meta);
  }
  if (place_end == std::string_view::npos) return;
  std::string_view place = StripFinal(t.substr(0, place_end), ",");
  if (place.empty()) return;
  meta->place = Field{WrittenPlaceName(place), {zone->span.begin, zone->span.begin + place.size()}};
}

// No place-date line: the adoption clause just before the signature ("Nghị quyết này được
// Ủy ban Thường vụ Quốc hội ... thông qua tại Phiên họp thứ 49 ngày 26 tháng 9 năm 2025.").
void ReadAdoptionDate(const Document& doc, DocumentMeta* meta) {
  const Zone* signature = doc.FindZone(ZoneKind::kSignature);
  if (!signature) return;
  static const RE2 adopted(LoosePattern("thông qua", LetterCase::kAny));
  size_t begin = signature->span.begin > 800 ? signature->span.begin - 800 : 0;
  std::string_view before = std::string_view(doc.text).substr(begin, signature->span.begin - begin);
  re2::StringPiece m;
  size_t from = 0;
  std::optional<DateMatch> found;
  static const RE2 this_document(R"((?:^|\s))" + LoosePattern("này", LetterCase::kAny) + R"(\s)");
  while (adopted.Match(before, from, before.size(), RE2::UNANCHORED, &m, 1)) {
    size_t at = m.data() - before.data() + m.size();
    from = at;
    // Only the document's own adoption: "... này được ... thông qua ..." in one sentence.
    size_t found_at = m.data() - before.data();
    size_t sentence = before.find_last_of(".\n", found_at);
    sentence = sentence == std::string_view::npos ? 0 : sentence + 1;
    if (!RE2::PartialMatch(before.substr(sentence, found_at - sentence), this_document)) continue;
    auto date = FindDate(before.substr(0, std::min(before.size(), at + 200)), at);
    if (date && date->span.begin < at + 200) found = date;
    from = at;
  }
  if (!found) return;
  meta->issued = Field{found->date.Iso(), {begin + found->span.begin, begin + found->span.end}};
}

// The type line and the trích yếu from the kTitle zones.
void ReadTitle(const Document& doc, DocumentMeta* meta) {
  std::vector<const Zone*> zones = ZonesOf(doc, ZoneKind::kTitle);
  if (zones.empty()) return;
  std::string_view first = doc.Slice(zones.front()->span);
  if (auto type = MatchTypeLine(first)) {
    meta->type = Field{type->type->code,
                       {zones.front()->span.begin, zones.front()->span.begin + type->length}};
    zones.erase(zones.begin());
  }
  if (zones.empty()) return;
  // The printed words, repaired: the formulaic head, OCR debris, diacritics the rest of the
  // document gives. The span covers the printed words kept.
  std::vector<Span> lines;
  for (const Zone* z : zones) lines.push_back(z->span);
  std::vector<SubjectWord> words =
      WithSourceLines(SplitSubjectWords(doc.text, lines), doc.raw_text, doc.offsets);
  words = RestoreDiacritics(DropOcrDebris(RestoreSubjectHead(std::move(words))), doc.text);
  std::string subject(StripFinal(JoinSubjectWords(words), ".;,"));
  if (!subject.empty()) {
    meta->subject = Field{subject, {words.front().span.begin, words.back().span.end}};
  }
}

// The type when no type line was read.
void InferType(const Document& doc, DocumentMeta* meta) {
  if (meta->type) return;
  if (meta->subject) {
    std::string_view s = meta->subject->value;
    if (s.size() > 2 && (s[0] == 'V' || s[0] == 'v') && s[1] == '/') {
      meta->type = Field{"cong_van", meta->subject->span};
      return;
    }
  }
  if (meta->number) {
    const DocType* implied = TypeImpliedByNumber(meta->number->value);
    meta->type = Field{implied ? implied->code : "cong_van", meta->number->span};
    return;
  }
  // No header: a Công văn whose header the source cut off still has its addressees or its
  // signature; a text with none of these is a press article.
  for (ZoneKind kind : {ZoneKind::kAddressees, ZoneKind::kSignature, ZoneKind::kIssuer}) {
    if (const Zone* z = doc.FindZone(kind)) {
      meta->type = Field{"cong_van", z->span};
      return;
    }
  }
  meta->type = Field{"bai_bao", {0, 0}};
}

}  // namespace

std::string ZoneText(const Document& doc, const Zone& zone) {
  return CollapseSpaces(doc.Slice(zone.span));
}

DocumentMeta ExtractMetadata(const Document& doc) {
  DocumentMeta meta;
  ReadNumber(doc, &meta);
  ReadPlaceDate(doc, &meta);
  if (!meta.issued) ReadAdoptionDate(doc, &meta);
  ReadIssuer(doc, &meta);
  ReadTitle(doc, &meta);
  InferType(doc, &meta);
  meta.signer = ReadSigner(doc);
  meta.addressees = ReadListItems(doc, ZoneKind::kAddressees);
  meta.recipients = ReadListItems(doc, ZoneKind::kRecipients);
  return meta;
}

}  // namespace vanban
