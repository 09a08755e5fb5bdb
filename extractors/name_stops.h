// Where a name read from running text ends (extractors/data/name_stops.tsv): the words that
// follow a law's title or an issuer's name and are no part of it ("Luật Doanh nghiệp thì
// ...", "của Chính phủ quy định ...").
//   NameStopLength("quy", "định") == 2, NameStopLength("về", "việc") == 2,
//   NameStopLength("Tài", "chính") == 0
#pragma once

#include <string_view>

namespace vanban {

// The number of words (1 or 2) of the stop phrase that starts with the word cores `first`
// and `second` (second may be empty); 0 when they start none. A capitalised first word starts
// none ("Ban Chỉ đạo" is a name) except "V/v". The longer phrase wins.
int NameStopLength(std::string_view first, std::string_view second);

}  // namespace vanban
