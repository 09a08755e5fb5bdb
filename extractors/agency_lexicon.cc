#include "extractors/agency_lexicon.h"

#include <algorithm>
#include <utility>

#include "extractors/data_table.h"

namespace vanban {

void PhraseTrie::Add(const std::vector<std::string>& keys, std::string written) {
  if (keys.empty()) return;
  Node* node = &root_;
  for (const std::string& key : keys) {
    std::unique_ptr<Node>& child = node->next[key];
    if (!child) child = std::make_unique<Node>();
    node = child.get();
  }
  node->terminal = true;
  if (node->written.empty()) node->written = std::move(written);
}

std::vector<size_t> PhraseTrie::Matches(const std::vector<AgencyToken>& tokens, size_t i,
                                        std::vector<const std::string*>* written) const {
  std::vector<size_t> out;
  const Node* node = &root_;
  for (size_t k = i; k < tokens.size(); ++k) {
    auto it = node->next.find(tokens[k].key);
    if (it == node->next.end()) break;
    node = it->second.get();
    if (node->terminal) {
      out.push_back(k + 1 - i);
      if (written) written->push_back(&node->written);
    }
  }
  return out;
}

size_t PhraseTrie::Longest(const std::vector<AgencyToken>& tokens, size_t i,
                           const std::string** written) const {
  size_t longest = 0;
  const Node* node = &root_;
  for (size_t k = i; k < tokens.size(); ++k) {
    auto it = node->next.find(tokens[k].key);
    if (it == node->next.end()) break;
    node = it->second.get();
    if (node->terminal) {
      longest = k + 1 - i;
      if (written) *written = &node->written;
    }
  }
  return longest;
}

const AgencyLexicon& AgencyLexicon::Get() {
  static const AgencyLexicon* lexicon = new AgencyLexicon();
  return *lexicon;
}

void AgencyLexicon::Add(AgencyWord kind, std::string_view phrase) {
  tries_[static_cast<size_t>(kind)].Add(PhraseKeys(phrase), std::string(phrase));
}

AgencyLexicon::AgencyLexicon() {
  const std::string_view kBo = "Bộ ";
  DataTable words = LoadDataTable("agency_words.tsv");
  const int phrase = words.Column("phrase");
  const int word_kind = words.Column("kind");
  std::vector<std::string> not_heads;
  for (const auto& row : words.rows) {
    if (row[word_kind] == "not_head") not_heads.push_back(row[phrase]);
  }
  DataTable agencies = LoadDataTable("agencies.tsv");
  const int name = agencies.Column("name");
  const int kind = agencies.Column("kind");
  for (const auto& row : agencies.rows) {
    const std::string& n = row[name];
    if (row[kind] == "body") {
      Add(AgencyWord::kBody, n);
      // A ministry lends its field to other heads: "Sở Tài chính", "Phòng Tài chính".
      if (n.starts_with(kBo)) Add(AgencyWord::kField, std::string_view(n).substr(kBo.size()));
    } else if (row[kind] == "head" &&
               std::find(not_heads.begin(), not_heads.end(), n) == not_heads.end()) {
      Add(AgencyWord::kHead, n);
    }
  }
  static constexpr std::pair<std::string_view, AgencyWord> kKinds[] = {
      {"body", AgencyWord::kBody},
      {"head", AgencyWord::kHead},
      {"head_alone", AgencyWord::kHeadAlone},
      {"head_topic", AgencyWord::kHeadTopic},
      {"person_group", AgencyWord::kPersonGroup},
      {"member", AgencyWord::kMember},
      {"field_head", AgencyWord::kFieldHead},
      {"field", AgencyWord::kField},
      {"group", AgencyWord::kGroup},
      {"generic", AgencyWord::kGeneric},
      {"place_word", AgencyWord::kPlaceWord},
      {"position", AgencyWord::kPosition},
      {"person", AgencyWord::kPerson},
      {"stop", AgencyWord::kStop},
      {"negative", AgencyWord::kNegative},
      {"barrier", AgencyWord::kBarrier},
  };
  for (const auto& row : words.rows) {
    for (const auto& [label, k] : kKinds) {
      if (row[word_kind] == label) Add(k, row[phrase]);
    }
    // Every head that stands alone, takes a field or a topic is a head; a topic head also
    // stands alone.
    if (row[word_kind] == "head_alone" || row[word_kind] == "field_head" ||
        row[word_kind] == "head_topic") {
      Add(AgencyWord::kHead, row[phrase]);
    }
    if (row[word_kind] == "head_topic") Add(AgencyWord::kHeadAlone, row[phrase]);
  }
  DataTable places = LoadDataTable("places.tsv");
  const int place = places.Column("name");
  const int place_kind = places.Column("kind");
  for (const auto& row : places.rows) {
    if (row[place_kind] != "name") Add(AgencyWord::kPlace, row[place]);
  }
  DataTable positions = LoadDataTable("positions.tsv");
  for (const auto& row : positions.rows) Add(AgencyWord::kPosition, row[positions.Column("name")]);
  DataTable surnames = LoadDataTable("surnames.tsv");
  for (const auto& row : surnames.rows) Add(AgencyWord::kSurname, row[surnames.Column("name")]);
}

}  // namespace vanban
