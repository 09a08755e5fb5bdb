#include "extractors/law_titles.h"

#include <algorithm>
#include <cstdlib>
#include <unordered_map>

#include "extractors/agency_names.h"
#include "extractors/data_table.h"
#include "extractors/doc_types.h"
#include "extractors/gazetteer.h"
#include "extractors/name_stops.h"
#include "extractors/name_table.h"
#include "extractors/text_case.h"
#include "extractors/type_names.h"
#include "extractors/word_keys.h"
#include "extractors/words.h"

namespace vanban {
namespace {

constexpr size_t kMaxWords = 60;          // an amending law's title and the laws it amends
constexpr size_t kMaxTitleWindow = 26;    // another title
constexpr size_t kMaxTitleWords = 14;     // a title read by rule
constexpr size_t kMaxAmendingWords = 24;  // "sửa đổi, bổ sung ..." up to "của Luật"

struct Kind {
  std::string_view word;  // as printed
  std::string_view type;
};

// Longer kind words first: "Bộ luật" before "Luật".
constexpr Kind kKinds[] = {
    {"Bộ luật", "bo_luat"},     {"Bộ Luật", "bo_luat"},     {"Luật", "luat"},
    {"Hiến pháp", "hien_phap"}, {"Pháp lệnh", "phap_lenh"}, {"Hiệp định", "dieu_uoc"},
    {"Công ước", "dieu_uoc"},   {"Hiệp ước", "dieu_uoc"},   {"Nghị quyết", "nghi_quyet"},
};

struct Laws {
  NameTable titles{"laws.tsv", "name", "", AsciiFallback::kYes};
  std::unordered_map<std::string, std::string> written;  // short form as listed -> title
};

const Laws& LawTable() {
  static const Laws* laws = [] {
    auto* l = new Laws;
    DataTable table = LoadDataTable("laws.tsv");
    const int name = table.Column("name");
    const int written = table.Column("written");
    for (const auto& row : table.rows) {
      if (!row[written].empty()) l->written.emplace(row[name], row[written]);
    }
    return l;
  }();
  return *laws;
}

bool IsDigitStart(std::string_view s) { return !s.empty() && s[0] >= '0' && s[0] <= '9'; }

bool IsRoman(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (c != 'I' && c != 'V' && c != 'X' && c != 'L') return false;
  }
  return true;
}

bool EndsClause(char c) { return c == ';' || c == ':' || c == '.' || c == ')' || c == '"'; }

// Words [from, end) of a title read by rule: lower-case words and capitalised words go on;
// punctuation, numbers, another document's name and the words of name_stops.tsv end it.
size_t RuleTitleEnd(const WordWindow& win, const WindowKeys& keys, size_t from) {
  size_t i = from;
  while (i < win.size() && i - from < kMaxTitleWords) {
    const Word& w = win.words[i];
    if (w.core.empty() || w.text[0] == '(' || w.text[0] == '"' || IsDigitStart(w.core)) break;
    if (i > from) {
      const char last = win.words[i - 1].text.back();
      if (EndsClause(last)) break;
      if (last == ',' && !StartsWithLower(w.core)) break;
    }
    const std::string_view next = i + 1 < win.size() ? win.words[i + 1].core : "";
    if (w.core == "và") {
      if (next.empty() || !StartsWithLower(next) || NameStopLength(next, "") > 0) break;
      ++i;
      continue;
    }
    if (TypeNameAt(keys, i)) break;  // "Luật Nghị định ..." in a table head
    if (NameStopLength(w.core, next) > 0 && !(i == from && IsRoman(w.core))) break;
    ++i;
  }
  return i;
}

// The end (in words) of the title of the law whose kind name ("Luật", "Pháp lệnh") is words
// [k, k + kind_words), or k + kind_words when none follows.
size_t LawTitleEnd(const WordWindow& win, const WindowKeys& keys, size_t k, size_t kind_words,
                   std::string* written) {
  if (auto hit = LawTable().titles.Prefix(keys, k)) {
    *written = *hit->name;
    return hit->end;
  }
  // By rule, a title starts with a capitalised word of two letters or more: "Luật Thủ đô", not
  // "Luật chuyên ngành" or "Luật T" (OCR).
  const size_t first = k + kind_words;
  if (first >= win.size() || !StartsWithUpper(win.words[first].core) ||
      win.words[first].core.size() < 2) {
    return first;
  }
  return RuleTitleEnd(win, keys, first);
}

// "sửa đổi, bổ sung một số điều của Luật A, Luật B và Luật C" from word k: the end of the
// last amended law, or 0 when no law follows.
size_t AmendedLawsEnd(const WordWindow& win, const WindowKeys& keys, size_t k) {
  size_t i = k;
  while (i < win.size() && i - k < kMaxAmendingWords && win.words[i].core != "Luật") {
    if (i > k && EndsClause(win.words[i - 1].text.back())) return 0;
    ++i;
  }
  if (i >= win.size() || win.words[i].core != "Luật") return 0;
  size_t end = 0;
  while (i < win.size() && win.words[i].core == "Luật") {
    std::string unused;
    const size_t title_end = LawTitleEnd(win, keys, i, 1, &unused);
    if (title_end == i + 1) break;
    end = title_end;
    i = title_end;
    // ", Luật B" or "và Luật C" goes on.
    if (i < win.size() && win.words[i].core == "và") ++i;
    if (i == end && win.words[i - 1].text.back() != ',') break;
  }
  return end;
}

int RomanValue(std::string_view s) {
  int value = 0;
  int last = 0;
  for (size_t i = s.size(); i-- > 0;) {
    const int v = s[i] == 'I' ? 1 : s[i] == 'V' ? 5 : s[i] == 'X' ? 10 : 50;
    value += v < last ? -v : v;
    last = std::max(last, v);
  }
  return value;
}

// "Đại hội đại biểu toàn quốc lần thứ XIII của Đảng" from word k: its end, or 0. `key` gets
// the congress it names whatever the wording: "đại hội toàn quốc 13", "đại hội đảng bộ tỉnh 20".
size_t CongressEnd(const WordWindow& win, size_t k, std::string* key) {
  if (k >= win.size() || LowerWord(win.words[k].core) != "đại" || k + 1 >= win.size() ||
      LowerWord(win.words[k + 1].core) != "hội") {
    return 0;
  }
  for (size_t i = k + 2; i < win.size() && i < k + 12; ++i) {
    const Word& w = win.words[i];
    const bool ordinal = IsRoman(w.core) || (LowerWord(win.words[i - 1].core) == "thứ" &&
                                             LowerWord(win.words[i - 2].core) == "lần");
    if (!ordinal) {
      if (EndsClause(w.text.back()) || w.text.back() == ',') return 0;
      continue;
    }
    std::string scope = "toàn quốc";
    for (size_t j = k + 2; j + 1 < i; ++j) {
      if (LowerWord(win.words[j].core) == "đảng" && LowerWord(win.words[j + 1].core) == "bộ") {
        scope = "đảng bộ";
        if (j + 2 < i && StartsWithLower(win.words[j + 2].core))
          scope += " " + std::string(win.words[j + 2].core);
      }
    }
    const int number =
        IsRoman(w.core) ? RomanValue(w.core) : std::atoi(std::string(w.core).c_str());
    *key = "đại hội " + scope + " " + std::to_string(number);
    size_t end = i + 1;
    if (end + 1 < win.size() && win.words[end].core == "của" && win.words[end + 1].core == "Đảng" &&
        (end + 2 >= win.size() || LowerWord(win.words[end + 2].core) != "bộ")) {
      end += 2;
    }
    return end;
  }
  return 0;
}

}  // namespace

std::optional<TitleMatch> MatchTitle(std::string_view text, size_t pos) {
  const Kind* kind = nullptr;
  for (const Kind& k : kKinds) {
    if (text.substr(pos, k.word.size()) == k.word) {
      kind = &k;
      break;
    }
  }
  if (!kind) return std::nullopt;
  if (kind->type == "nghi_quyet") {
    // Only "Nghị quyết Đại hội ..." is cited by title.
    auto next = NextWord(text, pos + kind->word.size());
    if (!next || LowerWord(next->core) != "đại") return std::nullopt;
  }
  const size_t kind_words = kind->word.find(' ') == std::string_view::npos ? 1 : 2;
  // An amending law's title names the laws it amends: a longer window.
  auto first_word = NextWord(text, pos + kind->word.size());
  const bool amending = first_word && LowerWord(first_word->core) == "sửa";
  const WordWindow win = ReadWords(text, pos, amending ? kMaxWords : kMaxTitleWindow, kind_words);
  const WindowKeys keys(win, Abbreviations::kKeep);
  if (win.size() < kind_words || win.Words(0, kind_words) != kind->word) return std::nullopt;

  TitleMatch m{std::string(kind->type), "", "", {pos, win.CoreEnd(kind_words - 1)}};
  size_t end = kind_words;
  std::string written;
  const std::string_view first = kind_words < win.size() ? win.words[kind_words].core : "";
  if (kind->type == "nghi_quyet") {
    end = CongressEnd(win, kind_words, &written);
    if (end == 0) return std::nullopt;
  } else if (LowerWord(first) == "số") {
    return m;  // "Luật số 90/2025/QH15": the number follows
  } else if (kind->type == "luat" && LowerWord(first) == "sửa") {
    end = AmendedLawsEnd(win, keys, kind_words);
    if (end == 0) return std::nullopt;
  } else if (kind->type == "hien_phap") {
    if (auto hit = LawTable().titles.Prefix(keys, 0)) {
      end = hit->end;
      written = *hit->name;
    }
  } else if (kind->type == "luat" || kind->type == "bo_luat" || kind->type == "phap_lenh") {
    // "Luật sư", "Luật gia", "Luật pháp": a lawyer, a jurist, the law in general.
    const std::string w = LowerWord(first);
    if (kind->type == "luat" && (w == "sư" || w == "gia" || w == "pháp" || w == "hóa")) {
      return std::nullopt;
    }
    end = LawTitleEnd(win, keys, 0, kind_words, &written);
  } else {
    // A treaty by rule: three words at least, none a blank to fill ("Hiệp định từ.....đến").
    end = RuleTitleEnd(win, keys, kind_words);
    if (end < kind_words + 3 || win.Words(0, end).find("..") != std::string_view::npos) {
      return std::nullopt;
    }
  }
  if (end <= kind_words && kind->type != "hien_phap") return std::nullopt;

  m.span.end = win.CoreEnd(end - 1);
  const std::string printed = CollapseSpaces(text.substr(pos, m.span.end - pos));
  auto short_form = LawTable().written.find(written);
  if (kind->type == "nghi_quyet") {
    m.title = printed;
    m.key = written;
  } else if (!written.empty() && short_form != LawTable().written.end()) {
    m.title = printed;  // a short form stays as printed
    m.key = short_form->second;
  } else {
    m.title = written.empty() ? printed : written;
    m.key = m.title;
  }
  return m;
}

}  // namespace vanban
