// Letter case of Vietnamese text (UTF-8, via ICU): the tests the extractors make on a line
// ("is it written in capitals?") and the conversions they apply to printed values.
//   ToTitleWords("PHẠM VĂN THỊNH") == "Phạm Văn Thịnh"
//   IsUpperText("CỤC THUẾ") == true, IsUpperText("Cục Thuế") == false
#pragma once

#include <string>
#include <string_view>

namespace vanban {

std::string ToLower(std::string_view utf8);
std::string ToUpper(std::string_view utf8);

// Every space-separated word lower case with its first letter upper case.
std::string ToTitleWords(std::string_view utf8);

// The first letter upper case, the rest as given.
std::string CapitalizeFirst(std::string_view utf8);

// True when the text has at least two cased letters and (almost) all of them are upper
// case: one lower-case letter in ten is tolerated for OCR noise and symbols like "TTg".
bool IsUpperText(std::string_view utf8);

// True when the text has a lower-case letter.
bool HasLowerCase(std::string_view utf8);

// Case of the first letter of the text (non-letters skipped); false when there is none.
bool StartsWithUpper(std::string_view utf8);
bool StartsWithLower(std::string_view utf8);

}  // namespace vanban
