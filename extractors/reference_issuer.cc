#include "extractors/reference_issuer.h"

#include <algorithm>
#include <vector>

#include "extractors/agency_names.h"
#include "extractors/doc_types.h"
#include "extractors/name_stops.h"
#include "extractors/name_table.h"
#include "extractors/text_case.h"
#include "extractors/type_names.h"
#include "extractors/word_keys.h"
#include "extractors/words.h"

namespace vanban {
namespace {

constexpr size_t kMaxWords = 18;
constexpr size_t kMaxKnownWords = 12;
constexpr int kMaxPlaceWords = 3;  // an unknown place: "huyện Tư Nghĩa"

const NameTable& Positions() {
  static const NameTable t("positions.tsv", "name");
  return t;
}
const NameTable& Heads() {
  static const NameTable t("agencies.tsv", "name", "head", AsciiFallback::kLongNames);
  return t;
}
const NameTable& Bodies() {
  static const NameTable t("agencies.tsv", "name", "body", AsciiFallback::kLongNames);
  return t;
}
const NameTable& Places() {
  static const NameTable t("places.tsv", "name", "", AsciiFallback::kYes);
  return t;
}

bool IsRoman(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) {
    return c == 'I' || c == 'V' || c == 'X' || c == 'L';
  });
}

bool EndsClause(char c) { return c == '.' || c == ';' || c == ':' || c == ')'; }

bool StartsWithDigit(std::string_view s) { return !s.empty() && s[0] >= '0' && s[0] <= '9'; }

// A short capitalised abbreviation with a final period inside a name: "TP." in "Thuế TP. Hà Nội".
bool IsInnerAbbreviation(const Word& w) {
  return w.text.size() <= 4 && w.text.back() == '.' && IsUpperText(w.core);
}

// The words of an issuer's name from an offset, with their keys.
class Reader {
 public:
  Reader(std::string_view text, size_t pos, size_t lead)
      : win_(ReadWords(text, pos, kMaxWords, lead)), keys_(win_, Abbreviations::kExpand) {}

  const WordWindow& win() const { return win_; }
  const Word& word(size_t i) const { return win_.words[i]; }
  size_t size() const { return win_.size(); }
  std::string Lower(size_t i) const { return LowerWord(win_.words[i].core); }

  // An agency name (a known body or a head word) starts at word i.
  bool AgencyAt(size_t i) const { return i < size() && (Body(i) || Head(i)); }
  std::optional<NameTable::Hit> Body(size_t i) const { return Cached(body_, Bodies(), i); }
  std::optional<NameTable::Hit> Head(size_t i) const { return Cached(head_, Heads(), i); }
  std::optional<NameTable::Hit> Position(size_t i) const {
    return Cached(position_, Positions(), i);
  }
  bool IsHead(size_t i, size_t j) const { return Heads().Find(keys_, i, j) != nullptr; }
  bool IsBody(size_t i, size_t j) const { return Bodies().Find(keys_, i, j) != nullptr; }
  bool IsPlaceName(size_t i, size_t j) const { return Places().Find(keys_, i, j) != nullptr; }
  std::optional<TypeNameHit> TypeAt(size_t i) const { return TypeNameAt(keys_, i); }

 private:
  using Hits = std::vector<std::optional<std::optional<NameTable::Hit>>>;
  // Each table is looked up once per word.
  std::optional<NameTable::Hit> Cached(Hits& hits, const NameTable& table, size_t i) const {
    if (hits.empty()) hits.resize(size());
    if (!hits[i]) hits[i] = table.Prefix(keys_, i);
    return *hits[i];
  }

  WordWindow win_;
  WindowKeys keys_;
  mutable Hits body_;
  mutable Hits head_;
  mutable Hits position_;
};

// A word that opens a place after a body's name: "tỉnh", "thành phố", "TP.", "huyện".
bool IsPlaceWord(std::string_view lower) {
  static constexpr std::string_view kPlaces[] = {"tỉnh", "thành", "tp",     "huyện", "quận",
                                                 "thị",  "xã",    "phường", "khu",   "đặc"};
  return std::any_of(std::begin(kPlaces), std::end(kPlaces),
                     [&](std::string_view p) { return lower == p; });
}

// True when word i opens a place, not a body ("Tỉnh ủy", "Thành ủy" are bodies; "Xã hội" is
// society).
bool IsPlace(const Reader& r, size_t i) {
  const std::string lower = r.Lower(i);
  if (!IsPlaceWord(lower)) return false;
  if (lower == "xã" && i + 1 < r.size() && r.Lower(i + 1) == "hội") return false;
  return !r.Head(i);
}

// True when the name may go on with word i.
bool Continues(const Reader& r, size_t i) {
  const Word& prev = r.word(i - 1);
  const Word& w = r.word(i);
  // "Ban Văn hóa - Xã hội": a dash between capitalised parts.
  if (w.text == "-" && i + 1 < r.size() && StartsWithUpper(r.word(i + 1).core)) return true;
  if (w.core.empty() || w.text[0] == '(' || w.text[0] == '"') return false;
  const char last = prev.text.back();
  if (last == '.' && !(IsInnerAbbreviation(prev) && StartsWithUpper(w.core))) return false;
  if (last == ';' || last == ':' || last == ')' || last == '"') return false;
  if (last == ',' || w.core == "và") {
    // "Bộ Văn hóa, Thể thao và Du lịch" goes on; "của Chính phủ, Thủ tướng ..." does not.
    const size_t next = w.core == "và" ? i + 1 : i;
    if (next >= r.size() || !StartsWithUpper(r.word(next).core)) return false;
    // "..., QUYẾT NGHỊ:": a heading in capitals after a name in mixed case.
    if (IsUpperText(r.word(next).core) && !IsUpperText(prev.core)) return false;
    if (r.AgencyAt(next) || r.Position(next) || r.TypeAt(next)) return false;
    if (w.core == "và") return true;
  }
  if (StartsWithDigit(w.core)) return w.core.size() <= 3 && w.core.find('/') == w.core.npos;
  if (StartsWithUpper(w.core)) {
    // "... Quyết định số 12": another document; "Công ty Luật Anh Sĩ" is a name.
    if (auto type = r.TypeAt(i)) {
      if (type->end >= r.size()) return false;
      const std::string_view after = r.word(type->end).core;
      if (LowerWord(after) == "số" || StartsWithDigit(after)) return false;
    }
  }
  const std::string_view second = i + 1 < r.size() ? r.word(i + 1).core : "";
  return NameStopLength(w.core, second) == 0 || IsRoman(w.core);
}

// The end of the place that the qualifier at word i opens: a known place ("tỉnh Cao Bằng",
// "thành phố Cần Thơ"), else up to three capitalised words ("huyện Tư Nghĩa"), else the
// qualifier alone ("tỉnh" standing for the document's province). i when word i opens none
// ("Thuận Thành").
size_t PlaceEnd(const Reader& r, size_t i) {
  const std::string q = r.Lower(i);
  size_t j = i + 1;
  if (j < r.size() && r.word(i).text == r.word(i).core) {
    const std::string second = r.Lower(j);
    if ((q == "thành" && second == "phố") || (q == "thị" && (second == "xã" || second == "trấn")) ||
        (q == "khu" && second == "vực") || (q == "đặc" && second == "khu")) {
      ++j;
    }
  }
  if (j == i + 1 && (q == "thành" || q == "thị" || q == "khu" || q == "đặc")) return i;
  for (size_t k = std::min(r.size(), j + 4); k > j; --k) {
    if (r.IsPlaceName(j, k)) return k;
  }
  for (int n = 0; n < kMaxPlaceWords && j < r.size(); ++n, ++j) {
    const Word& w = r.word(j);
    const char last = r.word(j - 1).text.back();
    const std::string_view second = j + 1 < r.size() ? r.word(j + 1).core : "";
    if (last == ',' || (EndsClause(last) && j - 1 != i) || !StartsWithUpper(w.core) ||
        NameStopLength(LowerWord(w.core), LowerWord(second)) > 0 || r.AgencyAt(j) || r.TypeAt(j)) {
      break;
    }
  }
  return j;
}

// ReadIssuer over a window that goes on past line breaks before `lead` words.
std::optional<IssuerMatch> Read(std::string_view text, size_t pos, size_t lead) {
  const Reader r(text, pos, lead);
  if (r.size() == 0) return std::nullopt;
  std::string prefix;
  size_t start = 0;
  bool dropped = false;  // a position was dropped: a person's name may follow the body
  // "Thường trực Ủy ban Pháp luật và Tư pháp": the standing body of a named body.
  if (r.size() > 2 && r.word(0).core == "Thường" && r.word(1).core == "trực" && r.AgencyAt(2)) {
    prefix = "Thường trực ";
    start = 2;
  }
  // Leading positions: "Bộ trưởng Bộ Tài chính", "Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ".
  while (prefix.empty() && start < r.size() && !r.Body(start)) {
    auto position = r.Position(start);
    if (!position) break;
    const size_t next = position->end;
    const std::string name = LowerWord(*position->name);
    // "Chánh Văn phòng", "Giám đốc Sở": the position ends with the body's head word.
    for (size_t k = start + 1; k < next; ++k) {
      if (r.IsHead(k, next)) return Read(text, r.word(k).span.begin, 0);
    }
    if (next >= r.size() && start == 0 && r.win().CoreEnd(next - 1) < text.size() &&
        name != "thủ tướng") {
      // "của Bộ trưởng\nBộ Tài chính": the body on the next line.
      auto body = Read(text, r.word(next - 1).span.end, 0);
      if (!body) return std::nullopt;
      body->printed.begin = r.word(0).span.begin;
      return body;
    }
    if (next >= r.size() || EndsClause(r.word(next - 1).text.back())) {
      if (name != "thủ tướng") return std::nullopt;
      return IssuerMatch{"Thủ tướng Chính phủ", {r.word(0).span.begin, r.win().CoreEnd(next - 1)}};
    }
    const std::string rest = LowerWord(r.win().From(next).substr(0, 20));
    if (name == "chủ tịch" && (rest.starts_with("ủy ban nhân dân") || rest.starts_with("ubnd"))) {
      prefix = "Chủ tịch ";
    } else {
      dropped = true;
    }
    start = next;
    if (r.word(next - 1).text.back() != ',') break;
  }
  if (start >= r.size()) return std::nullopt;
  size_t known = 0;  // words of a known body from `start`
  if (auto body = r.Body(start)) {
    known = body->end - start;
  } else {
    if (!r.Head(start)) return std::nullopt;
    for (size_t j = std::min(r.size(), start + kMaxKnownWords); j > start; --j) {
      if (r.IsBody(start, j)) {
        known = j - start;
        break;
      }
    }
  }
  size_t end = start + std::max<size_t>(known, 1);
  if (auto head = r.Head(start)) end = std::max(end, head->end);
  if (known == 0 && end == r.size() && lead == 0 && r.size() < kMaxWords &&
      NextWord(text, r.word(r.size() - 1).span.end)) {
    // "của Bộ trưởng Bộ\nNội vụ": only a head word before a line break.
    return Read(text, pos, r.size());
  }
  if (known > 0 && end < r.size()) {
    // A known body's name is complete but for a place: "Cục Thuế tỉnh Hà Tĩnh". Capitals after
    // a position and a body name a person: "Phó Thủ tướng Chính phủ Hồ Đức Phớc".
    if (IsPlace(r, end) && Continues(r, end)) {
      end = std::max(end, PlaceEnd(r, end));
    } else if (dropped && StartsWithUpper(r.word(end).core) &&
               !EndsClause(r.word(end - 1).text.back()) && r.word(end - 1).text.back() != ',' &&
               !r.AgencyAt(end) && !r.TypeAt(end)) {
      return std::nullopt;
    }
  } else {
    while (end < r.size() && Continues(r, end)) {
      if (IsPlace(r, end)) {
        const size_t place = PlaceEnd(r, end);
        if (place > end) {
          end = place;
          break;
        }
      }
      ++end;
    }
  }
  const size_t printed_end = r.win().CoreEnd(end - 1);
  const size_t name_begin = r.word(start).span.begin;
  std::string name = prefix + WrittenAgencyName(text.substr(name_begin, printed_end - name_begin));
  return IssuerMatch{name, {r.word(0).span.begin, printed_end}};
}

}  // namespace

std::optional<IssuerMatch> ReadIssuer(std::string_view text, size_t pos) {
  return Read(text, pos, 0);
}

}  // namespace vanban
