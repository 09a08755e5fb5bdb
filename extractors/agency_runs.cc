#include "extractors/agency_runs.h"

#include <algorithm>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "extractors/agency_names.h"
#include "extractors/data_table.h"
#include "extractors/text_case.h"
#include "pipeline/normalize/fold.h"

namespace vanban {
namespace {

struct GlueWords {
  std::unordered_set<std::string> phrases;     // folded, words joined by one space
  std::unordered_set<std::string> qualifiers;  // "liên quan": the rest of its segment is glue
  size_t max_words = 1;
};

size_t WordCount(std::string_view s) { return std::count(s.begin(), s.end(), ' ') + 1; }

const GlueWords& Glue() {
  static const GlueWords* glue = [] {
    auto* g = new GlueWords;
    auto add = [g](std::string_view name, bool qualifier) {
      std::string key = FoldKey(name);
      if (key.empty()) return;
      g->max_words = std::max(g->max_words, WordCount(key));
      if (qualifier) g->qualifiers.insert(key);
      g->phrases.insert(std::move(key));
    };
    const DataTable words = LoadDataTable("name_glue.tsv");
    for (const auto& row : words.rows) {
      add(row[words.Column("word")], row[words.Column("kind")] == "qualifier");
    }
    const DataTable positions = LoadDataTable("positions.tsv");
    for (const auto& row : positions.rows) add(row[positions.Column("name")], false);
    return g;
  }();
  return *glue;
}

bool IsPunct(char c) {
  return c == ':' || c == '-' || c == '/' || c == '&' || c == '(' || c == ')' || c == '"' ||
         c == '\'';
}

// The words of a folded text, punctuation dropped, split into the segments of a list at
// ",", ";" and "và".
std::vector<std::vector<std::string>> Segments(std::string_view folded) {
  std::vector<std::vector<std::string>> segments(1);
  std::string word;
  auto end_word = [&] {
    if (word == "và") {
      segments.emplace_back();
    } else if (!word.empty()) {
      segments.back().push_back(word);
    }
    word.clear();
  };
  for (char c : folded) {
    if (c == ',' || c == ';') {
      end_word();
      segments.emplace_back();
    } else if (c == ' ' || IsPunct(c)) {
      end_word();
    } else {
      word += c;
    }
  }
  end_word();
  return segments;
}

// True when every word of the segment is glue, or a qualifier makes the group it ends one the
// agency finder leaves out ("các đơn vị có liên quan thuộc Bộ Tư pháp").
bool IsGlueSegment(const std::vector<std::string>& words) {
  const GlueWords& glue = Glue();
  size_t i = 0;
  while (i < words.size()) {
    size_t matched = 0;
    std::string phrase;
    for (size_t n = std::min(glue.max_words, words.size() - i); n > 0 && matched == 0; --n) {
      phrase = words[i];
      for (size_t k = 1; k < n; ++k) phrase += " " + words[i + k];
      if (glue.phrases.count(phrase)) matched = n;
    }
    if (matched == 0) return false;
    i += matched;
    // "các đơn vị có liên quan thuộc Bộ Tư pháp": what follows the qualifier says whose they are.
    if (glue.qualifiers.count(phrase) && i < words.size() &&
        (words[i] == "thuộc" || words[i] == "của" || words[i] == "tại" || words[i] == "trực")) {
      return true;
    }
  }
  return true;
}

// True when a word of text starts with a capital: a body's head word ("Bộ", "Ủy ban").
bool HasUpperWord(std::string_view text) {
  for (size_t i = 0; i < text.size(); ++i) {
    if ((i == 0 || text[i - 1] == ' ') && StartsWithUpper(text.substr(i, 4))) return true;
  }
  return false;
}

bool IsNameGlueUncached(std::string_view text);

}  // namespace

bool IsNameGlue(std::string_view text) {
  // Commas and spaces alone join names (the commonest case, decided without folding).
  if (text.find_first_not_of(" ,;\n\t\r") == std::string_view::npos) return true;
  // The same short gaps ("và các", ", Ủy ban") come back again and again: remembered.
  constexpr size_t kRememberedBytes = 64;
  constexpr size_t kRememberedTexts = 20000;
  if (text.size() > kRememberedBytes) return IsNameGlueUncached(text);
  thread_local std::unordered_map<std::string, bool> remembered;
  auto it = remembered.find(std::string(text));
  if (it != remembered.end()) return it->second;
  if (remembered.size() >= kRememberedTexts) remembered.clear();
  const bool glue = IsNameGlueUncached(text);
  remembered.emplace(text, glue);
  return glue;
}

namespace {

bool IsNameGlueUncached(std::string_view text) {
  // A head shared by the names of a list, before the names: "Chủ tịch Ủy ban nhân dân các
  // tỉnh: Khánh Hòa, Đắk Lắk" (the agency finder names the bodies by what follows it).
  const size_t colon = text.rfind(':');
  if (colon != std::string_view::npos) {
    const std::string_view head = text.substr(0, colon);
    if (head.find('.') == std::string_view::npos && WordCount(CollapseSpaces(head)) <= 10 &&
        HasUpperWord(head)) {
      text.remove_prefix(colon + 1);
    }
  }
  // A sentence ends between, or a description or an aside starts: "Sở Tài chính - Cơ quan
  // thường trực", "Bộ Quốc phòng (Cục Bản đồ)".
  if (text.find_first_of(".()") != std::string_view::npos ||
      text.find(" - ") != std::string_view::npos) {
    return false;
  }
  // Read one piece between commas at a time: folding keeps each "," and ";" where it stands,
  // so a text that is no glue is mostly ruled out by its first piece, the rest never folded.
  size_t begin = 0;
  while (true) {
    const size_t end = text.find_first_of(",;", begin);
    const std::string_view piece =
        text.substr(begin, end == std::string_view::npos ? std::string_view::npos : end - begin);
    for (const std::vector<std::string>& segment : Segments(FoldKey(piece))) {
      if (!IsGlueSegment(segment)) return false;
    }
    if (end == std::string_view::npos) return true;
    begin = end + 1;
  }
}

}  // namespace

std::vector<int> RunAfter(std::string_view text, size_t from, size_t limit,
                          const std::vector<AgencyMention>& mentions) {
  std::vector<int> run;
  auto it = std::lower_bound(mentions.begin(), mentions.end(), from,
                             [](const AgencyMention& m, size_t pos) { return m.span.begin < pos; });
  size_t pos = from;
  while (it != mentions.end() && it->span.end <= limit) {
    if (!IsNameGlue(text.substr(pos, it->span.begin - pos))) break;
    run.push_back(static_cast<int>(it - mentions.begin()));
    pos = it->span.end;
    ++it;
    // A bracket right after a body holds its sub-unit or a description, and the list goes on
    // after it: "Văn phòng UBND tỉnh (Trung tâm Phục vụ hành chính công tỉnh) và UBND các xã".
    const size_t open = text.find_first_not_of(' ', pos);
    if (open < limit && text[open] == '(') {
      const size_t close = text.find(')', open);
      // Not a nested bracket, nor one that runs on into other clauses.
      if (close != std::string_view::npos && close < limit &&
          text.substr(open + 1, close - open - 1).find_first_of("(;") == std::string_view::npos) {
        pos = close + 1;
        while (it != mentions.end() && it->span.begin < pos) ++it;
      }
    }
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
