#include "pipeline/readers/html_text.h"

#include <gtest/gtest.h>

namespace vanban {
namespace {

struct Case {
  std::string_view name;
  std::string_view html;
  std::string_view text;
};

TEST(HtmlText, DropsPageFurniture) {
  const Case cases[] = {
      {"script and style",
       "<style>p{color:red}</style><p>Chỉ thị</p><script>var s = '<p>x</p>';</script>",
       "Chỉ thị\n"},
      {"noscript, template, svg",
       "<noscript>Bật JavaScript</noscript><template><p>mẫu</p></template>"
       "<svg><title>icon</title><path d='M0'/></svg><p>Số: 02/CT-UBND</p>",
       "Số: 02/CT-UBND\n"},
      {"navigation, page header and footer",
       "<header><a>Cổng thông tin điện tử</a></header><nav><ul><li>Trang chủ<li>Văn bản</ul>"
       "</nav><p>Hưng Yên, ngày 06 tháng 3 năm 2024</p><footer>Bản quyền © 2024</footer>",
       "Hưng Yên, ngày 06 tháng 3 năm 2024\n"},
      {"an article keeps its own header",
       "<article><header><h1>CHỈ THỊ</h1></header><p>Về việc tăng cường</p></article>",
       "CHỈ THỊ\nVề việc tăng cường\n"},
      {"aside, form, button, iframe",
       "<p>Điều 1.</p><aside>Tin nổi bật</aside><form><label>Tìm kiếm</label>"
       "<input name=q></form><button>In</button><iframe src=x>khung</iframe>",
       "Điều 1.\n"},
      {"share, social, comments, breadcrumb, menu, related, adverts by class or id",
       "<div class=\"breadcrumb\">Trang chủ » Văn bản</div>"
       "<div class=\"main-menu\">Giới thiệu</div>"
       "<p>Nơi nhận:</p>"
       "<div class=\"share-buttons\"><a>Facebook</a><a>Zalo</a></div>"
       "<ul class=social-links><li>Twitter</ul>"
       "<div id=\"fb-comments\">Bình luận (3)</div>"
       "<section class=\"relatedPosts\">Tin liên quan</section>"
       "<div class=\"advert\">Quảng cáo</div><div id=ads-top>Quảng cáo</div>"
       "<p>- Như Điều 3;</p>",
       "Nơi nhận:\n- Như Điều 3;\n"},
      {"class words match whole words only",
       "<div class=\"commentary sharedContent menuitem\">Giữ lại</div>", "Giữ lại\n"},
      {"hidden elements",
       "<p hidden>ẩn</p><div style=\"DISPLAY: none\">ẩn</div><span aria-hidden=\"true\">★</span>"
       "<p>hiện</p>",
       "hiện\n"},
      {"comments", "<p>Số 12<!-- số cũ: 11 --> năm 2024</p>", "Số 12 năm 2024\n"},
      {"unclosed list item of a menu does not hide the next",
       "<ul><li class=menu>Trang chủ<li>Điều 2. Hiệu lực</ul>", "Điều 2. Hiệu lực\n"},
      {"head without end tag", "<html><head><title>Tiêu đề</title><body><p>Nội dung</p>",
       "Nội dung\n"},
  };
  for (const Case& c : cases) EXPECT_EQ(HtmlVisibleText(c.html), c.text) << c.name;
}

TEST(HtmlText, LayoutAndEntities) {
  const Case cases[] = {
      {"blocks are lines",
       "<h1>QUYẾT ĐỊNH</h1><p>Về việc ban hành</p><div>Điều 1.</div><blockquote>Trích</blockquote>"
       "<ul><li>a</li><li>b</li></ul><dl><dt>Số</dt><dd>02</dd></dl>",
       "QUYẾT ĐỊNH\nVề việc ban hành\nĐiều 1.\nTrích\na\nb\nSố\n02\n"},
      {"white space collapses inside text", "<p>  Về   việc\n  tăng <b>cường</b>  công\ttác </p>",
       "Về việc tăng cường công tác\n"},
      {"inline elements join", "<p>Ng<span>à</span>y <i>07</i>/<em>12</em></p>", "Ngày 07/12\n"},
      {"br breaks lines", "<p>dòng một<br>dòng hai<br/>dòng ba</p>",
       "dòng một\ndòng hai\ndòng ba\n"},
      {"repeated br leaves at most one empty line", "a<br><br><br><br>b", "a\n\nb\n"},
      {"table cells",
       "<table><tr><td>Số: 02/CT-UBND</td><td>Hưng Yên, ngày 06</td></tr>"
       "<tr><th>STT<th>Nội dung</table>",
       "Số: 02/CT-UBND\tHưng Yên, ngày 06\nSTT\tNội dung\n"},
      {"pre keeps white space", "<p>a</p><pre>  x   y\nz</pre><p>b</p>", "a\n  x   y\nz\nb\n"},
      {"entities", "<p>Ng&agrave;y 07/12/2023 &amp; Quy&#7871;t &#x111;&#7883;nh &lt;1&gt;</p>",
       "Ngày 07/12/2023 & Quyết định <1>\n"},
      {"no-break space is kept", "<p>Hưng&nbsp;Yên</p>", "Hưng\u00A0Yên\n"},
      {"a fragment without html or body", "Kính gửi: <b>Sở Nội vụ</b>", "Kính gửi: Sở Nội vụ\n"},
      {"nothing visible", "<script>x</script><!-- y -->", ""},
  };
  for (const Case& c : cases) EXPECT_EQ(HtmlVisibleText(c.html), c.text) << c.name;
}

}  // namespace
}  // namespace vanban
