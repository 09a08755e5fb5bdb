#include "pipeline/query/highlight.h"

#include <vector>

#include "pipeline/store/search_tokens.h"

namespace vanban {
namespace {

bool Matches(const std::string& folded, const std::set<std::string>& words,
             const std::set<std::string>& prefixes) {
  if (words.count(folded)) return true;
  for (const std::string& p : prefixes) {
    if (folded.compare(0, p.size(), p) == 0) return true;
  }
  return false;
}

}  // namespace

std::string Highlight(std::string_view text, const std::set<std::string>& words,
                      const std::set<std::string>& prefixes, size_t max_words) {
  thread_local SearchTokenizer tokenizer;
  const std::vector<SearchToken> tokens = tokenizer.Tokens(text);
  std::vector<bool> hit(tokens.size());
  size_t first_hit = tokens.size();
  for (size_t i = 0; i < tokens.size(); ++i) {
    hit[i] = Matches(tokens[i].folded, words, prefixes);
    if (hit[i] && first_hit == tokens.size()) first_hit = i;
  }
  // The window of tokens [from, to) shown: a quarter of it before the first match.
  size_t from = 0, to = tokens.size();
  if (max_words > 0 && tokens.size() > max_words) {
    const size_t anchor = first_hit == tokens.size() ? 0 : first_hit;
    from = anchor > max_words / 4 ? anchor - max_words / 4 : 0;
    if (from + max_words > tokens.size()) from = tokens.size() - max_words;
    to = from + max_words;
  }
  const size_t begin = from == 0 ? 0 : tokens[from].begin;
  const size_t end = to == tokens.size() ? text.size() : tokens[to - 1].end;
  std::string out = from == 0 ? "" : "…";
  size_t at = begin;
  for (size_t i = from; i < to; ++i) {
    if (!hit[i]) continue;
    out.append(text.substr(at, tokens[i].begin - at));
    out += "«";
    out.append(text.substr(tokens[i].begin, tokens[i].end - tokens[i].begin));
    out += "»";
    at = tokens[i].end;
  }
  out.append(text.substr(at, end - at));
  if (to != tokens.size()) out += "…";
  return out;
}

}  // namespace vanban
