// The formulaic head of a trích yếu (subject), "Về việc", "V/v" or "Về", read through what
// OCR does to it: glued to the next word ("Vềviệc tăng cường"), a mark dropped or swapped
// ("Vê việc", "Vệ việc", "Về viêc"), "Về" read as "và" before "việc", punctuation debris
// before it (",Vêviệc"). Matched on the diacritic-free form (FoldAscii).
#pragma once

#include <vector>

#include "extractors/subject_words.h"

namespace vanban {

// The words with their head in its proper form: "Về việc", "V/v", "Về" (in capitals when the
// subject is printed in capitals); a head printed right ("Về việc", "về việc", "V/V") and a
// subject without a head are returned as they are. A repaired word keeps the span of the
// printed word it came from; a word split in two gets the two parts of it.
// Example: ",Vêviệc triển khai" -> "Về", "việc", "triển", "khai".
std::vector<SubjectWord> RestoreSubjectHead(std::vector<SubjectWord> words);

}  // namespace vanban
