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
  return SequenceEditDistance(CodePoints(reference), CodePoints(hypothesis));
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
