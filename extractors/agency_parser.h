// The parser behind FindAgencies (extractors/agencies.h): reads the tokens of a stretch
// (extractors/agency_tokens.h) with the word lists of extractors/agency_lexicon.h and names
// each body as ANNOTATION.md writes it. Three kinds of mention:
//   a named body: head + specific name + place ("Sở Tài chính", "Cục Thuế tỉnh",
//     "Ủy ban nhân dân các huyện, thị xã, thành phố"), shared heads distributed;
//   a group: "các" + kinds of body ("các Bộ, cơ quan ngang Bộ, cơ quan thuộc Chính phủ");
//   a person with a position ("Phó Thủ tướng Lê Minh Khái").
// Leading positions are dropped; groups qualified by "liên quan", "nêu trên" give nothing.
// Each Parse* method returns the index of the token after what it read, or 0 when nothing
// is read there, and appends what it names to `out` when given (nullptr: a probe).
// The scan and shared helpers are in agency_parser.cc, bodies in agency_bodies.cc, places
// in agency_places.cc, groups, persons and members in agency_groups.cc.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "extractors/agency_lexicon.h"
#include "extractors/agency_tokens.h"
#include "pipeline/span.h"

namespace vanban {

struct NamedAgency {
  std::string name;  // written form
  Span span;         // of the text
};

class AgencyParser {
 public:
  // `province`: "tỉnh Sơn La" for a document about Sơn La (written for a printed "Tỉnh"
  // standing alone), or "".
  AgencyParser(std::string_view text, std::vector<AgencyToken> tokens, std::string province);

  std::vector<NamedAgency> Run();

 private:
  // A place qualifier after a head: "tỉnh", "tỉnh Sơn La", "các huyện, thị xã", "cấp xã",
  // "các cấp", "các tỉnh, thành phố trực thuộc trung ương".
  struct Place {
    size_t end = 0;       // token after it; == start when there is none
    bool plural = false;  // "các tỉnh", "huyện, thị xã"
    bool named = false;   // ends with a place's name
    size_t word = 0;      // token of the last place word ("tỉnh"), for a list of names
    size_t word_length = 0;
    bool bare_province = false;  // a printed "Tỉnh" standing for the document's province
    // A list of places each with its own word, some named: "các huyện, thị xã Đức Phổ và
    // thành phố Quảng Ngãi" gives "các huyện", "thị xã Đức Phổ", "thành phố Quảng Ngãi".
    std::vector<Span> items;
  };
  Place ParsePlace(size_t i) const;
  static Place NoPlace(size_t i) {
    Place p;
    p.end = i;
    return p;
  }
  // The places named in a list "Nghệ An, Hà Tĩnh và Quảng Trị" starting at i (each a place
  // of places.tsv or a run of capitalised words): their token ranges; sets *end.
  std::vector<Span> PlaceNames(size_t i, size_t* end) const;
  size_t PlaceNameEnd(size_t i) const;

  // A named body at i (with a leading "các"); distributes shared heads. After a position
  // its head may be printed in lower case ("Bí thư tỉnh ủy").
  size_t ParseBody(size_t i, std::vector<NamedAgency>* out, bool after_position = false) const;
  // After a bare head ("Tỉnh ủy"): the first token of the body listed after it whose place
  // it shares (", Thành ủy các tỉnh, thành phố"; ", Chủ tịch Ủy ban nhân dân các tỉnh: Gia
  // Lai, Đắk Lắk"), or 0.
  size_t SharedPlace(size_t i) const;
  // The words of an unknown specific name after a head ("Kiểm tra văn bản quy phạm pháp
  // luật" of "Cục Kiểm tra ..."); returns i when there is none.
  size_t ParseSpecific(size_t i) const;
  // A parent body right after a head ("Văn phòng Bộ Tư pháp"): its end, else i.
  size_t NestedBody(size_t i) const;
  // The topic after a head such as "Ban Chỉ đạo": "phòng thủ dân sự quốc gia", "389",
  // "Trung ương về phát triển khoa học"; returns i when there is none.
  size_t ParseTopic(size_t i) const;
  // ", Tài chính và Quản lý doanh nghiệp" inside a name: the comma list ends in "và" +
  // a capitalised word before any other mark.
  size_t InnerCommaList(size_t comma) const;
  // ", giáo dục pháp luật" ending a name ("Vụ Phổ biến, giáo dục pháp luật"): a few
  // lower-case words that name no kind of body, then the end of the stretch, a mark or a
  // verb. Returns the token after them, or 0.
  size_t LowerCommaTail(size_t i) const;
  // Fields listed after a head that takes them: "Tài chính, Xây dựng và Công Thương".
  // The head is tokens [head_begin, head_end); the first name's span starts there.
  size_t DistributeFields(size_t head_begin, size_t head_end, size_t i,
                          std::vector<NamedAgency>* out, bool after_list_mark) const;

  // A group: "các sở, ban, ngành tỉnh", "Bộ trưởng, Thủ trưởng cơ quan ngang Bộ".
  size_t ParseGroup(size_t i, std::vector<NamedAgency>* out) const;
  struct GroupItem {  // one kind of body in a group
    size_t begin = 0;
    size_t end = 0;
    bool generic = false;    // "cơ quan", "đơn vị"
    std::string text;        // when not the printed tokens ("Bộ trưởng" gives "Bộ")
    bool after_and = false;  // "và" stands before it
  };
  // "các Bộ, cơ quan ngang Bộ": "các" when printed (or when positions stood for the kinds),
  // then the kinds.
  std::string GroupName(size_t i, bool article, bool from_position,
                        const std::vector<GroupItem>& items) const;
  // Places as bodies: "tỉnh Lâm Đồng", "Các tỉnh Nghệ An, Quảng Ngãi".
  size_t ParsePlaces(size_t i, std::vector<NamedAgency>* out) const;
  // In a list of bodies, a bare head takes the place of a later body of the list with the
  // same head: "Thường trực Hội đồng nhân dân, các Ban của Hội đồng nhân dân và các Tổ đại
  // biểu Hội đồng nhân dân Thành phố" gives each the city.
  void ShareListPlace(std::vector<NamedAgency>& out) const;
  // The token that ends at byte `end` of the text, or t_.size().
  size_t TokenEndingAt(size_t end) const;
  // True when only commas and "và" stand between bytes [begin, end) of the text.
  bool OnlyListMarks(size_t begin, size_t end) const;
  // True when the word before i makes a place there a description ("tại", "trên địa bàn").
  bool AfterPlacePreposition(size_t i) const;
  // A person with a position: "Phó Thủ tướng Trần Hồng Hà", "các Phó Thủ tướng".
  size_t ParsePerson(size_t i, std::vector<NamedAgency>* out) const;
  // Members named with their body: "các Tổ đại biểu Hội đồng nhân dân Thành phố",
  // "Thường trực các Ủy ban của Quốc hội", "các thành viên Ban Chỉ đạo".
  size_t ParseMember(size_t i, std::vector<NamedAgency>* out) const;
  // A position dropped before a body or group: "Giám đốc Sở Y tế".
  size_t ParsePosition(size_t i, std::vector<NamedAgency>* out) const;

  // After a mention: a parenthesis (sub-unit, acronym) or examples after "như", skipped.
  size_t SkipAside(size_t i) const;
  // A qualifier that makes a group no body ("liên quan", "nêu trên") at i: its end, or 0.
  size_t NegativeAt(size_t i) const;
  // "của Quốc hội", "thuộc Ủy ban nhân dân tỉnh": the parent body after a link word.
  size_t ParentBody(size_t i, std::vector<NamedAgency>* out) const;

  size_t Match(AgencyWord kind, size_t i) const;
  // A place word at i ("tỉnh", "xã"), but not in a phrase such as "xã hội": its length or 0.
  size_t PlaceWordAt(size_t i) const;
  bool Punct(size_t i, std::string_view mark) const;
  bool Key(size_t i, std::string_view key) const;
  bool IsArticle(size_t i) const;
  bool CapitalWord(size_t i) const;
  // Written text of tokens [begin, end): abbreviations expanded, capitals as written.
  std::string Text(size_t begin, size_t end) const;
  Span SpanOf(size_t begin, size_t end) const;
  // The written name of tokens [begin, end) with a bare "Tỉnh" made the province.
  std::string BodyName(size_t begin, size_t end, const Place& place) const;

  // Transparent hashing, so that a string_view finds a std::string key.
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
  };

  std::string_view text_;
  std::vector<AgencyToken> t_;
  // WrittenAgencyName of each printed name written so far (this parser's own memo).
  mutable std::unordered_map<std::string, std::string, Hash, std::equal_to<>> written_;
  std::string province_;
  const AgencyLexicon& lex_;
};

}  // namespace vanban
