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

struct SearchTokenizer::Impl {
  std::unique_ptr<icu::BreakIterator> words;
  std::unordered_map<std::string, std::pair<std::string, std::string>> forms;  // exact, folded
  const icu::UnicodeString empty;  // the iterator's text between calls

  const std::pair<std::string, std::string>& Forms(std::string_view word) {
    auto it = forms.find(std::string(word));
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

std::vector<SearchToken> SearchTokenizer::Tokens(std::string_view utf8) {
  std::vector<SearchToken> tokens;
  if (!impl_->words || utf8.empty()) return tokens;
  UErrorCode status = U_ZERO_ERROR;
  UText* text = utext_openUTF8(nullptr, utf8.data(), static_cast<int64_t>(utf8.size()), &status);
  if (U_FAILURE(status)) return tokens;
  icu::BreakIterator& words = *impl_->words;
  words.setText(text, status);
  if (U_SUCCESS(status)) {
    // With a UTF-8 UText, boundaries are byte offsets.
    for (int32_t begin = words.first(), end = words.next(); end != icu::BreakIterator::DONE;
         begin = end, end = words.next()) {
      if (words.getRuleStatus() < UBRK_WORD_NONE_LIMIT) continue;  // spaces, punctuation
      const std::string_view word = utf8.substr(begin, end - begin);
      const auto& [exact, folded] = impl_->Forms(word);
      tokens.push_back({exact, folded, static_cast<size_t>(begin), static_cast<size_t>(end)});
    }
  }
  // The iterator keeps a pointer to text: give it an empty one before text goes.
  words.setText(impl_->empty);
  utext_close(text);
  return tokens;
}

}  // namespace vanban
