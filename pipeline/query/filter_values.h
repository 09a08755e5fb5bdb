// Checks and keys shared by the search filters (obligation_query.h, document_query.h).
#pragma once

#include <string>
#include <string_view>

#include "pipeline/status.h"

namespace vanban {

// Ok for "" (no bound) and for a real day "YYYY-MM-DD"; else invalid_argument naming the
// option: CheckDay("--due-before", "31/12") says it wants "YYYY-MM-DD".
Status CheckDay(std::string_view option, const std::string& day);

// Ok for limit 1..1000 and offset >= 0.
Status CheckPage(int limit, int offset);

// The key an agency or issuer filter compares: FoldAscii(AgencyKey(name)), so "UBND tỉnh",
// "Ủy ban nhân dân Tỉnh" and "uy ban nhan dan tinh" give one key. "" for a name without
// letters or digits.
std::string AgencyFilterKey(std::string_view name);

// SQL condition: the words of the key in parameter `param` ("?3") occur in this order as
// whole words of d.issuer_key ("thu tuong" in "thu tuong chinh phu", not "ha" in "thanh hoa").
std::string IssuerHasWords(const std::string& param);

}  // namespace vanban
