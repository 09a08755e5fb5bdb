// One tone-mark placement for Vietnamese syllables. Sources write "hoà" or "hòa", "uỷ" or
// "ủy"; vanban writes the classic placement that ANNOTATION.md uses ("hòa", "ủy", "khỏe")
// so that equal words are equal strings. With a final consonant both styles agree
// ("hoàn", "thuyền"), and a vowel with its own mark takes the tone ("người", "quyết").
#pragma once

#include <string>
#include <string_view>

namespace vanban {

// The word with its tone mark on the vowel the classic rule chooses, in NFC. A word with
// no tone mark, more than one, or letters that are not Vietnamese is returned unchanged.
// PlaceToneMark("hoà") == "hòa"; PlaceToneMark("Uỷ") == "Ủy"; PlaceToneMark("quý") == "quý".
std::string PlaceToneMark(std::string_view word);

// PlaceToneMark applied to every word of a text; everything between words is kept.
std::string PlaceToneMarks(std::string_view text);

}  // namespace vanban
