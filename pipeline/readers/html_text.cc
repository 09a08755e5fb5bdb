#include "pipeline/readers/html_text.h"

#include <algorithm>
#include <initializer_list>
#include <vector>

#include "pipeline/readers/html_entities.h"
#include "pipeline/readers/html_tokenizer.h"

namespace vanban {
namespace {

bool OneOf(std::string_view name, std::initializer_list<std::string_view> names) {
  for (std::string_view n : names) {
    if (n == name) return true;
  }
  return false;
}

bool IsVoid(std::string_view name) {
  return OneOf(name, {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
                      "param", "source", "track", "wbr"});
}

bool IsBlock(std::string_view name) {
  return OneOf(
      name,
      {"address", "article", "aside", "blockquote", "caption",  "center",     "dd",     "details",
       "dialog",  "div",     "dl",    "dt",         "fieldset", "figcaption", "figure", "footer",
       "form",    "h1",      "h2",    "h3",         "h4",       "h5",         "h6",     "header",
       "hr",      "legend",  "li",    "main",       "nav",      "ol",         "p",      "pre",
       "section", "summary", "table", "tbody",      "tfoot",    "thead",      "tr",     "ul"});
}

// Elements that are never part of the document's text.
bool IsDroppedElement(std::string_view name) {
  return OneOf(
      name, {"script", "style", "noscript", "template", "svg", "math", "nav", "aside", "form",
             "button", "iframe", "select", "canvas", "object", "head", "title", "audio", "video"});
}

// Words of a class or id that mark page furniture ("share-buttons", "fb-comments",
// "relatedPosts" split into "related" "posts").
bool IsChromeWord(std::string_view word) {
  return OneOf(
      word, {"comment", "comments", "share", "sharing", "social", "breadcrumb", "breadcrumbs",
             "menu", "menus", "related", "advert", "adverts", "advertisement", "ads", "sidebar"});
}

bool HasChromeWord(std::string_view value) {
  std::string word;
  auto flush = [&] {
    const bool chrome = IsChromeWord(word);
    word.clear();
    return chrome;
  };
  for (size_t i = 0; i < value.size(); ++i) {
    const char c = value[i];
    const bool lower = c >= 'a' && c <= 'z';
    const bool upper = c >= 'A' && c <= 'Z';
    const bool digit = c >= '0' && c <= '9';
    if (!lower && !upper && !digit) {
      if (flush()) return true;
      continue;
    }
    if (upper && i > 0 && value[i - 1] >= 'a' && value[i - 1] <= 'z' && flush()) return true;
    word += upper ? static_cast<char>(c - 'A' + 'a') : c;
  }
  return flush();
}

bool IsChromeRole(std::string_view role) {
  return OneOf(
      role, {"navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar"});
}

bool HiddenByStyle(std::string_view style) {
  std::string compact;
  for (char c : style) {
    if (c != ' ' && c != '\t' && c != '\n')
      compact += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  }
  return compact.find("display:none") != std::string::npos ||
         compact.find("visibility:hidden") != std::string::npos;
}

// Builds the text: pending white space, line breaks and cell separators are written only
// when more text follows, so lines carry no trailing blanks and the text no blank start.
class TextBuilder {
 public:
  void Text(std::string_view text, bool preformatted) {
    for (char c : text) {
      if (preformatted) {
        if (c == '\r') continue;
        Flush();
        out_ += c;
      } else if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
        pending_space_ = true;
      } else {
        Flush();
        out_ += c;
      }
    }
  }
  void BlockBreak() { newlines_ = std::max(newlines_, 1); }
  void LineBreak() { newlines_ = std::min(newlines_ + 1, 2); }
  void CellBreak() { cell_ = true; }

  std::string Finish() {
    if (!out_.empty() && out_.back() != '\n') out_ += '\n';
    return std::move(out_);
  }

 private:
  void Flush() {
    if (out_.empty()) {
      // nothing before the first text
    } else if (newlines_ > 0) {
      const int have = out_.back() == '\n' ? 1 : 0;
      out_.append(static_cast<size_t>(std::max(newlines_ - have, 0)), '\n');
    } else if (cell_ && out_.back() != '\n') {
      out_ += '\t';
    } else if (pending_space_ && out_.back() != '\n') {
      out_ += ' ';
    }
    newlines_ = 0;
    cell_ = false;
    pending_space_ = false;
  }

  std::string out_;
  int newlines_ = 0;
  bool cell_ = false;
  bool pending_space_ = false;
};

struct OpenElement {
  std::string name;
  bool hidden;
};

class VisibleText {
 public:
  std::string Run(std::string_view html) {
    for (const HtmlToken& token : TokenizeHtml(html)) {
      switch (token.kind) {
        case HtmlToken::Kind::kText:
          if (!Hidden()) builder_.Text(DecodeHtmlEntities(token.text), pre_depth_ > 0);
          break;
        case HtmlToken::Kind::kStartTag:
          Start(token);
          break;
        case HtmlToken::Kind::kEndTag:
          End(token.name);
          break;
      }
    }
    return builder_.Finish();
  }

 private:
  bool Hidden() const { return !stack_.empty() && stack_.back().hidden; }

  bool Inside(std::initializer_list<std::string_view> names) const {
    for (const OpenElement& open : stack_) {
      if (OneOf(open.name, names)) return true;
    }
    return false;
  }

  bool Drops(const HtmlToken& tag) const {
    const std::string& name = tag.name;
    if (IsDroppedElement(name)) return true;
    // header and footer are page chrome, except an article's own.
    if ((name == "header" || name == "footer") && !Inside({"article", "main"})) return true;
    if (tag.Attribute("aria-hidden") == "true") return true;
    for (const auto& [key, value] : tag.attributes) {
      if (key == "hidden") return true;
    }
    if (HiddenByStyle(tag.Attribute("style"))) return true;
    if (OneOf(name, {"html", "body", "main"})) return false;
    return HasChromeWord(tag.Attribute("class")) || HasChromeWord(tag.Attribute("id")) ||
           IsChromeRole(tag.Attribute("role"));
  }

  // Closes elements the new one ends implicitly (an open li at a new li, a cell at a new
  // cell, a paragraph at a new block), so their furniture flags do not leak onto it.
  void CloseImplied(std::string_view name) {
    auto close_to = [&](std::initializer_list<std::string_view> targets,
                        std::initializer_list<std::string_view> boundaries) {
      for (size_t i = stack_.size(); i-- > 0;) {
        if (OneOf(stack_[i].name, boundaries)) return;
        if (OneOf(stack_[i].name, targets)) {
          PopTo(i);
          return;
        }
      }
    };
    // The head ends at the body or at the first element that cannot be in it.
    if (!OneOf(name,
               {"meta", "link", "title", "style", "script", "base", "noscript", "template"})) {
      close_to({"head"}, {});
    }
    if (name == "li") close_to({"li"}, {"ul", "ol", "menu"});
    if (name == "dt" || name == "dd") close_to({"dt", "dd"}, {"dl"});
    if (name == "td" || name == "th") close_to({"td", "th"}, {"tr", "table"});
    if (name == "tr") close_to({"tr"}, {"table", "thead", "tbody", "tfoot"});
    if (name == "option") close_to({"option"}, {"select"});
    if (IsBlock(name) && !stack_.empty() && stack_.back().name == "p") PopTo(stack_.size() - 1);
  }

  void Start(const HtmlToken& tag) {
    const std::string& name = tag.name;
    if (IsVoid(name) || tag.self_closing) {
      if (Hidden()) return;
      if (name == "br") builder_.LineBreak();
      if (IsBlock(name)) builder_.BlockBreak();
      return;
    }
    CloseImplied(name);
    const bool hidden = Hidden() || Drops(tag);
    if (!hidden) {
      if (IsBlock(name)) builder_.BlockBreak();
      if (name == "td" || name == "th") builder_.CellBreak();
    }
    stack_.push_back({name, hidden});
    if (name == "pre" || name == "textarea") ++pre_depth_;
  }

  void End(const std::string& name) {
    for (size_t i = stack_.size(); i-- > 0;) {
      if (stack_[i].name == name) {
        const bool hidden = stack_[i].hidden;
        PopTo(i);
        if (!hidden && IsBlock(name)) builder_.BlockBreak();
        return;
      }
    }
    // An end tag nothing opened: browsers read </br> as <br> and </p> as an empty paragraph.
    if (!Hidden() && name == "br") builder_.LineBreak();
    if (!Hidden() && name == "p") builder_.BlockBreak();
  }

  // Pops stack_[i] and everything above it.
  void PopTo(size_t i) {
    while (stack_.size() > i) {
      if (stack_.back().name == "pre" || stack_.back().name == "textarea") --pre_depth_;
      stack_.pop_back();
    }
  }

  std::vector<OpenElement> stack_;
  int pre_depth_ = 0;
  TextBuilder builder_;
};

}  // namespace

std::string HtmlVisibleText(std::string_view html) { return VisibleText().Run(html); }

}  // namespace vanban
