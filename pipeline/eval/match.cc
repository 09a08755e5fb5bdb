#include "pipeline/eval/match.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <map>

#include "pipeline/normalize/fold.h"

namespace vanban {
namespace {

// A run of letters and digits (a word) or of anything else, in order.
struct Piece {
  std::string text;
  bool word = false;
};

bool IsWordChar(UChar32 c) { return u_isalnum(c) || (U_GET_GC_MASK(c) & U_GC_M_MASK) != 0; }

std::vector<Piece> SplitPieces(std::string_view s) {
  std::vector<Piece> pieces;
  int32_t i = 0;
  const auto length = static_cast<int32_t>(s.size());
  while (i < length) {
    const int32_t start = i;
    UChar32 c;
    U8_NEXT(s.data(), i, length, c);
    const bool word = c >= 0 && IsWordChar(c);
    if (pieces.empty() || pieces.back().word != word) pieces.push_back({"", word});
    pieces.back().text.append(s.substr(start, i - start));
  }
  return pieces;
}

// The words of `s` as they are (no folding).
std::vector<std::string> WordsOf(std::string_view s) {
  std::vector<std::string> words;
  for (Piece& p : SplitPieces(s)) {
    if (p.word) words.push_back(std::move(p.text));
  }
  return words;
}

std::string RemoveQuotationMarks(std::string_view s) {
  std::string out;
  int32_t i = 0;
  const auto length = static_cast<int32_t>(s.size());
  while (i < length) {
    const int32_t start = i;
    UChar32 c;
    U8_NEXT(s.data(), i, length, c);
    if (c >= 0 && u_hasBinaryProperty(c, UCHAR_QUOTATION_MARK)) continue;
    out.append(s.substr(start, i - start));
  }
  return out;
}

// A phrase read as one word: its words (folded), an optional tail, and the word it becomes.
struct Phrase {
  std::vector<std::string> words;
  std::vector<std::string> optional_tail;
  std::string joined;
};

Phrase MakePhrase(std::string_view text, std::string_view tail) {
  Phrase phrase{WordsOf(FoldKey(text)), WordsOf(FoldKey(tail)), ""};
  for (const std::string& w : phrase.words) phrase.joined += w;
  return phrase;
}

const std::vector<Phrase>& OneWordPhrases() {
  static const std::vector<Phrase> kPhrases = {
      MakePhrase("ủy ban nhân dân", ""),
      MakePhrase("hội đồng nhân dân", ""),
      MakePhrase("mặt trận tổ quốc", "việt nam"),
  };
  return kPhrases;
}

// Whether `words` follow pieces[at] as words separated by single spaces; sets `end` to the
// piece after the last one.
bool WordsAt(const std::vector<Piece>& pieces, size_t at, const std::vector<std::string>& words,
             size_t& end) {
  size_t k = at;
  for (size_t w = 0; w < words.size(); ++w) {
    if (w > 0) {
      if (k >= pieces.size() || pieces[k].text != " ") return false;
      ++k;
    }
    if (k >= pieces.size() || !pieces[k].word || pieces[k].text != words[w]) return false;
    ++k;
  }
  end = k;
  return true;
}

// Each phrase of OneWordPhrases() made one word piece.
std::vector<Piece> JoinPhrases(const std::vector<Piece>& pieces) {
  std::vector<Piece> out;
  for (size_t i = 0; i < pieces.size();) {
    bool joined = false;
    for (const Phrase& phrase : OneWordPhrases()) {
      size_t end = 0;
      if (!pieces[i].word || !WordsAt(pieces, i, phrase.words, end)) continue;
      size_t tail_end = 0;
      if (!phrase.optional_tail.empty() && end + 1 < pieces.size() && pieces[end].text == " " &&
          WordsAt(pieces, end + 1, phrase.optional_tail, tail_end)) {
        end = tail_end;
      }
      out.push_back({phrase.joined, true});
      i = end;
      joined = true;
      break;
    }
    if (!joined) out.push_back(pieces[i++]);
  }
  return out;
}

// Final punctuation and the spaces around it removed.
void DropFinalPunctuation(std::string& s) {
  static constexpr std::string_view kFinal[] = {".", ",", ";", ":", "!", "?", " ", "…"};
  for (bool dropped = true; dropped;) {
    dropped = false;
    for (std::string_view p : kFinal) {
      if (s.ends_with(p)) {
        s.resize(s.size() - p.size());
        dropped = true;
      }
    }
  }
}

std::string DropLeadingArticle(const std::string& s) {
  for (std::string_view article : {"các ", "những "}) {
    if (s.starts_with(article)) return s.substr(article.size());
  }
  return s;
}

}  // namespace

std::string NormalizeText(std::string_view text) {
  std::string folded = FoldKey(RemoveQuotationMarks(text));
  std::vector<Piece> pieces = SplitPieces(folded);
  // A leading "v/v" is the pieces "v", "/", "v" followed by a non-word or nothing.
  if (pieces.size() >= 3 && pieces[0].text == "v" && pieces[1].text == "/" &&
      pieces[2].text == "v") {
    pieces.erase(pieces.begin(), pieces.begin() + 3);
    pieces.insert(pieces.begin(), {{"về", true}, {" ", false}, {"việc", true}});
  }
  std::string out;
  for (const Piece& p : JoinPhrases(pieces)) out += p.text;
  DropFinalPunctuation(out);
  return out;
}

bool TextEqual(std::string_view a, std::string_view b) {
  return NormalizeText(a) == NormalizeText(b);
}

std::vector<std::string> TextWords(std::string_view text) { return WordsOf(NormalizeText(text)); }

bool AgencyNamesMatch(std::string_view gold, std::string_view got) {
  const std::string a = NormalizeText(gold);
  const std::string b = NormalizeText(got);
  if (DropLeadingArticle(a) == DropLeadingArticle(b)) return true;
  std::vector<std::string> shorter = WordsOf(a);
  std::vector<std::string> longer = WordsOf(b);
  if (shorter.size() > longer.size()) std::swap(shorter, longer);
  if (shorter.empty() || longer.size() - shorter.size() > 3) return false;
  std::map<std::string, int> available;
  for (const std::string& w : longer) ++available[w];
  return std::all_of(shorter.begin(), shorter.end(),
                     [&](const std::string& w) { return available[w]-- > 0; });
}

std::string ReferenceNumberKey(std::string_view number) {
  std::string key;
  for (const Piece& p : SplitPieces(FoldAscii(number))) {
    if (!p.word) continue;
    std::string_view run = p.text;
    const bool digits =
        std::all_of(run.begin(), run.end(), [](char c) { return c >= '0' && c <= '9'; });
    if (digits) run.remove_prefix(std::min(run.find_first_not_of('0'), run.size() - 1));
    if (!key.empty()) key += ' ';
    key += run;
  }
  return key;
}

bool ReferencesMatch(const ReferenceKey& gold, const ReferenceKey& got) {
  if (gold.type != got.type) return false;
  if (!gold.number.empty()) {
    const std::string key = ReferenceNumberKey(gold.number);
    return !key.empty() && key == ReferenceNumberKey(got.number);
  }
  return !gold.title.empty() && !got.title.empty() && TextEqual(gold.title, got.title);
}

namespace {

// Kuhn's augmenting path from gold `i`: true when `i` could be paired, possibly by moving
// earlier pairs to other extracted items.
bool Augment(int i, const std::vector<std::vector<int>>& candidates, std::vector<bool>& seen,
             std::vector<int>& gold_of_got) {
  for (int j : candidates[i]) {
    if (seen[j]) continue;
    seen[j] = true;
    if (gold_of_got[j] < 0 || Augment(gold_of_got[j], candidates, seen, gold_of_got)) {
      gold_of_got[j] = i;
      return true;
    }
  }
  return false;
}

}  // namespace

std::vector<std::pair<int, int>> MatchOneToOne(int n_gold, int n_got,
                                               const std::function<bool(int, int)>& match) {
  std::vector<std::vector<int>> candidates(std::max(n_gold, 0));
  for (int i = 0; i < n_gold; ++i) {
    for (int j = 0; j < n_got; ++j) {
      if (match(i, j)) candidates[i].push_back(j);
    }
  }
  std::vector<int> gold_of_got(std::max(n_got, 0), -1);
  for (int i = 0; i < n_gold; ++i) {
    std::vector<bool> seen(gold_of_got.size(), false);
    Augment(i, candidates, seen, gold_of_got);
  }
  std::vector<std::pair<int, int>> pairs;
  for (int j = 0; j < n_got; ++j) {
    if (gold_of_got[j] >= 0) pairs.emplace_back(gold_of_got[j], j);
  }
  std::sort(pairs.begin(), pairs.end());
  return pairs;
}

}  // namespace vanban
