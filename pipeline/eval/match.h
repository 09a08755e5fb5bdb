// Matching rules of evaluation: when a gold value and an extracted value count as the same.
// Each rule is a small pure function implementing one line of the "Matching" section of
// ../shared/spec/ANNOTATION.md; pipeline/eval/eval.h scores with them.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace vanban {

// The comparison form of a text: quotation marks removed; then FoldKey (NFC, lower case,
// one tone-mark placement, white space runs made one, trimmed); a leading "v/v" read as
// "về việc"; "ủy ban nhân dân", "hội đồng nhân dân" and "mặt trận tổ quốc" (with or without
// a following "việt nam") each made one word; final punctuation (. , ; : ! ? …) dropped.
// "đ" stays distinct from "d".
// NormalizeText("V/v  “Hoà” giải.") == "về việc hòa giải"
// NormalizeText("UBND") == "ubnd" (abbreviations are not expanded here)
std::string NormalizeText(std::string_view text);

// True when both texts have the same NormalizeText form.
bool TextEqual(std::string_view a, std::string_view b);

// The words of a text: the runs of letters and digits of NormalizeText(text), in order.
// TextWords("Ủy ban nhân dân các huyện, thị xã") == {"ủybannhândân", "các", "huyện", "thị", "xã"}
std::vector<std::string> TextWords(std::string_view text);

// Agency names match when they are equal (NormalizeText) after a leading "các" / "những" is
// dropped, or when the words of one are all among the words of the other (counted with
// repetition) and the longer has at most three words more. An empty name matches only an
// empty name.
// AgencyNamesMatch("các Bộ, ngành", "Bộ, ngành") == true
// AgencyNamesMatch("Sở Y tế", "Sở Y tế tỉnh Sơn La") == true  (3 more words)
bool AgencyNamesMatch(std::string_view gold, std::string_view got);

// The comparison key of a document number: diacritics removed, "đ" read as "d", lower case,
// then its runs of letters and digits joined by one space; a run of digits loses its leading
// zeros (the guide reads "02/CT - UBND" as "2 ct ubnd"). Empty when the number has no run.
// ReferenceNumberKey("41/QĐ-TCT") == "41 qd tct"
std::string ReferenceNumberKey(std::string_view number);

// A cited document as compared: type code, and number or title (either may be empty).
struct ReferenceKey {
  std::string type;
  std::string number;  // as written; empty when unnumbered
  std::string title;   // empty when absent
};

// Types equal (as codes) and: when the gold reference has a number, numbers with equal
// ReferenceNumberKey; when it has none (Luật, Hiến pháp, treaties, congress resolutions),
// titles equal by TextEqual. A gold reference with neither matches nothing.
bool ReferencesMatch(const ReferenceKey& gold, const ReferenceKey& got);

// A maximum one-to-one pairing between gold items 0..n_gold-1 and extracted items
// 0..n_got-1, where `match(i, j)` says whether gold i and extracted j may be paired (Kuhn's
// augmenting paths: no item is used twice, and no other pairing has more pairs). Pairs are
// (gold index, extracted index) in gold order. Deterministic: earlier items are tried first.
std::vector<std::pair<int, int>> MatchOneToOne(int n_gold, int n_got,
                                               const std::function<bool(int, int)>& match);

}  // namespace vanban
