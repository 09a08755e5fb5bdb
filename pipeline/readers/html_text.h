// The text a reader of an HTML page sees, without the page around the document: scripts,
// styles, navigation, header and footer chrome, asides, forms and buttons, comments, and
// elements whose class, id or role names comments, sharing, social links, breadcrumbs,
// menus, related items or adverts are dropped. Block elements (p, div, li, tr, h1-h6, ...)
// start new lines, table cells are separated by a tab, white space inside text collapses.
#pragma once

#include <string>
#include <string_view>

namespace vanban {

// The visible text of UTF-8 `html`, lines ending in '\n'; "" when nothing is visible.
// Example: HtmlVisibleText("<nav>Trang chủ</nav><p>Số: 02/CT-UBND</p><p>Hưng&nbsp;Yên</p>")
// == "Số: 02/CT-UBND\nHưng\u00A0Yên\n".
std::string HtmlVisibleText(std::string_view html);

}  // namespace vanban
