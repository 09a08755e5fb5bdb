#include "extractors/reference_issuer.h"

#include <algorithm>
#include <vector>

#include "extractors/agency_names.h"
#include "extractors/doc_types.h"
#include "extractors/gazetteer.h"
#include "extractors/name_stops.h"
#include "extractors/text_case.h"
#include "extractors/words.h"

namespace vanban {
namespace {

constexpr size_t kMaxWords = 18;
constexpr size_t kMaxKnownWords = 12;

const Gazetteer& Positions() {
  static const Gazetteer g("positions.tsv", "name");
  return g;
}
const Gazetteer& Heads() {
  static const Gazetteer g("agencies.tsv", "name", "head", AsciiFallback::kLongNames);
  return g;
}
const Gazetteer& Bodies() {
  static const Gazetteer g("agencies.tsv", "name", "body", AsciiFallback::kLongNames);
  return g;
}

bool IsRoman(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (c != 'I' && c != 'V' && c != 'X' && c != 'L') return false;
  }
  return true;
}

bool EndsClause(char c) { return c == '.' || c == ';' || c == ':' || c == ')'; }

// A word that opens a place after a body's name: "tỉnh", "thành phố", "TP.", "huyện".
bool IsPlaceWord(std::string_view word) {
  static constexpr std::string_view kPlaces[] = {"tỉnh", "thành", "tp",     "huyện", "quận",
                                                 "thị",  "xã",    "phường", "khu"};
  const std::string lower = ToLower(word);
  return std::any_of(std::begin(kPlaces), std::end(kPlaces),
                     [&](std::string_view p) { return lower == p; });
}

bool StartsWithDigit(std::string_view s) { return !s.empty() && s[0] >= '0' && s[0] <= '9'; }

// True when word i opens a place, not a body ("Tỉnh ủy", "Thành ủy" are bodies).
bool IsPlace(const WordWindow& win, size_t i) {
  // "Xã hội" (society) opens no commune: "Bộ Lao động - Thương binh và Xã hội".
  if (ToLower(win.words[i].core) == "xã" && i + 1 < win.size() &&
      ToLower(win.words[i + 1].core) == "hội") {
    return false;
  }
  return IsPlaceWord(win.words[i].core) && !Heads().MatchPrefix(win.From(i));
}

// The end of the place that the qualifier at word i opens: a known place ("tỉnh Cao Bằng",
// "thành phố Cần Thơ"), else up to three capitalised words ("huyện Tư Nghĩa"), else the
// qualifier alone ("tỉnh" standing for the document's province).
size_t PlaceEnd(const WordWindow& win, size_t i) {
  for (size_t j = std::min(win.size(), i + 5); j > i + 1; --j) {
    if (IsKnownPlace(win.Words(i, j))) return j;
  }
  const std::string q = ToLower(win.words[i].core);
  size_t j = i + 1;
  if (j < win.size() && win.words[i].text == win.words[i].core) {
    const std::string second = ToLower(win.words[j].core);
    if ((q == "thành" && second == "phố") || (q == "thị" && (second == "xã" || second == "trấn")) ||
        (q == "khu" && second == "vực")) {
      ++j;
    }
  }
  if (j == i + 1 && (q == "thành" || q == "thị" || q == "khu")) return i;  // "Thuận Thành"
  for (int n = 0; n < 3 && j < win.size(); ++n, ++j) {
    const Word& w = win.words[j];
    const char last = win.words[j - 1].text.back();
    if (last == ',' || (EndsClause(last) && j - 1 != i) || !StartsWithUpper(w.core) ||
        NameStopLength(ToLower(w.core), j + 1 < win.size() ? ToLower(win.words[j + 1].core) : "") >
            0 ||
        StartsWithAgencyName(win.From(j)) || MatchTypeName(win.From(j))) {
      break;
    }
  }
  return j;
}

// A short capitalised abbreviation with a final period inside a name: "TP." in "Thuế TP. Hà Nội".
bool IsInnerAbbreviation(const Word& w) {
  return w.text.size() <= 4 && w.text.back() == '.' && IsUpperText(w.core);
}

// True when the name may go on with word i of the window.
bool Continues(const WordWindow& win, size_t i) {
  const Word& prev = win.words[i - 1];
  const Word& w = win.words[i];
  // "Ban Văn hóa - Xã hội": a dash between capitalised parts.
  if (w.text == "-" && i + 1 < win.size() && StartsWithUpper(win.words[i + 1].core)) return true;
  if (w.core.empty() || w.text[0] == '(' || w.text[0] == '"') return false;
  const char last = prev.text.back();
  if (last == '.' && !(IsInnerAbbreviation(prev) && StartsWithUpper(w.core))) return false;
  if (last == ';' || last == ':' || last == ')' || last == '"') return false;
  std::string_view rest = win.From(i);
  if (last == ',' || w.core == "và") {
    // "Bộ Văn hóa, Thể thao và Du lịch" goes on; "của Chính phủ, Thủ tướng ..." does not.
    const size_t next = w.core == "và" ? i + 1 : i;
    if (next >= win.words.size() || !StartsWithUpper(win.words[next].core)) return false;
    // "..., QUYẾT NGHỊ:": a heading in capitals after a name in mixed case.
    if (IsUpperText(win.words[next].core) && !IsUpperText(win.words[i - 1].core)) return false;
    std::string_view next_rest = win.From(next);
    if (StartsWithAgencyName(next_rest) || Positions().MatchPrefix(next_rest) ||
        MatchTypeName(next_rest)) {
      return false;
    }
    if (w.core == "và") return true;
  }
  if (StartsWithDigit(w.core)) return w.core.size() <= 3 && w.core.find('/') == w.core.npos;
  // "... Quyết định số 12": another document; "Công ty Luật Anh Sĩ" is a name.
  if (auto type = MatchTypeName(rest)) {
    auto after = NextWord(rest, type->length);
    if (!after || ToLower(after->core) == "số" || StartsWithDigit(after->core)) return false;
  }
  const std::string_view second = i + 1 < win.words.size() ? win.words[i + 1].core : "";
  return NameStopLength(w.core, second) == 0 || IsRoman(w.core);
}

// ReadIssuer over a window that goes on past line breaks before `lead` words.
std::optional<IssuerMatch> Read(std::string_view text, size_t pos, size_t lead) {
  const WordWindow win = ReadWords(text, pos, kMaxWords, lead);
  if (win.words.empty()) return std::nullopt;
  std::string prefix;
  size_t start = 0;
  bool dropped = false;
  // "Thường trực Ủy ban Pháp luật và Tư pháp": the standing body of a named body.
  if (win.size() > 2 && win.words[0].core == "Thường" && win.words[1].core == "trực" &&
      StartsWithAgencyName(win.From(2))) {
    prefix = "Thường trực ";
    start = 2;
  }  // a position was dropped: a person's name may follow the body
  // Leading positions: "Bộ trưởng Bộ Tài chính", "Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ".
  while (prefix.empty() && start < win.size() && !Bodies().MatchPrefix(win.From(start))) {
    auto position = Positions().MatchPrefix(win.From(start));
    if (!position) break;
    const size_t n = win.WordsIn(start, position->length);
    const std::string name = ToLower(*position->name);
    // "Chánh Văn phòng", "Giám đốc Sở": the position ends with the body's head word.
    for (size_t k = start + 1; k < start + n; ++k) {
      if (Heads().Find(win.Words(k, start + n))) return Read(text, win.words[k].span.begin, 0);
    }
    const size_t next = start + n;
    if (next >= win.size() && start == 0 && win.CoreEnd(next - 1) < text.size() &&
        name != "thủ tướng") {
      // "của Bộ trưởng\nBộ Tài chính": the body on the next line.
      auto body = Read(text, win.words[next - 1].span.end, 0);
      if (!body) return std::nullopt;
      body->printed.begin = win.words[0].span.begin;
      return body;
    }
    if (next >= win.size() || EndsClause(win.words[next - 1].text.back())) {
      if (name != "thủ tướng") return std::nullopt;
      return IssuerMatch{"Thủ tướng Chính phủ", {win.words[0].span.begin, win.CoreEnd(next - 1)}};
    }
    const std::string rest = ToLower(win.From(next).substr(0, 20));
    if (name == "chủ tịch" && (rest.starts_with("ủy ban nhân dân") || rest.starts_with("ubnd"))) {
      prefix = "Chủ tịch ";
    } else {
      dropped = true;
    }
    start = next;
    if (win.words[next - 1].text.back() != ',') break;
  }
  if (start >= win.size()) return std::nullopt;
  size_t known = 0;  // words of a known body from `start`
  if (auto body = Bodies().MatchPrefix(win.From(start))) {
    known = win.WordsIn(start, body->length);
  } else {
    if (!StartsWithAgencyName(win.From(start))) return std::nullopt;
    for (size_t j = std::min(win.size(), start + kMaxKnownWords); j > start; --j) {
      if (IsKnownAgency(win.Words(start, j))) {
        known = j - start;
        break;
      }
    }
  }
  size_t end = start + std::max<size_t>(known, 1);
  size_t head_end = end;
  if (auto head = Heads().MatchPrefix(win.From(start))) {
    head_end = start + win.WordsIn(start, head->length);
    end = std::max(end, head_end);
  }
  if (known == 0 && end == win.size() && lead == 0 && win.size() < kMaxWords &&
      NextWord(text, win.words.back().span.end)) {
    // "của Bộ trưởng Bộ\nNội vụ": only a head word before a line break.
    return Read(text, pos, win.size());
  }
  if (known > 0 && end < win.size()) {
    // A known body's name is complete but for a place: "Cục Thuế tỉnh Hà Tĩnh". Capitals after
    // a position and a body name a person: "Phó Thủ tướng Chính phủ Hồ Đức Phớc".
    const bool place = IsPlace(win, end) && Continues(win, end);
    if (place) {
      end = std::max(end, PlaceEnd(win, end));
    } else if (dropped && StartsWithUpper(win.words[end].core) &&
               !EndsClause(win.words[end - 1].text.back()) &&
               win.words[end - 1].text.back() != ',' && !StartsWithAgencyName(win.From(end)) &&
               !MatchTypeName(win.From(end))) {
      return std::nullopt;
    }
  } else {
    while (end < win.size() && Continues(win, end)) {
      if (IsPlace(win, end)) {
        const size_t place = PlaceEnd(win, end);
        if (place > end) {
          end = place;
          break;
        }
      }
      ++end;
    }
  }
  const Word& first = win.words[0];
  const size_t printed_end = win.CoreEnd(end - 1);
  const size_t name_begin = win.words[start].span.begin;
  std::string name = prefix + WrittenAgencyName(text.substr(name_begin, printed_end - name_begin));
  return IssuerMatch{name, {first.span.begin, printed_end}};
}

}  // namespace

std::optional<IssuerMatch> ReadIssuer(std::string_view text, size_t pos) {
  return Read(text, pos, 0);
}

}  // namespace vanban
