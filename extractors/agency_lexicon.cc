#include "extractors/agency_lexicon.h"

#include <algorithm>
#include <utility>

#include "extractors/data_table.h"

namespace vanban {

int PhraseTrie::Child(int node, int word) const {
  if (node == 0) {
    return static_cast<size_t>(word) < root_children_.size() ? root_children_[word] : -1;
  }
  const auto& next = nodes_[node].next;
  auto it = std::lower_bound(next.begin(), next.end(), std::pair<int, int>{word, -1});
  return it != next.end() && it->first == word ? it->second : -1;
}

void PhraseTrie::Add(const std::vector<int>& words, std::string written) {
  if (words.empty()) return;
  int node = 0;
  for (int word : words) {
    int child = Child(node, word);
    if (child < 0) {
      child = static_cast<int>(nodes_.size());
      nodes_.emplace_back();
      auto& next = nodes_[node].next;
      next.insert(std::lower_bound(next.begin(), next.end(), std::pair<int, int>{word, -1}),
                  {word, child});
      if (node == 0) {
        if (root_children_.size() <= static_cast<size_t>(word)) root_children_.resize(word + 1, -1);
        root_children_[word] = child;
      }
    }
    node = child;
  }
  nodes_[node].terminal = true;
  if (nodes_[node].written.empty()) nodes_[node].written = std::move(written);
}

std::vector<size_t> PhraseTrie::Matches(const std::vector<AgencyToken>& tokens, size_t i) const {
  std::vector<size_t> out;
  int node = 0;
  for (size_t k = i; k < tokens.size() && tokens[k].word >= 0; ++k) {
    node = Child(node, tokens[k].word);
    if (node < 0) break;
    if (nodes_[node].terminal) out.push_back(k + 1 - i);
  }
  return out;
}

size_t PhraseTrie::Longest(const std::vector<AgencyToken>& tokens, size_t i,
                           const std::string** written) const {
  size_t longest = 0;
  int node = 0;
  for (size_t k = i; k < tokens.size() && tokens[k].word >= 0; ++k) {
    node = Child(node, tokens[k].word);
    if (node < 0) break;
    if (nodes_[node].terminal) {
      longest = k + 1 - i;
      if (written) *written = &nodes_[node].written;
    }
  }
  return longest;
}

const AgencyLexicon& AgencyLexicon::Get() {
  static const AgencyLexicon* lexicon = new AgencyLexicon();
  return *lexicon;
}

void AgencyLexicon::SetWordIds(std::vector<AgencyToken>& tokens) const {
  for (AgencyToken& t : tokens) t.word = WordId(t.key);
}

int AgencyLexicon::AddWord(std::string key) {
  auto [it, inserted] = ids_.emplace(std::move(key), static_cast<int>(ids_.size()));
  if (inserted) first_of_.push_back(0);
  return it->second;
}

void AgencyLexicon::Add(AgencyWord kind, std::string_view phrase) {
  std::vector<int> words;
  for (std::string& key : PhraseKeys(phrase)) words.push_back(AddWord(std::move(key)));
  if (words.empty()) return;
  first_of_[words[0]] |= 1u << static_cast<unsigned>(kind);
  tries_[static_cast<size_t>(kind)].Add(words, std::string(phrase));
}

AgencyLexicon::AgencyLexicon() {
  article_ids_[0] = AddWord("các");
  article_ids_[1] = AddWord("những");
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
      {"head_placed", AgencyWord::kHeadPlaced},
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
      {"place_preposition", AgencyWord::kPlacePreposition},
      {"not_place", AgencyWord::kNotPlace},
      {"function_word", AgencyWord::kFunctionWord},
  };
  for (const auto& row : words.rows) {
    for (const auto& [label, k] : kKinds) {
      if (row[word_kind] == label) Add(k, row[phrase]);
    }
    // Every head that stands alone, takes a field or a topic is a head; a topic head also
    // stands alone.
    if (row[word_kind] == "head_alone" || row[word_kind] == "field_head" ||
        row[word_kind] == "head_topic" || row[word_kind] == "head_placed") {
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
