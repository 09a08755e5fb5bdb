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
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "extractors/agency_tokens.h"

namespace vanban {

enum class AgencyWord {
  kBody,         // a full name: "Bộ Công an", "Văn phòng Chính phủ", "EVN"
  kHead,         // a head word a specific name follows: "Sở", "Cục", "Ban", "Tập đoàn"
  kHeadAlone,    // a head that names a body by itself or with a place: "Ủy ban nhân dân"
  kHeadTopic,    // a head whose name goes on with a topic: "Ban Chỉ đạo" + "phòng thủ ..."
  kFieldHead,    // a head that takes a ministry's field: "Sở" + "Tài chính"
  kField,        // a ministry's field: "Tài chính", "Kế hoạch và Đầu tư"
  kGroup,        // a kind of body named in a group: "bộ", "ngành", "cơ quan ngang bộ"
  kGeneric,      // a kind of unit that names no body by itself: "cơ quan", "đơn vị"
  kPlaceWord,    // a level of place: "tỉnh", "thành phố", "xã", "đặc khu"
  kPlace,        // a province or city: "Hưng Yên", "Hồ Chí Minh"
  kPosition,     // a position dropped before its body: "Giám đốc", "Chủ tịch", "Chánh"
  kPerson,       // a position kept with a person's name: "Phó Thủ tướng"
  kPersonGroup,  // a position named for all who hold it: "các Phó Thủ tướng"
  kMember,       // members of the body named after them: "Tổ đại biểu", "Thường trực"
  kSurname,      // a family name: "Nguyễn"
  kStop,         // words that end a name: "chủ trì", "tại", "theo"
  kNegative,     // qualifiers that cancel a group: "liên quan", "nêu trên", "khác"
  kBarrier,      // words that end a name whatever their case: "Cộng hòa xã hội chủ nghĩa"
  kCount,
};

class PhraseTrie {
 public:
  void Add(const std::vector<std::string>& keys, std::string written);
  // Token counts of every entry that tokens[i..] starts with, shortest first; with the
  // written form of each in `written` when given.
  std::vector<size_t> Matches(const std::vector<AgencyToken>& tokens, size_t i,
                              std::vector<const std::string*>* written = nullptr) const;
  // The longest of them, 0 when none.
  size_t Longest(const std::vector<AgencyToken>& tokens, size_t i,
                 const std::string** written = nullptr) const;

 private:
  struct Node {
    std::unordered_map<std::string, std::unique_ptr<Node>> next;
    bool terminal = false;
    std::string written;
  };
  Node root_;
};

class AgencyLexicon {
 public:
  static const AgencyLexicon& Get();

  size_t Match(AgencyWord kind, const std::vector<AgencyToken>& tokens, size_t i,
               const std::string** written = nullptr) const {
    return tries_[static_cast<size_t>(kind)].Longest(tokens, i, written);
  }
  std::vector<size_t> AllMatches(AgencyWord kind, const std::vector<AgencyToken>& tokens,
                                 size_t i) const {
    return tries_[static_cast<size_t>(kind)].Matches(tokens, i);
  }

 private:
  AgencyLexicon();
  void Add(AgencyWord kind, std::string_view phrase);

  std::array<PhraseTrie, static_cast<size_t>(AgencyWord::kCount)> tries_;
};

}  // namespace vanban
