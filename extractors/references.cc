#include "extractors/references.h"

#include <algorithm>

#include "extractors/reference_context.h"
#include "extractors/reference_mentions.h"
#include "extractors/word_keys.h"
#include "extractors/words.h"

namespace vanban {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// The alphanumeric runs of a number, diacritics dropped, "đ" read as "d", lower case, leading
// zeros of digit runs dropped: "02/CT-UBND" -> {"2", "ct", "ubnd"} (as ANNOTATION.md matches).
std::vector<std::string> NumberRuns(std::string_view number) {
  const std::string folded = AsciiWord(number);
  std::vector<std::string> runs;
  std::string run;
  auto flush = [&] {
    if (run.empty()) return;
    if (std::all_of(run.begin(), run.end(), IsDigit)) {
      run.erase(0, std::min(run.find_first_not_of('0'), run.size() - 1));
    }
    runs.push_back(run);
    run.clear();
  };
  for (char c : folded) {
    if (IsDigit(c) || (c >= 'a' && c <= 'z')) {
      run += c;
    } else {
      flush();
    }
  }
  flush();
  return runs;
}

// One edit (substitution, insertion or deletion) at most between a and b.
bool WithinOneEdit(std::string_view a, std::string_view b) {
  if (a.size() > b.size()) std::swap(a, b);
  if (b.size() - a.size() > 1) return false;
  size_t i = 0;
  while (i < a.size() && a[i] == b[i]) ++i;
  if (a.size() == b.size()) return a.substr(i + (i < a.size())) == b.substr(i + (i < b.size()));
  return a.substr(i) == b.substr(i + 1);
}

// Numbers that name the same document: equal, one an evident typo of the other (digits equal,
// one letter run off by one edit: "66.7/2025/NQ-CP" and "66.7/2025/NĐ-CP"), or digits alone
// standing for the full number ("Kết luận số 127" and "127-KL/TW").
bool SameNumber(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  if (a == b) return true;
  if (a.empty() || b.empty()) return false;
  if ((a.size() == 1 || b.size() == 1) && a[0] == b[0]) return true;
  if (a.size() != b.size()) return false;
  int letter_diffs = 0;
  for (size_t i = 0; i < a.size(); ++i) {
    if (a[i] == b[i]) continue;
    if (IsDigit(a[i][0]) || IsDigit(b[i][0]) || !WithinOneEdit(a[i], b[i])) return false;
    ++letter_diffs;
  }
  return letter_diffs <= 1;
}

// True when only a list separator (",", ";", "và") stands between a and b.
bool ListContinues(std::string_view text, size_t from, size_t to) {
  if (to < from) return false;
  size_t i = SkipSpace(text, from);
  if (i < to && (text[i] == ',' || text[i] == ';')) i = SkipSpace(text, i + 1);
  if (text.substr(i, 3) == "và") i = SkipSpace(text, i + 3);
  return i >= to;
}

// Types of list items printed without a type name, from the list head or the item before;
// the head's issuer for items that name none.
void ResolveListItems(std::string_view text, std::vector<Mention>& mentions) {
  std::string head_type;
  std::optional<std::string> head_issuer;
  for (size_t i = 0; i < mentions.size(); ++i) {
    Mention& m = mentions[i];
    const bool continues =
        i > 0 && ListContinues(text, mentions[i - 1].title_end, m.ref.span.begin);
    if (!m.list_type.empty()) {
      head_type = m.list_type;
      head_issuer = m.list_issuer;
    } else if (!continues) {
      head_type.clear();
      head_issuer.reset();
    }
    if (!m.typed) {
      if (!head_type.empty()) {
        m.ref.type = head_type;
      } else if (continues && mentions[i - 1].ref.number) {
        m.ref.type = mentions[i - 1].ref.type;
      }
    }
    if (!m.ref.issuer && (!m.typed || !m.list_type.empty() || !head_type.empty())) {
      m.ref.issuer = head_issuer;
    }
  }
}

// "Nghị quyết số 01/NQ-CP và Nghị quyết số 02/NQ-CP ngày 05/01/2024 của Chính phủ": a
// mention followed directly by another of its type shares that one's date and issuer.
void ShareDetails(std::string_view text, std::vector<Mention>& mentions) {
  for (size_t i = mentions.size(); i-- > 1;) {
    Mention& a = mentions[i - 1];
    const Mention& b = mentions[i];
    if (a.ref.type != b.ref.type || !a.ref.number || !b.ref.number || a.title_end != a.end ||
        !ListContinues(text, a.end, b.ref.span.begin)) {
      continue;
    }
    if (!a.ref.date && !a.ref.issuer) a.ref.date = b.ref.date;
    if (!a.ref.issuer) a.ref.issuer = b.ref.issuer;
  }
}

struct Entry {
  Reference ref;
  std::vector<std::string> runs;  // of the number
  std::string title_key;          // FoldKey of the title a short form stands for
};

// How the text cites the document at this mention (read once it makes a reference).
std::string RelationOf(std::string_view text, const Mention& m) {
  return m.ref.relation.empty() ? RelationBefore(text, m.ref.span.begin) : m.ref.relation;
}

void Fill(std::string_view text, Entry& e, const Mention& m) {
  Reference& r = e.ref;
  if (m.ref.number && (!r.number || e.runs.size() == 1)) {
    if (e.runs.size() <= 1 && NumberRuns(*m.ref.number).size() > 1) {
      r.number = m.ref.number;
      e.runs = NumberRuns(*m.ref.number);
    }
  }
  if (!r.date) r.date = m.ref.date;
  if (!r.issuer) r.issuer = m.ref.issuer;
  // A congress resolution is cited in long and short forms: the longest title names it best.
  // A law printed in a short form ("Luật DN") is written in full where the text has it.
  const bool short_form = r.title && !e.title_key.empty() && LowerWord(*r.title) != e.title_key;
  const bool full_form = m.ref.title && LowerWord(*m.ref.title) == LowerWord(m.title_key);
  if (!r.title ||
      (r.type == "nghi_quyet" && !r.number && m.ref.title &&
       m.ref.title->size() > r.title->size()) ||
      (r.type != "nghi_quyet" && short_form && full_form)) {
    r.title = m.ref.title;
  }
  if (!r.year) r.year = m.ref.year;
  if (e.title_key.empty() && !m.title_key.empty()) e.title_key = LowerWord(m.title_key);
  if (r.relation == "cites") r.relation = RelationOf(text, m);
}

}  // namespace

std::vector<Reference> ExtractReferences(const Document& doc) {
  std::vector<Mention> mentions = FindMentions(doc);
  ResolveListItems(doc.text, mentions);
  ShareDetails(doc.text, mentions);

  const std::vector<std::string> own =
      doc.meta.number ? NumberRuns(doc.meta.number->value) : std::vector<std::string>{};
  const std::string own_type = doc.meta.type ? doc.meta.type->value : "";
  const std::string own_date = doc.meta.issued ? doc.meta.issued->value : "";

  std::vector<Entry> entries;
  for (const Mention& m : mentions) {
    if (m.ref.type.empty() || m.in_cited_title) continue;
    if (m.host && (own_type.empty() || own_type == m.ref.type)) continue;
    std::vector<std::string> runs;
    if (m.ref.number) {
      runs = NumberRuns(*m.ref.number);
      if (runs == own) continue;
      // The document itself under an appendix heading: same type, same symbol, same day.
      if (m.ref.type == own_type && m.ref.date && *m.ref.date == own_date && runs.size() > 1 &&
          own.size() == runs.size() && std::equal(runs.begin() + 1, runs.end(), own.begin() + 1)) {
        continue;
      }
    }
    const std::string title_key = m.title_key.empty() ? "" : LowerWord(m.title_key);
    auto same = std::find_if(entries.begin(), entries.end(), [&](const Entry& e) {
      if (e.ref.type != m.ref.type) return false;
      if (!runs.empty() && !e.runs.empty()) return SameNumber(e.runs, runs);
      return !title_key.empty() && e.title_key == title_key;
    });
    if (same != entries.end()) {
      Fill(doc.text, *same, m);
      continue;
    }
    Entry e{m.ref, runs, title_key};
    e.ref.relation = RelationOf(doc.text, m);
    entries.push_back(std::move(e));
  }
  std::vector<Reference> refs;
  refs.reserve(entries.size());
  for (Entry& e : entries) refs.push_back(std::move(e.ref));
  return refs;
}

}  // namespace vanban
