#include "pipeline/readers/html_entities.h"

#include <gtest/gtest.h>

namespace vanban {
namespace {

TEST(HtmlEntities, Decodes) {
  struct Case {
    std::string_view html;
    std::string_view text;
  };
  const Case cases[] = {
      {"Ng&agrave;y 07/12/2023", "Ngày 07/12/2023"},
      {"H&agrave; N&#7897;i", "Hà Nội"},
      {"Quy&#x1EBF;t &#x111;&#x1ECB;nh", "Quyết định"},
      {"&#272;&#7897;c l&#7853;p &ndash; T&#7921; do", "Độc lập – Tự do"},
      {"&Dstrok;&abreve;k &dstrok;&utilde; &itilde;", "Đăk đũ ĩ"},
      {"&lt;p&gt; &amp; &quot;x&quot; &apos;y&apos;", "<p> & \"x\" 'y'"},
      {"a&nbsp;b&hellip; &copy; &laquo;&raquo;", "a\u00A0b… © «»"},
      {"&#150; &#147;x&#148;", "– “x”"},  // 128-159 as Windows-1252
      {"&#0; &#xD800; &#x110000;", "\uFFFD \uFFFD \uFFFD"},
      {"&#7871", "ế"},  // numeric without ';'
      {"AT&T &amp &unknown; & &#; &#x;", "AT&T &amp &unknown; & &#; &#x;"},
  };
  for (const Case& c : cases) EXPECT_EQ(DecodeHtmlEntities(c.html), c.text) << c.html;
}

}  // namespace
}  // namespace vanban
