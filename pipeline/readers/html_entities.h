// HTML character references: named (&amp; &nbsp; &agrave; &ecirc; &dstrok; ...) and numeric
// (&#7871; &#x1EBF;). The named table holds the common HTML entities, the Latin-1 letters
// and the HTML5 names of Vietnamese letters beyond Latin-1 (ă đ ĩ ũ).
#pragma once

#include <string>
#include <string_view>

namespace vanban {

// `text` with its character references decoded. A named reference needs its ';'; a numeric
// one may omit it. Numbers 128-159 are read as Windows-1252 (as browsers do); 0, surrogates
// and numbers past U+10FFFF become U+FFFD. Unknown or malformed references stay as written.
// Example: DecodeHtmlEntities("Ng&agrave;y 07/12 &amp; &#7871;") == "Ngày 07/12 & ế".
std::string DecodeHtmlEntities(std::string_view text);

}  // namespace vanban
