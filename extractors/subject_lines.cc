#include "extractors/subject_lines.h"

#include <re2/re2.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <string>

#include "extractors/agency_names.h"
#include "extractors/gazetteer.h"
#include "extractors/loose_pattern.h"
#include "extractors/signature_lines.h"
#include "extractors/text_case.h"

namespace vanban {
namespace {

constexpr size_t kMaxSubjectUnits = 10;
constexpr size_t kMaxSubjectBytes = 900;
constexpr size_t kMaxAddresseeUnits = 25;

// Words a body paragraph starts with, right under a subject in sentence case.
constexpr std::string_view kBodyStarts[] = {
    "căn cứ",    "thực hiện", "theo",
    "xét",       "trong",     "tại",
    "để",        "nhằm",      "qua",
    "sau",       "hiện nay",  "thời gian",
    "vừa qua",   "ngày",      "năm",
    "điều",      "chương",    "phần",
    "mục",       "kính gửi",  "nơi nhận",
    "trước",     "ngoài",     "triển khai",
    "nhận được", "trả lời",   "thủ tướng chính phủ",
    "chính phủ", "bộ trưởng", "chủ tịch",
};

// Last words after which a wrapped phrase goes on.
constexpr std::string_view kConnectors[] = {
    "cua",  "va", "ve",  "tai",  "cho",   "voi",   "cac", "nhung", "tren", "trong",
    "theo", "so", "nam", "ngay", "thang", "thuoc", "den", "tu",    "de",   "la",
    "duoc", "co", "nhu", "doi",  "giua",  "hoac",  "mot", "nguoi", "tinh", "thanh",
};

// Last words that bind the next line even when it reads like an authority line.
constexpr std::string_view kStrongConnectors[] = {"cua", "va",   "voi",  "cho", "tai",
                                                  "ve",  "hoac", "giua", "pho"};

struct Patterns {
  RE2 body_start;  // "Căn cứ Luật ...", "Thực hiện Kết luận ..."
  RE2 stop;  // "Kính gửi", "Nơi nhận", "Số:", "Hà Nội, ngày", "CỘNG HÒA ...", "Độc lập"
  RE2 rule;   // "-----", "____", "* * *"
  RE2 of;     // "CỦA BỘ CHÍNH TRỊ," (kl-212-2025.txt)
  RE2 about;  // "VỀ ĐỊNH HƯỚNG ..."
};

std::string Alternation(const std::string_view* words, size_t n) {
  std::string alt;
  for (size_t i = 0; i < n; ++i) {
    if (!alt.empty()) alt += "|";
    alt += RE2::QuoteMeta(std::string(words[i]));
  }
  return alt;
}

const Patterns& Re() {
  static const Patterns* p = new Patterns{
      RE2("(?i)^(?:" + Alternation(kBodyStarts, std::size(kBodyStarts)) + R"()(?:[\s,:]|$))"),
      RE2("^(?:" + LoosePattern("kính gửi", LetterCase::kAny) + "|" +
          LoosePattern("nơi nhận", LetterCase::kAny) +
          R"(|(?:\pL+ ){0,2}?Số ?:|\p{Lu}[\pL. ]{1,40},\s*)" +
          LoosePattern("ngày", LetterCase::kAny) + "|" +
          LoosePattern("cộng hòa xã hội", LetterCase::kAny) + "|" +
          LoosePattern("độc lập", LetterCase::kAny) + ")"),
      RE2(R"(^(?:[-_=*–—.]\s?){3,}$|^\*$)"),
      RE2("^" + LoosePattern("CỦA", LetterCase::kUpper) + " "),
      RE2("^(?:" + LoosePattern("VỀ", LetterCase::kUpper) + "|" +
          LoosePattern("TẠI", LetterCase::kUpper) + ")(?: |$)"),
  };
  return *p;
}

bool Starts(const RE2& re, std::string_view s) {
  return re.Match(s, 0, s.size(), RE2::ANCHOR_START, nullptr, 0);
}

// A body paragraph's first words, capitalised: "Căn cứ", not "căn cứ" inside a subject.
bool StartsBody(std::string_view t) { return StartsWithUpper(t) && Starts(Re().body_start, t); }

std::string LastWordKey(std::string_view line) {
  size_t end = line.size();
  while (end > 0 && line[end - 1] == ' ') --end;
  size_t begin = line.rfind(' ', end == 0 ? 0 : end - 1);
  begin = begin == std::string_view::npos ? 0 : begin + 1;
  return AsciiKey(line.substr(begin, end - begin));
}

bool HasLetters(std::string_view s) {
  int32_t i = 0;
  const int32_t n = static_cast<int32_t>(s.size());
  while (i < n) {
    UChar32 c;
    U8_NEXT(s.data(), i, n, c);
    if (c >= 0 && u_isalpha(c)) return true;
  }
  return false;
}

// Bytes of the leading words of s that are in capitals (words with digits or '/' count as
// capitals: "06/QĐ-TTg"). s.size() when every word is.
size_t UpperPrefixLength(std::string_view s) {
  size_t i = 0;
  size_t end = 0;
  while (i < s.size()) {
    size_t word_end = s.find(' ', i);
    if (word_end == std::string_view::npos) word_end = s.size();
    std::string_view word = s.substr(i, word_end - i);
    bool neutral = word.find_first_of("0123456789/") != std::string_view::npos;
    if (!neutral && HasLowerCase(word)) return end;
    end = word_end;
    i = word_end + 1;
  }
  return s.size();
}

// An authority line under the subject: the issuer again, or a position over it.
// `issuer_key` is the issuer's IssuerKey().
bool IsAuthorityLine(std::string_view line, const std::string& issuer_key) {
  if (!IsUpperText(line)) return false;
  if (MatchPosition(line)) return true;
  std::string key = AsciiKey(ExpandAbbreviations(line));
  if (!issuer_key.empty() &&
      (key == issuer_key || (issuer_key.size() > key.size() && issuer_key.ends_with(" " + key) &&
                             StartsWithAgencyName(line)))) {
    return true;
  }
  return key.starts_with("uy ban nhan dan") || key.starts_with("hoi dong nhan dan") ||
         key == "chinh phu" || key == "quoc hoi";
}

// Where an authority line flattened onto the subject's last line starts: "... NĂM 2015 BỘ
// TRƯỞNG BỘ TƯ PHÁP" (qd-173-2015-btp.txt) -> the offset of "BỘ TRƯỞNG"; npos when none. A
// position after "của", "và" ... belongs to the subject ("KẾT LUẬN CỦA PHÓ THỦ TƯỚNG ...").
size_t InnerAuthorityStart(std::string_view t, const std::string& issuer_key) {
  for (size_t p = t.find(' '); p != std::string_view::npos; p = t.find(' ', p + 1)) {
    std::string_view rest = t.substr(p + 1);
    auto position = MatchPosition(rest);
    if (!position || EndsWithStrongConnector(t.substr(0, p))) continue;
    std::string_view body = rest.substr(position->length);
    while (!body.empty() && body.front() == ' ') body.remove_prefix(1);
    if (body.empty() || IsAuthorityLine(body, issuer_key) || StartsWithAgencyName(body)) return p;
  }
  return std::string_view::npos;
}

// Bytes of OCR debris before a subject's "Về việc", "Về" or "V/v": a prefix with symbols no
// text has ("|", "#", "^", "`", "ˆ", "‹", "°", "£", "»"); t.size() for a line of debris
// alone; 0 when there is none.
size_t OcrDebrisLength(std::string_view t) {
  static const RE2 about("(?i)(?:^|\\s)(" + LoosePattern("về việc", LetterCase::kAny) + "|" +
                         LoosePattern("về", LetterCase::kAny) + "\\s|[Vv]/[Vv])");
  re2::StringPiece m[2];
  size_t at =
      about.Match(t, 0, t.size(), RE2::UNANCHORED, m, 2) ? m[1].data() - t.data() : t.size();
  if (at == 0) return 0;
  std::string_view prefix = t.substr(0, at);
  static constexpr std::string_view kDebris[] = {"|", "#", "^", "`", "ˆ", "‹", "°", "£", "»", "¡"};
  int symbols = 0;
  for (std::string_view d : kDebris) {
    for (size_t p = prefix.find(d); p != std::string_view::npos; p = prefix.find(d, p + d.size())) {
      ++symbols;
    }
  }
  bool only_punctuation = prefix.find_first_not_of(" ,.;:-") == std::string_view::npos;
  return symbols > 0 || only_punctuation ? at : 0;
}

}  // namespace

bool StartsBodyText(std::string_view line) { return StartsBody(line); }

bool EndsWithStrongConnector(std::string_view line) {
  while (!line.empty() && line.back() == ' ') line.remove_suffix(1);
  if (line.empty()) return false;
  if (line.back() == ',') return true;
  std::string key = LastWordKey(line);
  return std::find(std::begin(kStrongConnectors), std::end(kStrongConnectors), key) !=
         std::end(kStrongConnectors);
}

bool EndsWithConnector(std::string_view line) {
  while (!line.empty() && line.back() == ' ') line.remove_suffix(1);
  if (line.empty()) return false;
  char last = line.back();
  if (last == ',' || last == '-' || last == '(' || last == '&' || last == '/') return true;
  if (line.ends_with("–")) return true;
  std::string key = LastWordKey(line);
  return std::find(std::begin(kConnectors), std::end(kConnectors), key) != std::end(kConnectors);
}

SubjectLines CollectSubject(const LayoutUnits& units, std::string_view joined, size_t start,
                            SubjectMode mode, std::string_view issuer, size_t stop) {
  SubjectLines out;
  const std::string issuer_key = AsciiKey(ExpandAbbreviations(CollapseSpaces(issuer)));
  bool upper = false;
  std::string_view prev;
  size_t bytes = 0;
  size_t pos = start;
  if (stop <= start) stop = std::string_view::npos;
  for (size_t u = units.UnitAt(start), taken = 0;
       u < units.units.size() && taken < kMaxSubjectUnits; ++u) {
    const Unit& unit = units.units[u];
    size_t b = std::max(unit.begin, pos);
    pos = 0;
    bool content = !out.pieces.empty();
    if (unit.blank || b >= unit.end) {
      if (content) break;
      continue;
    }
    if (b >= stop) break;
    size_t e = std::min(unit.end, stop);
    std::string_view t = joined.substr(b, e - b);
    if (Starts(Re().rule, t)) {
      if (content) break;
      continue;
    }
    if (Starts(Re().stop, t)) break;

    if (!content) {
      // OCR debris before the subject ("| #RUNGTAM-ĐÔNG BẢO -# TÍN HỌC 0.NG ÃIj Về việc ...",
      // ocr-q25-ct-2018-qn.txt): the subject starts at its "Về"/"V/v".
      size_t junk = OcrDebrisLength(t);
      if (junk == t.size()) continue;  // a line of debris alone
      if (junk > 0) {
        b += junk;
        t = t.substr(junk);
      }
      // In capitals when its leading words are ("... NƯỚC Ngày 24 tháng 6" runs on into
      // the body in a flattened source).
      size_t caps = UpperPrefixLength(t);
      upper = mode == SubjectMode::kTitle &&
              (IsUpperText(t) || (caps > 0 && IsUpperText(t.substr(0, caps)) &&
                                  std::count(t.begin(), t.begin() + caps, ' ') >= 1));
      // "KẾT LUẬN / CỦA BỘ CHÍNH TRỊ, BAN BÍ THƯ / VỀ ...": the "của" words belong to the
      // type line; the subject starts at "VỀ".
      if (upper && Starts(Re().of, t)) {
        size_t v = u;
        size_t last = std::min(units.units.size(), u + 6);
        while (v < last && !Starts(Re().about, units.Text(units.units[v]))) ++v;
        if (v < last) {
          out.type_line_end = units.units[v - 1].end;
          u = v - 1;
          continue;
        }
      }
    } else if (mode == SubjectMode::kTitle) {
      bool connected = EndsWithConnector(prev);
      if (upper) {
        size_t caps = UpperPrefixLength(t);
        if (HasLetters(t) && !IsUpperText(t) && caps == 0) break;
        if (IsAuthorityLine(t.substr(0, caps), issuer_key) && !EndsWithStrongConnector(prev)) break;
      } else {
        if (IsUpperText(t) || StartsBody(t)) break;
        bool continues = StartsWithLower(t) || !HasLetters(t.substr(0, 1)) || connected;
        if (!continues) {
          char end = prev.empty() ? ' ' : prev.back();
          if (end == '.' || end == ';' || end == ':' || bytes > 300) break;
        }
      }
    } else if (StartsBody(t) && !EndsWithConnector(prev)) {
      break;
    }

    if (upper && mode == SubjectMode::kTitle) {
      size_t inner = InnerAuthorityStart(t, issuer_key);
      if (inner != std::string_view::npos) {
        out.pieces.push_back({b, b + inner});
        break;
      }
    }
    // In capitals, a line that runs on into the body ("... CẢ NƯỚC Ngày 24 tháng 6 ...")
    // ends the subject where the capitals end.
    if (upper && !IsUpperText(t)) {
      size_t cut = UpperPrefixLength(t);
      if (cut > 0 && cut < t.size()) {
        out.pieces.push_back({b, b + cut});
        break;
      }
    }
    out.pieces.push_back({b, e});
    prev = t;
    bytes += t.size();
    ++taken;
    if (bytes > kMaxSubjectBytes) break;
  }
  return out;
}

std::vector<Span> CollectAddressees(const LayoutUnits& units, std::string_view joined,
                                    size_t start) {
  std::vector<Span> out;
  std::string_view prev;
  for (size_t u = units.UnitAt(start), taken = 0;
       u < units.units.size() && taken < kMaxAddresseeUnits; ++u, ++taken) {
    const Unit& unit = units.units[u];
    if (unit.blank) break;
    size_t b = std::max(unit.begin, start);
    std::string_view t = joined.substr(b, unit.end - b);
    if (!out.empty()) {
      char first = t.empty() ? ' ' : t.front();
      bool item = first == '-' || first == '+' || t.starts_with("•");
      bool label_only = prev.find(':') != std::string_view::npos && prev.back() == ':';
      bool short_wrap =
          std::count(t.begin(), t.end(), ' ') < 3 && !prev.ends_with(".") && !prev.ends_with(";");
      if (!item && !label_only && !StartsWithLower(t) && !EndsWithConnector(prev) && !short_wrap) {
        break;
      }
    }
    out.push_back({b, unit.end});
    prev = t;
  }
  return out;
}

}  // namespace vanban
