#include "extractors/subject_head.h"

#include <string>

#include "extractors/text_case.h"
#include "pipeline/normalize/fold.h"
#include "pipeline/readers/vietnamese_score.h"
#include "pipeline/utf8.h"

namespace vanban {
namespace {

// Bytes of the first `n` code points of s (all of s when it has fewer).
size_t CodePointBytes(std::string_view s, size_t n) {
  size_t i = 0;
  while (n-- > 0 && i < s.size()) NextCodePoint(s, i);
  return i;
}

// The word split after its first `n` code points.
std::vector<SubjectWord> SplitWord(const SubjectWord& w, size_t n) {
  size_t at = CodePointBytes(w.text, n);
  return {{w.text.substr(0, at), {w.span.begin, w.span.begin + at}, w.line},
          {w.text.substr(at), {w.span.begin + at, w.span.end}, w.line}};
}

// The first word without the punctuation OCR left before it (",Vêviệc" -> "Vêviệc"); its
// span shrinks with it.
SubjectWord WithoutLeadingPunctuation(SubjectWord w) {
  std::string_view core = TrimEdgePunctuation(w.text);
  size_t cut = core.data() - w.text.data();
  w.text.erase(0, cut);
  w.span.begin += cut;
  return w;
}

// A "Về" glued to the word after it: "Vềviệc", "Vêtăng" -> 2 (code points of the head);
// 0 when the word is a word of its own or does not start so.
size_t GluedHeadLength(std::string_view word) {
  std::string key = FoldAscii(word);
  if (!key.starts_with("ve") || key.size() <= 2 || IsVietnameseSyllable(word)) return 0;
  std::string_view rest = std::string_view(word).substr(CodePointBytes(word, 2));
  return IsVietnameseSyllable(rest) ? 2 : 0;
}

// The word with its letters (not the punctuation around them) replaced by `proper`, in
// capitals when `capitals`.
SubjectWord Rewritten(SubjectWord w, std::string_view proper, bool capitals) {
  std::string_view core = TrimEdgePunctuation(w.text);
  size_t at = core.data() - w.text.data();
  w.text.replace(at, core.size(), capitals ? ToUpper(proper) : std::string(proper));
  return w;
}

}  // namespace

std::vector<SubjectWord> RestoreSubjectHead(std::vector<SubjectWord> words) {
  if (words.empty()) return words;
  SubjectWord first = WithoutLeadingPunctuation(words.front());
  if (first.text.empty()) return words;
  bool changed = first.text.size() != words.front().text.size();
  std::string key = FoldAscii(first.text);
  std::vector<SubjectWord> head = {first};
  if (key.starts_with("v/v")) {
    // "V/vgóp" -> "V/v", "góp"; "V/v:" stays.
    if (FoldAscii(TrimEdgePunctuation(first.text)).size() > 3) head = SplitWord(first, 3);
  } else if (size_t glued = GluedHeadLength(first.text)) {
    head = SplitWord(first, glued);  // "Vềviệc" -> "Về", "việc"
  }
  changed = changed || head.size() > 1;
  head.insert(head.end(), words.begin() + 1, words.end());
  const std::string first_key = FoldAscii(TrimEdgePunctuation(head[0].text));
  if (first_key == "v/v") return changed ? head : words;
  const std::string second_key = head.size() > 1 ? FoldAscii(TrimEdgePunctuation(head[1].text)) : "";
  const bool capitals =
      IsUpperText(head.size() > 1 ? head[0].text + " " + head[1].text : head[0].text);
  if ((first_key == "ve" || first_key == "va") && second_key == "viec") {
    if (!changed &&
        FoldKey(head[0].text + " " + std::string(TrimEdgePunctuation(head[1].text))) == "về việc") {
      return words;  // printed right
    }
    head[0] = Rewritten(head[0], "Về", capitals);
    head[1] = Rewritten(head[1], "việc", capitals);
    return head;
  }
  if (first_key != "ve") return words;
  // A lone "Về" glued, or with its grave accent dropped ("Vê tăng cường"); "Vệ", "Vế" ...
  // are other words a subject may start with ("Vệ sinh").
  std::string printed = FoldKey(head[0].text);
  if (changed || printed == "vê" || printed == "ve") {
    head[0] = Rewritten(head[0], "Về", capitals);
    return head;
  }
  return words;
}

}  // namespace vanban
