#include "pipeline/eval/cer.h"

#include <algorithm>
#include <vector>

#include "pipeline/utf8.h"

namespace vanban {
namespace {

std::u32string CodePoints(std::string_view utf8) {
  std::u32string out;
  out.reserve(utf8.size());
  for (size_t pos = 0; pos < utf8.size();) out.push_back(NextCodePoint(utf8, pos));
  return out;
}

}  // namespace

size_t EditDistance(std::string_view reference, std::string_view hypothesis) {
  const std::u32string a = CodePoints(reference);
  const std::u32string b = CodePoints(hypothesis);
  // Two rows of the classic table: row[j] = distance between a[0..i) and b[0..j).
  std::vector<size_t> previous(b.size() + 1);
  std::vector<size_t> current(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) previous[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    current[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      const size_t substitute = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
      current[j] = std::min({previous[j] + 1, current[j - 1] + 1, substitute});
    }
    std::swap(previous, current);
  }
  return previous[b.size()];
}

double CharacterErrorRate(std::string_view reference, std::string_view hypothesis) {
  const size_t distance = EditDistance(reference, hypothesis);
  size_t length = 0;
  for (size_t pos = 0; pos < reference.size(); ++length) NextCodePoint(reference, pos);
  if (length == 0) return static_cast<double>(distance);
  return static_cast<double>(distance) / static_cast<double>(length);
}

std::string CollapseWhitespace(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool space = false;
  for (char c : text) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

}  // namespace vanban
