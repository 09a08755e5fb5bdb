#include "extractors/obligation_roles.h"

#include <re2/re2.h>

#include <algorithm>
#include <cctype>

#include "extractors/agency_runs.h"
#include "extractors/lines.h"
#include "extractors/loose_pattern.h"
#include "extractors/obligation_cues.h"
#include "extractors/text_case.h"

namespace vanban {
namespace {

void AddAll(std::vector<int>& to, const std::vector<int>& from) {
  for (int i : from) {
    if (std::find(to.begin(), to.end(), i) == to.end()) to.push_back(i);
  }
}

// True when a cue lies inside a body's name ("Ban Chỉ đạo" holds "chỉ đạo").
bool InsideMention(const Cue& cue, const std::vector<AgencyMention>& mentions) {
  auto it = std::upper_bound(mentions.begin(), mentions.end(), cue.span.begin,
                             [](size_t pos, const AgencyMention& m) { return pos < m.span.end; });
  return it != mentions.end() && it->span.begin < cue.span.end;
}

// The indices of the mentions inside span.
std::vector<int> MentionsIn(Span span, const std::vector<AgencyMention>& mentions) {
  std::vector<int> out;
  for (size_t i = 0; i < mentions.size(); ++i) {
    if (mentions[i].span.begin >= span.begin && mentions[i].span.end <= span.end) {
      out.push_back(static_cast<int>(i));
    }
  }
  return out;
}

// True when the sentence ends with what its subject asks: "Phó Trưởng Ban ... Nguyễn Hoàng
// Giang yêu cầu:", "... kết luận như sau:". Its subject speaks; the items below are the tasks.
bool AsksAtTheEnd(std::string_view text, Span sentence) {
  static const RE2 ending("(?:" + LoosePattern("như sau", LetterCase::kAny) + R"()?\s*:\s*$)");
  const Span all = Trim(text, sentence);
  const std::string_view s = text.substr(all.begin, all.size());
  re2::StringPiece m;
  if (s.empty() || s.back() != ':') return false;
  const size_t from = s.size() > 40 ? s.size() - 40 : 0;
  if (!ending.Match(s, from, s.size(), RE2::UNANCHORED, &m, 1)) return false;
  // The last word or two before the ending.
  const size_t end = all.begin + static_cast<size_t>(m.data() - s.data());
  for (size_t b = end; b > all.begin && end - b < 24; --b) {
    if (text[b - 1] != ' ') continue;
    const size_t cue = CueAt(text, b, CueKind::kRequester);
    if (cue > 0 && b + cue >= end - 1) return true;
  }
  return false;
}

// True when the sentence tells what happened or what another document said: it opens with a
// dated event ("Ngày 22/10/2025, tại Thông báo số 569/TB-VPCP ..., Phó Thủ tướng ... giao
// ...") or with a cited document ("Tại Công văn số 123/UBND-KT, ...").
bool Recounts(std::string_view text, Span sentence) {
  static const RE2 dated("^(?:" + LoosePattern("ngày", LetterCase::kAny) +
                         R"(\s+\d{1,2}(?:/\d{1,2}/\d{4}|\s+tháng\s+\d{1,2}\s+năm\s+\d{4})|)" +
                         LoosePattern("tại", LetterCase::kAny) + R"(\s[^,]{0,60}?\ssố\s*\d+/))");
  // The pattern is anchored and both openers start with "n" or "t" in either case.
  const char first = sentence.empty() ? '\0' : text[sentence.begin];
  if (first != 'n' && first != 'N' && first != 't' && first != 'T') return false;
  return RE2::PartialMatch(text.substr(sentence.begin, std::min<size_t>(sentence.size(), 160)),
                           dated);
}

// The offset of the bracket opened after text[from] that text[pos] is inside, else npos.
size_t OpenBracket(std::string_view text, size_t from, size_t pos) {
  std::vector<size_t> open;
  for (size_t i = from; i < pos; ++i) {
    if (text[i] == '(') open.push_back(i);
    if (text[i] == ')' && !open.empty()) open.pop_back();
  }
  return open.empty() ? std::string_view::npos : open.front();
}

// The offset of the first character after text[pos] that is not a space.
size_t SkipSpaces(std::string_view text, size_t pos, size_t end) {
  while (pos < end && (text[pos] == ' ' || text[pos] == '\t')) ++pos;
  return pos;
}

// The bodies in brackets that list a group's members lead: "Các cơ quan tham mưu quản lý
// ngành (gồm các Sở: Xây dựng, Công Thương)" (ANNOTATION.md: the members, not the group).
void ReadMembers(std::string_view text, Span sentence, const std::vector<AgencyMention>& mentions,
                 SentenceRoles& roles) {
  for (size_t open = text.find('(', sentence.begin); open < sentence.end;
       open = text.find('(', open + 1)) {
    if (!CueAt(text, SkipSpaces(text, open + 1, sentence.end), CueKind::kMembers)) continue;
    size_t close = text.find(')', open);
    if (close == std::string_view::npos || close > sentence.end) close = sentence.end;
    AddAll(roles.leads, MentionsIn({open, close}, mentions));
  }
}

// True when the word before text[pos] is "đã": "đã giao" recounts.
bool AfterPast(std::string_view text, size_t sentence_begin, size_t pos) {
  constexpr std::string_view kPast = "đã ";
  return pos >= sentence_begin + kPast.size() &&
         text.substr(pos - kPast.size(), kPast.size()) == kPast;
}

// Where the text after a run of bodies goes on: nothing or a heading's punctuation.
bool EndsHeading(std::string_view text, size_t pos, size_t end) {
  pos = SkipSpaces(text, pos, end);
  return pos >= end || std::string_view(":.-(;,").find(text[pos]) != std::string_view::npos;
}

// The bodies the sentence starts with, when they are its subject: "Sở Nội vụ theo dõi ...",
// "Sở Công Thương:", but not "Thủ tướng Chính phủ yêu cầu ..." or "Cục Thuế đã ...".
// Where the subject of a sentence that opens with an adverbial clause starts: after the
// clause's comma ("Đối với 355 nhiệm vụ ..., các Bộ, cơ quan ngang Bộ khẩn trương rà soát"),
// the first comma outside a body's name and outside brackets. The sentence start otherwise.
size_t SubjectStart(std::string_view text, Span sentence,
                    const std::vector<AgencyMention>& mentions) {
  const bool basis = CueAt(text, sentence.begin, CueKind::kBasisOpener) > 0;
  if (!basis && !CueAt(text, sentence.begin, CueKind::kOpener)) return sentence.begin;
  // A document number or date in a "Căn cứ" sentence: a legal basis, no task.
  static const RE2 cited(R"(\d/)");
  if (basis && RE2::PartialMatch(text.substr(sentence.begin, sentence.size()), cited)) {
    return sentence.begin;
  }
  int depth = 0;
  for (size_t i = sentence.begin; i < sentence.end; ++i) {
    if (text[i] == '(') ++depth;
    if (text[i] == ')') --depth;
    if (text[i] != ',' || depth > 0) continue;
    const bool in_name = std::any_of(mentions.begin(), mentions.end(), [&](const AgencyMention& m) {
      return m.span.begin <= i && i < m.span.end;
    });
    if (!in_name) return i + 1;
  }
  return sentence.begin;
}

void ReadSubject(std::string_view text, Span sentence, const std::vector<AgencyMention>& mentions,
                 SentenceRoles& roles) {
  const size_t start = SubjectStart(text, sentence, mentions);
  const std::vector<int> run = RunAfter(text, start, sentence.end, mentions);
  if (run.empty()) return;
  size_t after = SkipSpaces(text, mentions[run.back()].span.end, sentence.end);
  // "Ủy ban nhân dân các cấp (tỉnh, huyện, xã) cử một đồng chí Phó Chủ tịch ...": after an
  // aside the sentence goes on as the subject's task (a heading ends at its aside or colon).
  if (after < sentence.end && text[after] == '(') {
    const size_t close = text.find(')', after);
    const Span all = Trim(text, sentence);
    if (close < all.end &&
        text.substr(after + 1, close - after - 1).find('(') == std::string_view::npos &&
        text[all.end - 1] != ':') {
      const size_t next = SkipSpaces(text, close + 1, sentence.end);
      const auto first = static_cast<unsigned char>(next < all.end ? text[next] : ' ');
      if ((std::isalpha(first) || first >= 0x80) &&
          StartsWithLower(text.substr(next, all.end - next))) {
        after = next;
      }
    }
  }
  const Span rest = Trim(text, {after, sentence.end});
  const std::string_view r = text.substr(rest.begin, rest.size());
  if (r.empty() || r == ":" || r == ";" || r == "," || r == "." || r[0] == '-' || r[0] == '(') {
    // Bodies and nothing else: a heading ("Sở Công Thương:", "Sở Tài chính - Cơ quan thường
    // trực"), or one line of a list of bodies ("- Bộ trưởng các Bộ;", addressees), which gives
    // no task.
    AddAll(roles.leads, run);
    roles.bodies_only = true;
    roles.head = r != ";" && r != "," && r != ".";
    return;
  }
  if (r[0] == ':') {  // "Công an tỉnh: Chỉ đạo các đơn vị trực thuộc ...", not "...: 01 cá nhân"
    const Span value = Trim(text, {rest.begin + 1, rest.end});
    if (!value.empty() && !std::isdigit(static_cast<unsigned char>(text[value.begin]))) {
      AddAll(roles.leads, run);
    }
    return;
  }
  if (CueAt(text, after, CueKind::kRequester) || CueAt(text, after, CueKind::kNoTask)) return;
  AddAll(roles.leads, run);
  roles.subject = run;
}

void ReadCue(std::string_view text, Span sentence, const Cue& cue,
             const std::vector<AgencyMention>& mentions, SentenceRoles& roles) {
  const std::vector<int> after = RunAfter(text, cue.span.end, sentence.end, mentions);
  const size_t run_end = after.empty() ? cue.span.end : mentions[after.back()].span.end;
  switch (cue.kind) {
    case CueKind::kLeadObject:
      if (AfterPast(text, sentence.begin, cue.span.begin)) return;
      if (!after.empty()) {
        AddAll(roles.leads, after);
      } else if (CueAt(text, SkipSpaces(text, cue.span.end, sentence.end), CueKind::kAddressee)) {
        roles.addressees_lead = true;
      }
      return;
    case CueKind::kLeadTopic:
      if (!after.empty() && EndsHeading(text, run_end, sentence.end)) {
        AddAll(roles.leads, after);
        roles.head = true;
      } else if (after.empty() && cue.span.begin == sentence.begin) {
        roles.unnamed_topic = true;  // "Trách nhiệm của đối tượng thực hiện kiểm kê:"
      }
      return;
    case CueKind::kDirectObject:
      AddAll(roles.directed, after);
      return;
    case CueKind::kSupportObject:
      AddAll(roles.supports, after);
      return;
    case CueKind::kLeadSubject:  // not "chủ trì Phiên họp": who chairs a meeting
      if (CueAt(text, SkipSpaces(text, cue.span.end, sentence.end), CueKind::kMeeting)) return;
      AddAll(roles.leads, RunBefore(text, cue.span.begin, sentence.begin, mentions));
      return;
    case CueKind::kLeadLabel:  // a field holds bodies only: all of them, known or not
      AddAll(roles.leads, MentionsIn({cue.span.end, sentence.end}, mentions));
      return;
    case CueKind::kSupportLabel:
      AddAll(roles.supports, MentionsIn({cue.span.end, sentence.end}, mentions));
      return;
    case CueKind::kClosing:
      if (!after.empty() && HasCue(text, {run_end, sentence.end}, CueKind::kClosingAction)) {
        AddAll(roles.leads, after);
      }
      return;
    default:
      return;
  }
}

}  // namespace

SentenceRoles ReadRoles(std::string_view text, Span sentence,
                        const std::vector<AgencyMention>& mentions, bool starts_sentence) {
  SentenceRoles roles;
  if (starts_sentence && Recounts(text, sentence)) return roles;
  std::vector<Cue> cues = FindCues(text, sentence);
  std::erase_if(cues, [&](const Cue& c) { return InsideMention(c, mentions); });
  const bool labelled =
      !cues.empty() && cues.front().span.begin == sentence.begin &&
      (cues.front().kind == CueKind::kLeadLabel || cues.front().kind == CueKind::kSupportLabel ||
       cues.front().kind == CueKind::kOtherLabel);
  roles.label = labelled;
  if (!labelled && starts_sentence && !AsksAtTheEnd(text, sentence)) {
    ReadSubject(text, sentence, mentions, roles);
  }
  for (const Cue& cue : cues) ReadCue(text, sentence, cue, mentions, roles);
  ReadMembers(text, sentence, mentions, roles);
  const Span all = Trim(text, sentence);
  if (!roles.head && !roles.leads.empty() && text[all.end - 1] == ':') roles.list_head = true;
  std::erase_if(roles.leads, [&](int i) {
    const size_t open = OpenBracket(text, sentence.begin, mentions[i].span.begin);
    const bool aside = open != std::string_view::npos &&
                       !CueAt(text, SkipSpaces(text, open + 1, sentence.end), CueKind::kMembers);
    if (aside) roles.aside.push_back(i);
    return aside;
  });
  return roles;
}

}  // namespace vanban
