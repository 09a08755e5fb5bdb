#include "extractors/reference_context.h"

#include <algorithm>

#include "extractors/reference_issuer.h"
#include "extractors/text_case.h"
#include "extractors/word_keys.h"
#include "extractors/words.h"

namespace vanban {
namespace {

constexpr size_t kClauseWindow = 240;  // bytes looked back for a clause start
constexpr size_t kCueDistance = 48;    // bytes between a relation cue and the mention
constexpr size_t kCueWindow = 72;      // bytes looked back for a cue
constexpr int kMaxAdverbs = 4;  // "đã", "vừa", "mới đây", "tiếp tục" before the verb

// Offset after the clause boundary before pos: a line break, ';', a sentence's period, and
// with `comma` also ',', ':' and '('.
size_t ClauseBegin(std::string_view text, size_t pos, bool comma) {
  const size_t floor = pos > kClauseWindow ? pos - kClauseWindow : 0;
  for (size_t i = pos; i > floor; --i) {
    const char c = text[i - 1];
    if (c == '\n' || c == ';' || (comma && (c == ',' || c == ':' || c == '('))) return i;
    if (c == '.' && i < text.size() && (text[i] == ' ' || text[i] == '\n')) return i;
  }
  return floor;
}

bool IsAdverb(std::string_view w) {
  static constexpr std::string_view kAdverbs[] = {"đã",  "vừa",  "mới", "đây",   "tiếp",
                                                  "tục", "cũng", "lại", "chính", "thức"};
  return std::any_of(std::begin(kAdverbs), std::end(kAdverbs),
                     [&](std::string_view a) { return a == w; });
}

// Where the verb phrase that issues the document at `begin` starts ("đã ký ban hành", "vừa
// ký", "ra"), or npos.
size_t IssuingVerb(std::string_view text, size_t begin) {
  auto w = WordBefore(text, begin);
  if (!w || w->text != w->core) return std::string_view::npos;
  size_t verb = w->span.begin;
  if (w->core == "hành") {
    auto ban = WordBefore(text, verb);
    if (!ban || ban->core != "ban") return std::string_view::npos;
    verb = ban->span.begin;
    if (auto ky = WordBefore(text, verb); ky && ky->core == "ký") verb = ky->span.begin;
  } else if (w->core != "ký" && w->core != "ra") {
    return std::string_view::npos;
  }
  for (int n = 0; n < kMaxAdverbs; ++n) {
    auto a = WordBefore(text, verb);
    if (!a || a->text != a->core || !IsAdverb(a->core)) break;
    verb = a->span.begin;
  }
  return verb;
}

// The issuer printed from `from` that ends just before `end`.
std::optional<IssuerMatch> IssuerEndingAt(std::string_view text, size_t from, size_t end) {
  auto issuer = ReadIssuer(text, from);
  if (!issuer || SkipSpace(text, issuer->printed.end) != end) return std::nullopt;
  return issuer;
}

// "Ngày 18/01/2024" opening the sentence that holds pos: the date and its end.
std::optional<DateMatch> OpeningDate(std::string_view text, size_t pos) {
  const size_t sentence = ClauseBegin(text, pos, /*comma=*/false);
  auto first = NextWord(text, sentence);
  if (!first || first->core != "Ngày" || first->span.begin >= pos) return std::nullopt;
  return DateAt(text, first->span.begin);
}

struct Cue {
  std::string_view words;
  std::string_view relation;
};

constexpr Cue kCues[] = {
    {"sửa đổi", "amends"},       {"bổ sung", "amends"},      {"thay thế", "replaces"},
    {"bãi bỏ", "repeals"},       {"hướng dẫn", "guides"},    {"triển khai", "implements"},
    {"thực hiện", "implements"}, {"thi hành", "implements"},
};

}  // namespace

ReferenceTail ReadDetailsBefore(std::string_view text, size_t begin) {
  ReferenceTail result;
  result.end = begin;
  auto w = WordBefore(text, begin);
  if (!w) return result;
  if (w->text == w->core && (w->core == "tại" || w->core == "theo")) {
    // "theo đề nghị của Sở Tài chính tại Công văn số ..."
    const size_t clause = ClauseBegin(text, w->span.begin, /*comma=*/false);
    const std::string_view before = text.substr(clause, w->span.begin - clause);
    constexpr std::string_view kOf = "của ";
    const size_t cua = before.rfind(kOf);
    if (cua != std::string_view::npos) {
      if (auto issuer = IssuerEndingAt(text, clause + cua + kOf.size(), w->span.begin)) {
        result.issuer = issuer->name;
      }
    }
    // "Ngày 22/10/2025, tại Thông báo số ..."
    if (auto date = OpeningDate(text, w->span.begin)) {
      const size_t after = SkipSpace(text, date->span.end);
      if (SkipSpace(text, after < text.size() && text[after] == ',' ? after + 1 : after) ==
          w->span.begin) {
        result.date = date->date.Iso();
      }
    }
    return result;
  }
  // "Ngày 18/01/2024, UBND tỉnh ban hành Công văn số ...", "Hội đồng Chính phủ đã ra ...".
  const size_t verb = IssuingVerb(text, begin);
  if (verb == std::string_view::npos) return result;
  const size_t clause = ClauseBegin(text, verb, /*comma=*/true);
  auto issuer = IssuerEndingAt(text, clause, verb);
  auto date = OpeningDate(text, verb);
  if (!issuer && date) issuer = IssuerEndingAt(text, date->span.end, verb);
  if (!issuer) return result;
  result.issuer = issuer->name;
  if (date && date->span.end <= issuer->printed.begin) {
    const std::string_view between =
        text.substr(date->span.end, issuer->printed.begin - date->span.end);
    if (between.find_first_not_of(" ,\n") == std::string_view::npos) {
      result.date = date->date.Iso();
    }
  }
  return result;
}

bool IsDraftBefore(std::string_view text, size_t begin) {
  auto w1 = WordBefore(text, begin);
  auto w2 = w1 ? WordBefore(text, w1->span.begin) : std::nullopt;
  if (!w1 || !w2) return false;
  const std::string two = LowerWord(std::string(w2->core) + " " + std::string(w1->core));
  return two == "dự thảo" || two == "dự án";
}

bool CitedDirectly(std::string_view text, size_t begin) {
  auto w1 = WordBefore(text, begin);
  auto w2 = w1 ? WordBefore(text, w1->span.begin) : std::nullopt;
  if (!w1 || !w2) return false;
  const std::string one = LowerWord(w1->text);
  const std::string two = LowerWord(w2->text);
  const bool digits = !one.empty() && one[0] >= '0' && one[0] <= '9';
  return (digits && (two == "điều" || two == "khoản" || two == "điểm")) ||
         ((one == "tại" || one == "của") && two == "định");
}

std::string RelationBefore(std::string_view text, size_t begin) {
  // The cues are printed in lower case, close before the mention; only "Căn cứ" opens the
  // clause in capitals.
  const size_t clause = ClauseBegin(text, begin, /*comma=*/false);
  const size_t near = std::max(clause, begin > kCueWindow ? begin - kCueWindow : 0);
  const std::string_view lower = text.substr(near, begin - near);
  size_t best_end = 0;
  std::string_view relation;
  for (const Cue& cue : kCues) {
    const size_t at = lower.rfind(cue.words);
    if (at == std::string::npos) continue;
    const size_t end = at + cue.words.size();
    // "được sửa đổi, bổ sung bởi Nghị định ...": the cited document does the amending.
    if (lower.substr(end, 24).find("bởi") != std::string_view::npos) continue;
    if (end > best_end) {
      best_end = end;
      relation = cue.relation;
    }
  }
  if (!relation.empty() && lower.size() - best_end <= kCueDistance) return std::string(relation);
  const std::string_view opening = text.substr(clause, std::min<size_t>(begin - clause, 48));
  for (std::string_view can_cu : {"căn cứ", "Căn cứ", "CĂN CỨ"}) {
    if (opening.find(can_cu) != std::string_view::npos) return "can_cu";
  }
  return "cites";
}

}  // namespace vanban
