#include "pipeline/query/fts_query.h"

#include <vector>

#include "pipeline/store/search_tokens.h"

namespace vanban {
namespace {

// One thing the user typed: a word or a quoted phrase, or an operator.
struct Item {
  enum class Kind { kTerm, kOr, kAnd, kNot } kind = Kind::kTerm;
  std::string text;  // the term as typed, without quotes, '-' or a final '*'
  bool quoted = false;
  bool excluded = false;  // written with a leading '-' or after NOT
  bool prefix = false;    // written with a final '*'
};

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

StatusOr<std::vector<Item>> Split(std::string_view text) {
  std::vector<Item> items;
  size_t i = 0;
  while (i < text.size()) {
    if (IsSpace(text[i])) {
      ++i;
      continue;
    }
    Item item;
    if (text[i] == '-') {
      item.excluded = true;
      ++i;
      if (i >= text.size() || IsSpace(text[i])) {
        return InvalidArgument("'-' must stand right before the word it excludes (\"-tuần\")");
      }
    }
    if (text[i] == '"') {
      const size_t close = text.find('"', i + 1);
      if (close == std::string_view::npos) {
        return InvalidArgument("a quotation mark (\") has no closing pair");
      }
      item.text = text.substr(i + 1, close - i - 1);
      item.quoted = true;
      i = close + 1;
      if (i < text.size() && text[i] == '*') {
        item.prefix = true;
        ++i;
      }
    } else {
      size_t end = i;
      while (end < text.size() && !IsSpace(text[end]) && text[end] != '"') ++end;
      item.text = text.substr(i, end - i);
      i = end;
      if (!item.text.empty() && item.text.back() == '*') {
        item.prefix = true;
        item.text.pop_back();
      }
      if (!item.excluded && !item.prefix) {
        if (item.text == "OR" || item.text == "|") item.kind = Item::Kind::kOr;
        if (item.text == "AND") item.kind = Item::Kind::kAnd;
        if (item.text == "NOT") item.kind = Item::Kind::kNot;
      }
    }
    items.push_back(std::move(item));
  }
  return items;
}

// A quoted FTS5 phrase; tokens never hold '"', but double it anyway as FTS5 wants.
std::string Phrase(const std::vector<std::string>& words, bool prefix) {
  std::string out = "\"";
  for (size_t i = 0; i < words.size(); ++i) {
    if (i) out += ' ';
    for (char c : words[i]) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  }
  out += '"';
  if (prefix) out += " *";
  return out;
}

class Builder {
 public:
  // Appends the phrases of one term to out: folded, or (folded OR exact); and to
  // out_exact: exact (folded when the term has no diacritics).
  Status AddTerm(const Item& item, bool with_exact, std::string& out, std::string& out_exact) {
    thread_local SearchTokenizer tokenizer;
    std::vector<SearchToken> tokens = tokenizer.Tokens(item.text);
    if (tokens.empty()) {
      return InvalidArgument("\"" + std::string(item.prefix ? item.text + "*" : item.text) +
                             "\" has no letters or digits to search for");
    }
    std::vector<std::string> folded, exact;
    for (const SearchToken& t : tokens) {
      folded.push_back(t.folded);
      exact.push_back(t.exact);
    }
    if (with_exact) {  // a term that is not excluded: its words are highlighted
      query_.words.insert(folded.begin(), folded.end() - (item.prefix ? 1 : 0));
      if (item.prefix) query_.prefixes.insert(folded.back());
    }
    if (!with_exact || folded == exact) {
      out += Phrase(folded, item.prefix);
      out_exact += Phrase(folded, item.prefix);
      query_.exact += '0';
    } else {
      out += "(" + Phrase(folded, item.prefix) + " OR " + Phrase(exact, item.prefix) + ")";
      out_exact += Phrase(exact, item.prefix);
      query_.exact += "01";
    }
    return Status::Ok();
  }

  StatusOr<FtsQuery> Build(std::vector<Item> items) {
    // NOT before a term excludes it; AND is what a space says already.
    std::vector<Item> terms;  // terms and ORs
    for (size_t i = 0; i < items.size(); ++i) {
      const Item::Kind kind = items[i].kind;
      if (kind == Item::Kind::kAnd || kind == Item::Kind::kNot || kind == Item::Kind::kOr) {
        const bool term_before = !terms.empty() && terms.back().kind == Item::Kind::kTerm;
        const bool term_after = i + 1 < items.size() && items[i + 1].kind == Item::Kind::kTerm;
        const char* name = kind == Item::Kind::kAnd  ? "AND"
                           : kind == Item::Kind::kOr ? "OR"
                                                     : "NOT";
        if (!term_after || (kind != Item::Kind::kNot && !term_before)) {
          return InvalidArgument(std::string(name) + " needs a word or phrase on " +
                                 (kind == Item::Kind::kNot ? "its right" : "each side"));
        }
        if (kind == Item::Kind::kNot) items[i + 1].excluded = true;
        if (kind == Item::Kind::kOr) terms.push_back(items[i]);
        continue;
      }
      if (items[i].excluded && !terms.empty() && terms.back().kind == Item::Kind::kOr) {
        return InvalidArgument("OR cannot join an excluded word");
      }
      terms.push_back(items[i]);
    }
    int count = 0;
    for (const Item& t : terms) count += t.kind == Item::Kind::kTerm;
    if (count == 0) return InvalidArgument("the query has no word to search for");
    if (count > kMaxQueryTerms) {
      return InvalidArgument("the query has " + std::to_string(count) +
                             " words and phrases; at most " + std::to_string(kMaxQueryTerms));
    }
    // Groups of OR-ed terms, ANDed; excluded terms after them.
    std::string positive, positive_exact;
    bool open_group = false;
    for (size_t i = 0; i < terms.size(); ++i) {
      const Item& t = terms[i];
      if (t.kind == Item::Kind::kOr || t.excluded) continue;
      const bool or_before = i > 0 && terms[i - 1].kind == Item::Kind::kOr;
      std::string joint;
      if (!or_before) {
        if (open_group) joint += ")";
        if (!positive.empty()) joint += " AND ";
        joint += "(";
        open_group = true;
      } else {
        joint += " OR ";
      }
      positive += joint;
      positive_exact += joint;
      Status s = AddTerm(t, /*with_exact=*/true, positive, positive_exact);
      if (!s.ok()) return s;
    }
    if (open_group) {
      positive += ")";
      positive_exact += ")";
    }
    if (positive.empty()) {
      return InvalidArgument("the query only excludes words; add a word to search for");
    }
    std::string match = positive, match_exact = positive_exact;
    for (const Item& t : terms) {
      if (t.kind != Item::Kind::kTerm || !t.excluded) continue;
      std::string phrase, unused;
      Status s = AddTerm(t, /*with_exact=*/false, phrase, unused);
      if (!s.ok()) return s;
      match = "(" + match + ") NOT " + phrase;
      match_exact = "(" + match_exact + ") NOT " + phrase;
    }
    query_.match = std::move(match);
    query_.match_exact = std::move(match_exact);
    return query_;
  }

 private:
  FtsQuery query_;
};

}  // namespace

StatusOr<FtsQuery> BuildFtsQuery(std::string_view text) {
  if (text.size() > kMaxQueryBytes) {
    return InvalidArgument("the query is " + std::to_string(text.size()) + " bytes long; at most " +
                           std::to_string(kMaxQueryBytes));
  }
  StatusOr<std::vector<Item>> items = Split(text);
  if (!items.ok()) return items.status();
  if (items->empty()) return InvalidArgument("empty query");
  return Builder().Build(std::move(items).value());
}

}  // namespace vanban
