// The word lists the agency parser (extractors/agencies.cc) reads, as tries over token keys
// (extractors/agency_tokens.h), built once from data: the bodies and head words of
// agencies.tsv, the places of places.tsv, the positions of positions.tsv, the family names
// of surnames.tsv and the parser's own words in agency_words.tsv (group words, place words,
// positions kept with a person's name, words that end a name, qualifiers that cancel a
// group).
//   AgencyLexicon::Get().Match(AgencyWord::kHead, tokens, i) -> 1 at "Sở" of "Sở Y tế"
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "extractors/agency_tokens.h"

namespace vanban {

enum class AgencyWord {
  kBody,          // a full name: "Bộ Công an", "Văn phòng Chính phủ", "EVN"
  kHead,          // a head word a specific name follows: "Sở", "Cục", "Ban", "Tập đoàn"
  kHeadAlone,     // a head that names a body by itself or with a place: "Ủy ban nhân dân"
  kHeadTopic,     // a head whose name goes on with a topic: "Ban Chỉ đạo" + "phòng thủ ..."
  kHeadPlaced,    // a head that names a body with a place, not alone: "Thanh tra" + "tỉnh"
  kFieldHead,     // a head that takes a ministry's field: "Sở" + "Tài chính"
  kField,         // a ministry's field: "Tài chính", "Kế hoạch và Đầu tư"
  kGroup,         // a kind of body named in a group: "bộ", "ngành", "cơ quan ngang bộ"
  kGeneric,       // a kind of unit that names no body by itself: "cơ quan", "đơn vị"
  kPlaceWord,     // a level of place: "tỉnh", "thành phố", "xã", "đặc khu"
  kPlace,         // a province or city: "Hưng Yên", "Hồ Chí Minh"
  kPosition,      // a position dropped before its body: "Giám đốc", "Chủ tịch", "Chánh"
  kPerson,        // a position kept with a person's name: "Phó Thủ tướng"
  kPersonGroup,   // a position named for all who hold it: "các Phó Thủ tướng"
  kMember,        // members of the body named after them: "Tổ đại biểu", "Thường trực"
  kSurname,       // a family name: "Nguyễn"
  kStop,          // words that end a name: "chủ trì", "tại", "theo"
  kNegative,      // qualifiers that cancel a group: "liên quan", "nêu trên", "khác"
  kBarrier,       // words that end a name whatever their case: "Cộng hòa xã hội chủ nghĩa"
  kFunctionWord,  // a preposition, conjunction or copula, never a name's first word: "của"
  kNotPlace,      // a phrase that starts with a place word and is none: "xã hội"
  kPlacePreposition,  // a word before a place that makes it a description: "tại", "bàn"
  kCount,
};
static_assert(static_cast<int>(AgencyWord::kCount) <= 32, "kinds are bits of a uint32_t");

constexpr uint32_t Bit(AgencyWord kind) { return 1u << static_cast<unsigned>(kind); }

// Phrases as sequences of word ids (AgencyLexicon::WordId), each with its written form.
class PhraseTrie {
 public:
  void Add(const std::vector<int>& words, std::string written);
  // Token counts of every entry that tokens[i..] starts with, shortest first.
  std::vector<size_t> Matches(const std::vector<AgencyToken>& tokens, size_t i) const;
  // The longest of them, 0 when none; its written form in *written when given.
  size_t Longest(const std::vector<AgencyToken>& tokens, size_t i,
                 const std::string** written = nullptr) const;

 private:
  struct Node {
    std::vector<std::pair<int, int>> next;  // (word id, node index), sorted by word id
    bool terminal = false;
    std::string written;
  };
  int Child(int node, int word) const;
  std::vector<Node> nodes_ = std::vector<Node>(1);  // nodes_[0] is the root
  // The root's children by word id (-1: none): every match starts there, so its step is an
  // index instead of a search among thousands of first words.
  std::vector<int> root_children_;
};

class AgencyLexicon {
 public:
  static const AgencyLexicon& Get();

  // The id of a lower-case word that some entry holds ("sở"), or -1: tokens carry it
  // (AgencyToken::word) so that every lookup after is by number.
  int WordId(const std::string& key) const {
    auto it = ids_.find(key);
    return it == ids_.end() ? -1 : it->second;
  }
  // Sets the word id of every token.
  void SetWordIds(std::vector<AgencyToken>& tokens) const;
  // Whether tokens[i] is "các" or "những".
  bool IsArticle(const AgencyToken& t) const {
    return t.word >= 0 && (t.word == article_ids_[0] || t.word == article_ids_[1]);
  }
  // Whether some entry starts at tokens[i], or an article that may lead one does.
  bool MayStart(const AgencyToken& t) const {
    return t.word >= 0 && ((first_of_[t.word] & kStartKinds) != 0 || IsArticle(t));
  }

  size_t Match(AgencyWord kind, const std::vector<AgencyToken>& tokens, size_t i,
               const std::string** written = nullptr) const {
    if (!Starts(kind, tokens, i)) return 0;
    return tries_[static_cast<size_t>(kind)].Longest(tokens, i, written);
  }
  std::vector<size_t> AllMatches(AgencyWord kind, const std::vector<AgencyToken>& tokens,
                                 size_t i) const {
    if (!Starts(kind, tokens, i)) return {};
    return tries_[static_cast<size_t>(kind)].Matches(tokens, i);
  }

 private:
  AgencyLexicon();
  void Add(AgencyWord kind, std::string_view phrase);
  int AddWord(std::string key);
  // Whether an entry of this kind starts with the word of tokens[i].
  bool Starts(AgencyWord kind, const std::vector<AgencyToken>& tokens, size_t i) const {
    return i < tokens.size() && tokens[i].word >= 0 &&
           (first_of_[tokens[i].word] >> static_cast<unsigned>(kind) & 1u) != 0;
  }

  // The kinds a mention can start with.
  static constexpr uint32_t kStartKinds =
      Bit(AgencyWord::kBody) | Bit(AgencyWord::kHead) | Bit(AgencyWord::kHeadAlone) |
      Bit(AgencyWord::kHeadPlaced) | Bit(AgencyWord::kFieldHead) | Bit(AgencyWord::kGroup) |
      Bit(AgencyWord::kGeneric) | Bit(AgencyWord::kPlaceWord) | Bit(AgencyWord::kPosition) |
      Bit(AgencyWord::kPerson) | Bit(AgencyWord::kPersonGroup) | Bit(AgencyWord::kMember);

  std::unordered_map<std::string, int> ids_;
  std::vector<uint32_t> first_of_;  // per word id: the kinds that have an entry starting with it
  int article_ids_[2] = {-1, -1};   // "các", "những"
  std::array<PhraseTrie, static_cast<size_t>(AgencyWord::kCount)> tries_;
};

}  // namespace vanban
