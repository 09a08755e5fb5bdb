#include "pipeline/readers/html_reader.h"

#include <gtest/gtest.h>

namespace vanban {
namespace {

TEST(HtmlReader, LooksLikeHtml) {
  struct Case {
    std::string_view bytes;
    bool html;
  };
  const Case cases[] = {
      {"<!DOCTYPE html>\n<html lang=\"vi\">", true},
      {"\xEF\xBB\xBF  <html><body>", true},
      {"<!-- saved from url=(0042)https://hungyen.gov.vn -->\n<HTML>", true},
      {"<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\">",
       true},
      {"<p>Kính gửi: Sở Nội vụ</p>", true},
      {"<meta charset=\"utf-8\"><div>x</div>", true},
      {"ỦY BAN NHÂN DÂN\nTỈNH HƯNG YÊN\n<p> là thẻ đoạn văn", false},
      {"Số: 02/CT-UBND", false},
      {"<?xml version=\"1.0\"?><record/>", false},
  };
  for (const Case& c : cases) EXPECT_EQ(LooksLikeHtml(c.bytes), c.html) << c.bytes;
}

TEST(HtmlReader, HasMarkup) {
  EXPECT_TRUE(HasMarkup("Kính gửi: Sở Nội vụ<br>Sở Tài chính"));
  EXPECT_TRUE(HasMarkup("Điều 1.</P>"));
  EXPECT_FALSE(HasMarkup("Khoản 1 < khoản 2 > khoản 3"));
}

TEST(HtmlReader, DeclaredCharset) {
  struct Case {
    std::string_view html;
    std::string_view charset;
  };
  const Case cases[] = {
      {"<meta charset=\"UTF-8\">", "utf-8"},
      {"<head><META CHARSET=windows-1258></head>", "windows-1258"},
      {"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1258\">",
       "windows-1258"},
      {"<meta http-equiv='content-type' content='text/html;charset=ISO-8859-1'>", "iso-8859-1"},
      {"<meta name=\"description\" content=\"charset=x\"><meta charset=\" utf-8 \">", "utf-8"},
      {"<html><body>Không khai báo</body></html>", ""},
  };
  for (const Case& c : cases) EXPECT_EQ(DeclaredCharset(c.html), c.charset) << c.html;
}

TEST(HtmlReader, ReadsPagesInTheirCharset) {
  struct Case {
    std::string_view name;
    std::string_view bytes;
    std::string_view raw_text;
    std::string_view encoding;
  };
  const Case cases[] = {
      {"utf-8 by default", "<html><body><p>Ủy ban nhân dân tỉnh Hưng Yên</p></body></html>",
       "Ủy ban nhân dân tỉnh Hưng Yên\n", "utf-8"},
      // windows-1258: 0xD2 hook above and 0xF2 dot below follow their vowel.
      {"declared windows-1258",
       "<html><head><meta charset=\"windows-1258\"></head>"
       "<body><p>U\xD2y ban nh\xE2n d\xE2n ti\xD2nh H\xFDng Y\xEAn</p></body></html>",
       "U\u0309y ban nhân dân ti\u0309nh Hưng Yên\n", "windows-1258"},
      // An old page typed in a VNI font and served without a charset.
      {"undeclared vni",
       "<html><body><p>Ngh\xF2 quye\xE1t so\xE1 412/NQ-H\xD1ND nga\xF8y 07/12/2023</p></body>"
       "</html>",
       "Nghị quyết số 412/NQ-HĐND ngày 07/12/2023\n", "vni"},
      // An old page typed in a TCVN3 font and declared Latin-1.
      {"tcvn3 declared as latin-1",
       "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\">"
       "</head><body><p>Ngh\xDE quy\xD5t s\xE8 412/NQ-H\xA7ND ng\xB5y 07/12/2023</p></body></html>",
       "Nghị quyết số 412/NQ-HĐND ngày 07/12/2023\n", "iso-8859-1+tcvn3"},
  };
  for (const Case& c : cases) {
    StatusOr<Document> doc = ReadHtml(c.bytes);
    ASSERT_TRUE(doc.ok()) << c.name << ": " << doc.status().ToString();
    EXPECT_EQ(doc->raw_text, c.raw_text) << c.name;
    EXPECT_EQ(doc->source.encoding, c.encoding) << c.name;
    EXPECT_EQ(doc->source.media_type, "text/html") << c.name;
    ASSERT_EQ(doc->pages.size(), 1u) << c.name;
    EXPECT_EQ(doc->pages[0].method, "html") << c.name;
    EXPECT_EQ(doc->pages[0].raw, (Span{0, c.raw_text.size()})) << c.name;
  }
}

TEST(HtmlReader, PageWithoutVisibleTextIsADataError) {
  StatusOr<Document> doc = ReadHtml("<html><head><script>x()</script></head><body></body></html>");
  EXPECT_EQ(doc.status().code(), StatusCode::kDataError);
  EXPECT_EQ(doc.status().message(), "no visible text in the HTML page");
}

}  // namespace
}  // namespace vanban
