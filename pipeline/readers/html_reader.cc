#include "pipeline/readers/html_reader.h"

#include "pipeline/readers/html_text.h"
#include "pipeline/readers/html_tokenizer.h"
#include "pipeline/readers/text_decoding.h"

namespace vanban {
namespace {

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

// Tags that open HTML pages and fragments.
constexpr std::string_view kOpeningTags[] = {
    "<!doctype html", "<html", "<head", "<body", "<meta",  "<title", "<p>",  "<p ",
    "<div",           "<h1",   "<h2",   "<h3",   "<table", "<br",    "<ul>", "<span",
};

// Tags common enough in HTML and rare enough in plain text to count as markup.
constexpr std::string_view kCommonTags[] = {
    "<p>", "</p>", "<br>", "<br/>", "<br />", "</div>", "</span>", "</td>", "</li>", "</a>",
};

}  // namespace

bool LooksLikeHtml(std::string_view bytes) {
  std::string head = Lower(bytes.substr(0, 1024));
  size_t pos = head.compare(0, 3, "\xEF\xBB\xBF") == 0 ? 3 : 0;
  while (true) {
    while (pos < head.size() && IsSpace(head[pos])) ++pos;
    if (head.compare(pos, 4, "<!--") != 0) break;
    const size_t end = head.find("-->", pos + 4);
    if (end == std::string::npos) return false;
    pos = end + 3;
  }
  if (pos < head.size() && head.compare(pos, 5, "<?xml") == 0) {
    return head.find("<html", pos) != std::string::npos;  // XHTML
  }
  for (std::string_view tag : kOpeningTags) {
    if (head.compare(pos, tag.size(), tag) == 0) return true;
  }
  return false;
}

bool HasMarkup(std::string_view bytes) {
  const std::string lower = Lower(bytes);
  for (std::string_view tag : kCommonTags) {
    if (lower.find(tag) != std::string::npos) return true;
  }
  return false;
}

std::string DeclaredCharset(std::string_view bytes) {
  for (const HtmlToken& token : TokenizeHtml(bytes.substr(0, 4096))) {
    if (token.kind != HtmlToken::Kind::kStartTag || token.name != "meta") continue;
    std::string charset(token.Attribute("charset"));
    if (charset.empty() && Lower(token.Attribute("http-equiv")) == "content-type") {
      const std::string content = Lower(token.Attribute("content"));
      const size_t at = content.find("charset=");
      if (at != std::string::npos) {
        charset = content.substr(at + 8);
        const size_t end = charset.find_first_of("; \t\"'");
        if (end != std::string::npos) charset.resize(end);
      }
    }
    while (!charset.empty() && IsSpace(charset.back())) charset.pop_back();
    while (!charset.empty() && IsSpace(charset.front())) charset.erase(0, 1);
    if (!charset.empty()) return Lower(charset);
  }
  return "";
}

StatusOr<Document> ReadHtml(std::string_view bytes) {
  StatusOr<DecodedText> decoded = DecodeText(bytes, DeclaredCharset(bytes));
  if (!decoded.ok()) return decoded.status();
  DecodedText visible =
      RepairLegacyLetters({HtmlVisibleText(decoded->text), std::move(decoded->encoding)});
  if (visible.text.empty()) return DataError("no visible text in the HTML page");
  Document doc;
  doc.source.media_type = "text/html";
  doc.source.encoding = std::move(visible.encoding);
  doc.raw_text = std::move(visible.text);
  doc.pages.push_back(Page{1, Span{0, doc.raw_text.size()}, "html", std::nullopt});
  return doc;
}

}  // namespace vanban
