#include "extractors/agency_runs.h"

#include <algorithm>
#include <string>
#include <unordered_set>

#include "extractors/data_table.h"
#include "pipeline/normalize/fold.h"

namespace vanban {
namespace {

struct GlueWords {
  std::unordered_set<std::string> phrases;  // folded, words joined by one space
  size_t max_words = 1;
};

size_t WordCount(std::string_view s) { return std::count(s.begin(), s.end(), ' ') + 1; }

const GlueWords& Glue() {
  static const GlueWords* glue = [] {
    auto* g = new GlueWords;
    auto add = [g](std::string_view name) {
      std::string key = FoldKey(name);
      if (key.empty()) return;
      g->max_words = std::max(g->max_words, WordCount(key));
      g->phrases.insert(std::move(key));
    };
    const DataTable words = LoadDataTable("name_glue.tsv");
    for (const auto& row : words.rows) add(row[words.Column("word")]);
    const DataTable positions = LoadDataTable("positions.tsv");
    for (const auto& row : positions.rows) add(row[positions.Column("name")]);
    return g;
  }();
  return *glue;
}

bool IsPunct(char c) {
  return c == ',' || c == ';' || c == ':' || c == '-' || c == '/' || c == '&' || c == '(' ||
         c == ')' || c == '"' || c == '\'';
}

// The words of a folded text, punctuation dropped.
std::vector<std::string> Words(std::string_view folded) {
  std::vector<std::string> words;
  std::string word;
  for (char c : folded) {
    if (c == ' ' || IsPunct(c)) {
      if (!word.empty()) words.push_back(std::move(word));
      word.clear();
    } else {
      word += c;
    }
  }
  if (!word.empty()) words.push_back(std::move(word));
  return words;
}

}  // namespace

bool IsNameGlue(std::string_view text) {
  const GlueWords& glue = Glue();
  const std::vector<std::string> words = Words(FoldKey(text));
  size_t i = 0;
  while (i < words.size()) {
    size_t matched = 0;
    for (size_t n = std::min(glue.max_words, words.size() - i); n > 0 && matched == 0; --n) {
      std::string phrase = words[i];
      for (size_t k = 1; k < n; ++k) phrase += " " + words[i + k];
      if (glue.phrases.count(phrase)) matched = n;
    }
    if (matched == 0) return false;
    i += matched;
  }
  return true;
}

std::vector<int> RunAfter(std::string_view text, size_t from, size_t limit,
                          const std::vector<AgencyMention>& mentions) {
  std::vector<int> run;
  auto it = std::lower_bound(mentions.begin(), mentions.end(), from,
                             [](const AgencyMention& m, size_t pos) { return m.span.begin < pos; });
  size_t pos = from;
  for (; it != mentions.end() && it->span.end <= limit; ++it) {
    if (!IsNameGlue(text.substr(pos, it->span.begin - pos))) break;
    run.push_back(static_cast<int>(it - mentions.begin()));
    pos = it->span.end;
  }
  return run;
}

std::vector<int> RunBefore(std::string_view text, size_t to, size_t limit,
                           const std::vector<AgencyMention>& mentions) {
  std::vector<int> run;
  auto it = std::upper_bound(mentions.begin(), mentions.end(), to,
                             [](size_t pos, const AgencyMention& m) { return pos < m.span.end; });
  size_t pos = to;
  while (it != mentions.begin()) {
    --it;
    if (it->span.begin < limit) break;
    if (!IsNameGlue(text.substr(it->span.end, pos - it->span.end))) break;
    run.push_back(static_cast<int>(it - mentions.begin()));
    pos = it->span.begin;
  }
  std::reverse(run.begin(), run.end());
  return run;
}

}  // namespace vanban
