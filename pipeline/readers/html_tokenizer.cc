#include "pipeline/readers/html_tokenizer.h"

#include "pipeline/readers/html_entities.h"

namespace vanban {
namespace {

// Elements whose content is text up to their end tag. noscript is one for a browser that
// runs scripts, and its content is dropped anyway.
constexpr std::string_view kRawTextElements[] = {
    "script", "style", "title", "textarea", "xmp", "iframe", "noembed", "noframes", "noscript",
};

bool IsAsciiAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }
char Lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

bool IsRawText(std::string_view name) {
  for (std::string_view raw : kRawTextElements) {
    if (raw == name) return true;
  }
  return false;
}

// Position of "</name" (any case) followed by a space, '/' or '>' at or after `from`, or npos.
size_t FindEndTag(std::string_view html, std::string_view name, size_t from) {
  for (size_t pos = html.find("</", from); pos != std::string_view::npos;
       pos = html.find("</", pos + 2)) {
    const size_t end = pos + 2 + name.size();
    if (end > html.size()) return std::string_view::npos;
    bool same = true;
    for (size_t i = 0; i < name.size() && same; ++i) same = Lower(html[pos + 2 + i]) == name[i];
    if (same &&
        (end == html.size() || IsSpace(html[end]) || html[end] == '/' || html[end] == '>')) {
      return pos;
    }
  }
  return std::string_view::npos;
}

class Tokenizer {
 public:
  explicit Tokenizer(std::string_view html) : html_(html) {}

  std::vector<HtmlToken> Run() {
    size_t text_start = 0;
    while (pos_ < html_.size()) {
      const size_t lt = html_.find('<', pos_);
      if (lt == std::string_view::npos) break;
      pos_ = lt;
      const size_t tag_start = pos_;
      if (!Markup()) {
        pos_ = lt + 1;  // a lone '<' is text
        continue;
      }
      EmitText(text_start, tag_start);
      if (!pending_.name.empty()) {
        const bool raw = pending_.kind == HtmlToken::Kind::kStartTag && IsRawText(pending_.name);
        const std::string name = pending_.name;
        tokens_.push_back(std::move(pending_));
        pending_ = HtmlToken();
        if (raw) {
          const size_t end = FindEndTag(html_, name, pos_);
          const size_t raw_end = end == std::string_view::npos ? html_.size() : end;
          EmitText(pos_, raw_end);
          pos_ = raw_end;
        }
      }
      text_start = pos_;
    }
    EmitText(text_start, html_.size());
    return std::move(tokens_);
  }

 private:
  void EmitText(size_t begin, size_t end) {
    if (end <= begin) return;
    HtmlToken token;
    token.text = html_.substr(begin, end - begin);
    tokens_.push_back(std::move(token));
  }

  bool StartsWith(std::string_view prefix) const {
    return html_.substr(pos_, prefix.size()) == prefix;
  }

  // At '<': consumes one comment, declaration or tag and returns true (a tag is left in
  // pending_), or returns false when the '<' starts none of them.
  bool Markup() {
    if (StartsWith("<!--")) {
      const size_t end = html_.find("-->", pos_ + 2);
      pos_ = end == std::string_view::npos ? html_.size() : end + 3;
      return true;
    }
    if (StartsWith("<!") || StartsWith("<?")) {  // doctype, CDATA, processing instruction
      const size_t end = html_.find('>', pos_);
      pos_ = end == std::string_view::npos ? html_.size() : end + 1;
      return true;
    }
    const bool end_tag = StartsWith("</");
    const size_t name_start = pos_ + (end_tag ? 2 : 1);
    if (name_start >= html_.size() || !IsAsciiAlpha(html_[name_start])) return false;
    pending_.kind = end_tag ? HtmlToken::Kind::kEndTag : HtmlToken::Kind::kStartTag;
    pos_ = name_start;
    while (pos_ < html_.size() && !IsSpace(html_[pos_]) && html_[pos_] != '/' &&
           html_[pos_] != '>') {
      pending_.name += Lower(html_[pos_++]);
    }
    Attributes();
    if (end_tag) pending_.attributes.clear();
    return true;
  }

  // Reads attributes up to and including the closing '>' (or to the end of the input).
  void Attributes() {
    while (pos_ < html_.size()) {
      const char c = html_[pos_];
      if (c == '>') {
        ++pos_;
        return;
      }
      if (IsSpace(c)) {
        ++pos_;
        continue;
      }
      if (c == '/') {
        ++pos_;
        pending_.self_closing = pos_ < html_.size() && html_[pos_] == '>';
        continue;
      }
      pending_.self_closing = false;
      std::string name;
      while (pos_ < html_.size() && !IsSpace(html_[pos_]) && html_[pos_] != '>' &&
             html_[pos_] != '=' && html_[pos_] != '/') {
        name += Lower(html_[pos_++]);
      }
      while (pos_ < html_.size() && IsSpace(html_[pos_])) ++pos_;
      std::string_view value;
      if (pos_ < html_.size() && html_[pos_] == '=') {
        ++pos_;
        while (pos_ < html_.size() && IsSpace(html_[pos_])) ++pos_;
        value = Value();
      }
      pending_.attributes.emplace_back(std::move(name), DecodeHtmlEntities(value));
    }
  }

  std::string_view Value() {
    if (pos_ < html_.size() && (html_[pos_] == '"' || html_[pos_] == '\'')) {
      const char quote = html_[pos_++];
      const size_t end = html_.find(quote, pos_);
      const size_t value_end = end == std::string_view::npos ? html_.size() : end;
      std::string_view value = html_.substr(pos_, value_end - pos_);
      pos_ = end == std::string_view::npos ? html_.size() : end + 1;
      return value;
    }
    const size_t start = pos_;
    while (pos_ < html_.size() && !IsSpace(html_[pos_]) && html_[pos_] != '>') ++pos_;
    return html_.substr(start, pos_ - start);
  }

  std::string_view html_;
  size_t pos_ = 0;
  HtmlToken pending_;
  std::vector<HtmlToken> tokens_;
};

}  // namespace

std::string_view HtmlToken::Attribute(std::string_view attribute) const {
  for (const auto& [key, value] : attributes) {
    if (key == attribute) return value;
  }
  return {};
}

std::vector<HtmlToken> TokenizeHtml(std::string_view html) { return Tokenizer(html).Run(); }

}  // namespace vanban
