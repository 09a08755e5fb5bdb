#include "pipeline/store/search_tokens.h"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/ubrk.h>
#include <unicode/unistr.h>
#include <unicode/utext.h>

#include <unordered_map>
#include <utility>

#include "pipeline/normalize/fold.h"

namespace vanban {
namespace {

// Words cached before the cache is emptied; Vietnamese text has a few thousand syllables.
constexpr size_t kMaxCachedWords = 200000;

bool IsAscii(std::string_view s) {
  for (char c : s) {
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  }
  return true;
}

}  // namespace

// Lets the cache be searched by string_view without building a string.
struct WordHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
};

struct SearchTokenizer::Impl {
  std::unique_ptr<icu::BreakIterator> words;
  // exact, folded
  std::unordered_map<std::string, std::pair<std::string, std::string>, WordHash, std::equal_to<>>
      forms;
  const icu::UnicodeString empty;  // the iterator's text between calls

  const std::pair<std::string, std::string>& Forms(std::string_view word) {
    auto it = forms.find(word);
    if (it != forms.end()) return it->second;
    if (forms.size() >= kMaxCachedWords) forms.clear();
    std::pair<std::string, std::string> f;
    if (IsAscii(word)) {
      f.first.assign(word);
      for (char& c : f.first) {
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
      }
      f.second = f.first;
    } else {
      f.first = FoldKey(word);
      f.second = FoldAscii(f.first);
    }
    return forms.emplace(std::string(word), std::move(f)).first->second;
  }
};

SearchTokenizer::SearchTokenizer() : impl_(std::make_unique<Impl>()) {
  UErrorCode status = U_ZERO_ERROR;
  impl_->words.reset(icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), status));
  if (U_FAILURE(status)) impl_->words.reset();
}

SearchTokenizer::~SearchTokenizer() = default;

void SearchTokenizer::ForEach(std::string_view utf8,
                              const std::function<bool(const SearchTokenView&)>& fn) {
  if (!impl_->words || utf8.empty()) return;
  UErrorCode status = U_ZERO_ERROR;
  UText* text = utext_openUTF8(nullptr, utf8.data(), static_cast<int64_t>(utf8.size()), &status);
  if (U_FAILURE(status)) return;
  icu::BreakIterator& words = *impl_->words;
  words.setText(text, status);
  if (U_SUCCESS(status)) {
    // With a UTF-8 UText, boundaries are byte offsets.
    for (int32_t begin = words.first(), end = words.next(); end != icu::BreakIterator::DONE;
         begin = end, end = words.next()) {
      if (words.getRuleStatus() < UBRK_WORD_NONE_LIMIT) continue;  // spaces, punctuation
      const auto& [exact, folded] = impl_->Forms(utf8.substr(begin, end - begin));
      if (!fn({exact, folded, static_cast<size_t>(begin), static_cast<size_t>(end)})) break;
    }
  }
  // The iterator keeps a pointer to text: give it an empty one before text goes.
  words.setText(impl_->empty);
  utext_close(text);
}

std::vector<SearchToken> SearchTokenizer::Tokens(std::string_view utf8) {
  std::vector<SearchToken> tokens;
  ForEach(utf8, [&](const SearchTokenView& t) {
    tokens.push_back({std::string(t.exact), std::string(t.folded), t.begin, t.end});
    return true;
  });
  return tokens;
}

}  // namespace vanban
