#include "pipeline/readers/html_tokenizer.h"

#include <gtest/gtest.h>

namespace vanban {
namespace {

// A compact picture of the tokens: <p class=x>, "text", </p>.
std::string Describe(std::string_view html) {
  std::string out;
  for (const HtmlToken& token : TokenizeHtml(html)) {
    if (!out.empty()) out += ' ';
    switch (token.kind) {
      case HtmlToken::Kind::kText:
        out += '"' + std::string(token.text) + '"';
        break;
      case HtmlToken::Kind::kStartTag:
        out += '<' + token.name;
        for (const auto& [key, value] : token.attributes) out += ' ' + key + '=' + value;
        out += token.self_closing ? "/>" : ">";
        break;
      case HtmlToken::Kind::kEndTag:
        out += "</" + token.name + '>';
        break;
    }
  }
  return out;
}

TEST(HtmlTokenizer, Tokens) {
  struct Case {
    std::string_view html;
    std::string_view tokens;
  };
  const Case cases[] = {
      {"<p class=x>Số 1</p>", "<p class=x> \"Số 1\" </p>"},
      {"<DIV ID='noi-dung' Data-A=\"1 2\">a</Div>", "<div id=noi-dung data-a=1 2> \"a\" </div>"},
      {"<!DOCTYPE html><!-- bình luận --><p>x", "<p> \"x\""},
      {"a<br/>b<br />c<img src=a.png alt=\"Ảnh\"/>",
       "\"a\" <br/> \"b\" <br/> \"c\" <img src=a.png alt=Ảnh/>"},
      {"<script>if (a < b) document.write('<p>x</p>');</script>y",
       "<script> \"if (a < b) document.write('<p>x</p>');\" </script> \"y\""},
      {"<STYLE>p{}</style >z", "<style> \"p{}\" </style> \"z\""},
      {"<title>A &amp; B</title>", "<title> \"A &amp; B\" </title>"},
      {"1 < 2 và 3 <> 4", "\"1 < 2 và 3 <> 4\""},
      {"<input disabled value=&quot;x&quot;>", "<input disabled= value=\"x\">"},
      {"<a href=\"/x\" title='Văn bản'>", "<a href=/x title=Văn bản>"},
      {"x<!-- không đóng", "\"x\""},
      {"<p>x</p><!--->y<!---->z", "<p> \"x\" </p> \"y\" \"z\""},
      {"<?xml version=\"1.0\"?><![CDATA[x]]>t", "\"t\""},
      {"<p", "<p>"},
      {"<script>không đóng", "<script> \"không đóng\""},
  };
  for (const Case& c : cases) EXPECT_EQ(Describe(c.html), c.tokens) << c.html;
}

TEST(HtmlTokenizer, AttributeLookup) {
  std::vector<HtmlToken> tokens =
      TokenizeHtml("<meta http-equiv=Content-Type content=\"text/html; charset=windows-1258\">");
  ASSERT_EQ(tokens.size(), 1u);
  EXPECT_EQ(tokens[0].Attribute("http-equiv"), "Content-Type");
  EXPECT_EQ(tokens[0].Attribute("content"), "text/html; charset=windows-1258");
  EXPECT_EQ(tokens[0].Attribute("charset"), "");
}

}  // namespace
}  // namespace vanban
