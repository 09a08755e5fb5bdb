#include "extractors/obligation_cues.h"

#include <re2/re2.h>
#include <re2/set.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <map>
#include <memory>
#include <string>

#include "extractors/data_table.h"
#include "extractors/loose_pattern.h"
#include "pipeline/normalize/fold.h"
#include "pipeline/utf8.h"

namespace vanban {
namespace {

constexpr size_t kKinds = static_cast<size_t>(CueKind::kMembers) + 1;

constexpr std::string_view kKindNames[kKinds] = {
    "lead_object",  "lead_topic",    "direct_object",  "support_object", "lead_subject",
    "lead_label",   "support_label", "other_label",    "closing",        "requester",
    "no_task",      "addressee",     "closing_action", "meeting",        "opener",
    "basis_opener", "members",
};

bool IsLabel(CueKind kind) {
  return kind == CueKind::kLeadLabel || kind == CueKind::kSupportLabel ||
         kind == CueKind::kOtherLabel;
}

// One pattern per kind: the kind's phrases, longest first, as loose patterns; labels are
// followed by ":". A set over the positional kinds tells which kinds a sentence holds.
struct CuePatterns {
  std::array<std::unique_ptr<RE2>, kKinds> by_kind;
  // Per kind, the bytes a match can start with (MarkFirstBytes): CueAt rules out every
  // other position without running the pattern.
  std::array<std::array<bool, 256>, kKinds> first_bytes{};
  std::unique_ptr<RE2::Set> any;
  std::vector<CueKind> set_kinds;  // kind of each pattern of `any`
};

// Marks the bytes a loose pattern of the phrase (LetterCase::kAny) can start with: a letter
// in either case with any marks (its ASCII base letter or any byte of a multi-byte code
// point), any other character as printed. Conservative: all bytes when unsure.
void MarkFirstBytes(std::string_view phrase, std::array<bool, 256>& first) {
  if (phrase.empty()) return;  // matches nothing but the empty text, which is no cue
  int32_t i = 0;
  UChar32 c;
  U8_NEXT(phrase.data(), i, static_cast<int32_t>(phrase.size()), c);
  if (c < 0 || u_isUWhiteSpace(c)) {
    first.fill(true);
    return;
  }
  if (!u_isalpha(c)) {
    first[static_cast<unsigned char>(phrase[0])] = true;
    return;
  }
  for (size_t b = 0x80; b < first.size(); ++b) first[b] = true;
  const std::string base = FoldAscii(phrase.substr(0, static_cast<size_t>(i)));
  if (base.size() != 1 || !std::isalpha(static_cast<unsigned char>(base[0]))) {
    first.fill(true);
    return;
  }
  first[static_cast<unsigned char>(std::tolower(static_cast<unsigned char>(base[0])))] = true;
  first[static_cast<unsigned char>(std::toupper(static_cast<unsigned char>(base[0])))] = true;
}

const CuePatterns& Patterns() {
  static const CuePatterns* patterns = [] {
    auto* p = new CuePatterns;
    std::map<size_t, std::vector<std::string>> phrases;
    const DataTable table = LoadDataTable("obligation_cues.tsv");
    const int phrase = table.Column("phrase");
    const int kind = table.Column("kind");
    for (const auto& row : table.rows) {
      for (size_t k = 0; k < kKinds; ++k) {
        if (row[kind] == kKindNames[k]) phrases[k].push_back(row[phrase]);
      }
    }
    RE2::Options options;
    options.set_never_capture(true);
    p->any = std::make_unique<RE2::Set>(options, RE2::UNANCHORED);
    for (auto& [k, list] : phrases) {
      std::sort(list.begin(), list.end(),
                [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
      std::string alternation;
      for (const std::string& s : list) {
        MarkFirstBytes(s, p->first_bytes[k]);
        if (!alternation.empty()) alternation += "|";
        alternation += LoosePattern(s, LetterCase::kAny);
      }
      const CueKind cue = static_cast<CueKind>(k);
      const bool label = IsLabel(cue);
      const std::string pattern = "(?:" + alternation + ")" + (label ? R"(\s*:)" : "");
      p->by_kind[k] = std::make_unique<RE2>(pattern, options);
      if (cue <= CueKind::kClosing && p->any->Add(pattern, nullptr) >= 0) {
        p->set_kinds.push_back(cue);
      }
    }
    p->any->Compile();
    return p;
  }();
  return *patterns;
}

bool IsWordChar(char32_t c) {
  return c != kInvalidCodePoint &&
         (u_isalnum(static_cast<UChar32>(c)) || u_getCombiningClass(static_cast<UChar32>(c)) > 0);
}

// Every whole-word match of `re` in text[span].
void FindAll(std::string_view text, Span span, const RE2& re, CueKind kind, std::vector<Cue>& out) {
  size_t from = span.begin;
  re2::StringPiece m;
  while (from < span.end && re.Match(text, from, span.end, RE2::UNANCHORED, &m, 1)) {
    const size_t b = static_cast<size_t>(m.data() - text.data());
    const size_t e = b + m.size();
    if (m.empty()) break;
    if (WordStartsAt(text, b) && (WordEndsAt(text, e) || text[e - 1] == ':')) {
      out.push_back({kind, {b, e}});
    }
    from = b + 1;
    while (from < span.end && (static_cast<unsigned char>(text[from]) & 0xC0) == 0x80) ++from;
  }
}

}  // namespace

bool WordStartsAt(std::string_view text, size_t pos) {
  return !IsWordChar(CodePointBefore(text, pos));
}

bool WordEndsAt(std::string_view text, size_t pos) { return !IsWordChar(CodePointAt(text, pos)); }

std::vector<Cue> FindCues(std::string_view text, Span sentence) {
  const CuePatterns& p = Patterns();
  std::vector<int> hits;
  const std::string_view s = text.substr(sentence.begin, sentence.size());
  if (!p.any->Match(s, &hits)) return {};
  std::vector<Cue> cues;
  for (int h : hits) {
    const CueKind kind = p.set_kinds[h];
    const RE2& re = *p.by_kind[static_cast<size_t>(kind)];
    if (IsLabel(kind)) {
      re2::StringPiece m;
      if (re.Match(text, sentence.begin, sentence.end, RE2::ANCHOR_START, &m, 1)) {
        cues.push_back({kind, {sentence.begin, sentence.begin + m.size()}});
      }
      continue;
    }
    FindAll(text, sentence, re, kind, cues);
  }
  // Text order; of overlapping cues the longer (a label over its phrase) is kept.
  std::sort(cues.begin(), cues.end(), [](const Cue& a, const Cue& b) {
    return a.span.begin != b.span.begin ? a.span.begin < b.span.begin
                                        : a.span.size() > b.span.size();
  });
  std::vector<Cue> kept;
  for (const Cue& c : cues) {
    if (!kept.empty() && c.span.begin < kept.back().span.end) continue;
    kept.push_back(c);
  }
  return kept;
}

std::vector<Span> SplitAtLabels(std::string_view text, Span sentence) {
  std::vector<Span> parts;
  size_t begin = sentence.begin;
  for (size_t i = sentence.begin + 1; i + 2 < sentence.end; ++i) {
    const bool dash = text[i] == '-' && text[i - 1] == ' ' && text[i + 1] == ' ';
    if (!dash && text[i] != '\n') continue;
    const size_t label = dash ? i + 2 : i + 1;
    const bool is_label = CueAt(text, label, CueKind::kLeadLabel) ||
                          CueAt(text, label, CueKind::kSupportLabel) ||
                          CueAt(text, label, CueKind::kOtherLabel);
    if (!is_label) continue;
    parts.push_back({begin, dash ? i - 1 : i});
    begin = label;
  }
  parts.push_back({begin, sentence.end});
  return parts;
}

bool HasCue(std::string_view text, Span span, CueKind kind) {
  std::vector<Cue> found;
  FindAll(text, span, *Patterns().by_kind[static_cast<size_t>(kind)], kind, found);
  return !found.empty();
}

size_t CueAt(std::string_view text, size_t pos, CueKind kind) {
  const CuePatterns& patterns = Patterns();
  if (pos >= text.size() ||
      !patterns.first_bytes[static_cast<size_t>(kind)][static_cast<unsigned char>(text[pos])]) {
    return 0;
  }
  const RE2& re = *patterns.by_kind[static_cast<size_t>(kind)];
  re2::StringPiece m;
  if (!re.Match(text, pos, text.size(), RE2::ANCHOR_START, &m, 1)) return 0;
  return WordEndsAt(text, pos + m.size()) ? m.size() : 0;
}

}  // namespace vanban
