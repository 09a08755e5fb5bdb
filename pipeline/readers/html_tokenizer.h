// A small tolerant HTML tokenizer: markup becomes text runs, start tags (with attributes)
// and end tags; comments, doctypes and processing instructions are skipped. The content of
// raw-text elements (script, style, title, textarea, ...) is one text token, never parsed
// as markup. Nothing fails: a '<' that cannot start a tag is text.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace vanban {

struct HtmlToken {
  enum class Kind { kText, kStartTag, kEndTag };
  Kind kind = Kind::kText;
  std::string_view text;  // kText: the text as written (references not decoded)
  std::string name;       // tags: the lower-case tag name
  // Start tags: lower-case names and values with references decoded, in document order.
  std::vector<std::pair<std::string, std::string>> attributes;
  bool self_closing = false;  // start tags written "<br/>"

  // The value of attribute `name`, or "" when absent.
  std::string_view Attribute(std::string_view name) const;
};

// Tokens of `html`, which must outlive them (text tokens point into it).
// Example: TokenizeHtml("<p class=x>Số 1</p>") gives a start tag "p" with class "x", the
// text "Số 1" and an end tag "p".
std::vector<HtmlToken> TokenizeHtml(std::string_view html);

}  // namespace vanban
