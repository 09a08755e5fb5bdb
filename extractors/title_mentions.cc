#include "extractors/title_mentions.h"

#include <re2/re2.h>
#include <unicode/uchar.h>

#include <algorithm>
#include <array>
#include <string>

#include "extractors/doc_number.h"
#include "extractors/law_titles.h"
#include "extractors/reference_context.h"
#include "extractors/reference_tail.h"
#include "extractors/text_case.h"
#include "extractors/word_keys.h"
#include "extractors/words.h"
#include "pipeline/utf8.h"

namespace vanban {
namespace {

constexpr size_t kHeadLines = 40;     // lines looked back for a list head
constexpr size_t kDetailWindow = 90;  // bytes before a law for "quy định chi tiết"

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

size_t LineBegin(std::string_view text, size_t pos) {
  const size_t nl = text.rfind('\n', pos == 0 ? 0 : pos - 1);
  return nl == std::string_view::npos || pos == 0 ? 0 : nl + 1;
}

// True when the line before pos holds only a list marker: "a)", "2.", "1.2.", "-", "+".
bool StartsListItem(std::string_view text, size_t pos) {
  // Example: "đ) Luật sửa đổi, bổ sung một số điều của Luật Bảo hiểm xã hội;".
  static const RE2 marker(R"(\s*(?:(?:[a-zđ]|\d{1,3}(?:\.\d{1,3})*|[IVX]+)[.)]|[-+*•])?\s*)");
  const size_t begin = LineBegin(text, pos);
  return RE2::FullMatch(text.substr(begin, pos - begin), marker);
}

// True when the nearest line ending with ':' above pos speaks of bills or drafts ("... đối
// với 13 dự án luật sau đây:").
bool ListOfBills(std::string_view text, size_t pos) {
  size_t end = LineBegin(text, pos);
  for (size_t n = 0; n < kHeadLines && end > 0; ++n) {
    const size_t begin = LineBegin(text, end - 1);
    const std::string_view line = text.substr(begin, end - 1 - begin);
    const size_t last = line.find_last_not_of(" \t\r");
    if (last != std::string_view::npos && line[last] == ':') {
      const std::string lower = LowerWord(line);
      return lower.find("dự án") != std::string::npos || lower.find("dự thảo") != std::string::npos;
    }
    end = begin;
  }
  return false;
}

// True when the words before pos name a document that details the law at pos: "Nghị định quy
// định chi tiết một số điều của Luật ...".
bool DetailsLaw(std::string_view text, size_t pos) {
  const size_t from = pos > kDetailWindow ? pos - kDetailWindow : 0;
  const std::string before = LowerWord(text.substr(from, pos - from));
  const size_t clause = before.find_last_of(";\n");
  for (std::string_view cue :
       {"quy định chi tiết", "hướng dẫn chi tiết", "biện pháp thi hành", "một số điều của"}) {
    const size_t at = before.rfind(cue);
    if (at != std::string::npos && (clause == std::string::npos || at > clause)) return true;
  }
  return false;
}

// "các Luật chuyên ngành", "03 Luật", "Công ty Luật X", "Trường Đại học Luật": no title here.
bool NoTitleBefore(std::string_view text, size_t pos) {
  auto before = WordBefore(text, pos);
  if (!before) return false;
  const std::string word = LowerWord(before->core);
  auto before2 = WordBefore(text, before->span.begin);
  const std::string word2 = before2 ? LowerWord(before2->core) : "";
  const bool article = word2 == "điều" || word2 == "khoản" || word2 == "điểm" ||
                       word2 == "chương" || word2 == "mục" || word2 == "phần";
  const bool count = IsDigit(word[0]) && before->text == before->core && !article;
  if (word == "các" || word == "những" || count) return true;
  const std::string two = word2 + " " + word;
  return before->text == before->core &&
         (two == "công ty" || two == "đại học" || two == "văn phòng" || word == "khoa" ||
          word == "hội" || word == "viện");
}

class TitleScanner {
 public:
  TitleScanner(std::string_view text, const std::vector<Span>& silent, std::set<size_t>* numbers)
      : text_(text), silent_(silent), numbers_(numbers) {}

  std::vector<Mention> Run() {
    // The kind words start with these capitals: a byte test finds the few places to look at.
    static constexpr std::string_view kKinds[] = {"Bộ luật",   "Bộ Luật",   "Luật",
                                                  "Hiến pháp", "Pháp lệnh", "Hiệp định",
                                                  "Công ước",  "Hiệp ước",  "Nghị quyết"};
    static const std::array<bool, 256> kFirst = [] {
      std::array<bool, 256> first{};
      for (std::string_view k : kKinds) first[static_cast<unsigned char>(k[0])] = true;
      return first;
    }();
    size_t from = 0;
    while (from < text_.size()) {
      if (!kFirst[static_cast<unsigned char>(text_[from])]) {
        ++from;
        continue;
      }
      const size_t pos = from++;
      const std::string_view rest = text_.substr(pos, 16);
      if (std::none_of(std::begin(kKinds), std::end(kKinds), [&](std::string_view k) {
            return rest.size() >= k.size() && rest[1] == k[1] && rest.starts_with(k);
          })) {
        continue;
      }
      const char32_t before = CodePointBefore(text_, pos);
      if ((before != kInvalidCodePoint && u_isalnum(static_cast<UChar32>(before))) || Silent(pos)) {
        continue;
      }
      if (auto end = Read(pos)) from = std::max(from, *end);
    }
    return std::move(mentions_);
  }

 private:
  bool Silent(size_t pos) const {
    return std::any_of(silent_.begin(), silent_.end(),
                       [&](const Span& s) { return s.Contains(pos); });
  }

  // Reads the title at pos; returns its end (also for a bill, which is passed over).
  std::optional<size_t> Read(size_t pos) {
    auto title = MatchTitle(text_, pos);
    if (!title) return std::nullopt;
    if (!title->title.empty() && NoTitleBefore(text_, pos)) return std::nullopt;
    Mention mention;
    mention.ref.type = title->type;
    if (!title->title.empty()) mention.ref.title = title->title;
    mention.title_key = title->key;
    size_t end = title->span.end;
    // "Luật Quản lý thuế số 38/2019/QH14", "Luật Thuế xuất khẩu, thuế nhập khẩu 107/2016/QH13"
    if (auto so = NextWord(text_, end)) {
      const std::string word = LowerWord(so->text);
      const size_t at =
          word == "số" || word == "sô" ? SkipSpace(text_, so->span.end) : so->span.begin;
      if (at < text_.size() && IsDigit(text_[at])) {
        if (auto number = MatchDocNumber(text_, at)) {
          mention.ref.number = number->text;
          numbers_->insert(number->span.begin);
          end = number->span.end;
        }
      }
    }
    if (!mention.ref.number && !mention.ref.title) return std::nullopt;
    const ReferenceTail tail = ReadTail(text_, end);
    mention.ref.date = tail.date;
    mention.ref.issuer = tail.issuer;
    mention.ref.year = tail.year;
    if (!mention.ref.year && tail.date) mention.ref.year = std::stoi(tail.date->substr(0, 4));
    mention.ref.relation = RelationBefore(text_, pos);
    mention.ref.span = {pos, end};
    mention.end = tail.end;
    mention.title_end = std::max(tail.end, CitedTitleEnd(text_, tail.end));

    const std::string key = LowerWord(mention.title_key);
    if (IsBill(mention, pos, end)) {
      if (!key.empty()) bills_.insert(key);
      return end;
    }
    if (!mention.ref.number && DetailsLaw(text_, pos)) return end;
    if (mention.ref.type == "hien_phap" && mention.ref.title == "Hiến pháp" && !mention.ref.year &&
        mention.ref.relation != "can_cu") {
      return end;  // "tuân thủ Hiến pháp và pháp luật"
    }
    mentions_.push_back(std::move(mention));
    return end;
  }

  // A law still to be passed: a draft, a bill "(sửa đổi)", an amending law with neither
  // number nor date, or a bare title listed under "dự án luật".
  bool IsBill(const Mention& m, size_t pos, size_t end) {
    if (IsDraftBefore(text_, pos)) return true;
    if (m.ref.number || m.ref.date || m.ref.year) return false;
    auto next = NextWord(text_, end);
    // A date the text lost ("ngày 22 tháng 1] năm 20109") still dates an enacted law.
    if (next && (LowerWord(next->core) == "ngày" || LowerWord(next->core) == "năm")) return false;
    if (next &&
        (next->text.starts_with("(sửa") || next->text.starts_with("(dự") || next->core == "sửa")) {
      return true;
    }
    if (m.ref.title && m.ref.title->find(" sửa đổi") != std::string::npos &&
        LowerWord(*m.ref.title).starts_with("luật sửa")) {
      return true;
    }
    return StartsListItem(text_, pos) &&
           (bills_.contains(LowerWord(m.title_key)) || ListOfBills(text_, pos));
  }

  std::string_view text_;
  const std::vector<Span>& silent_;
  std::set<size_t>* numbers_;
  std::set<std::string> bills_;  // title keys of the bills seen so far
  std::vector<Mention> mentions_;
};

}  // namespace

std::vector<Mention> FindTitleMentions(std::string_view text, const std::vector<Span>& silent,
                                       std::set<size_t>* numbers) {
  return TitleScanner(text, silent, numbers).Run();
}

}  // namespace vanban
