#include "extractors/agencies.h"

#include "pipeline/normalize/fold.h"

namespace vanban {

// PLACEHOLDER until the agencies extractor lands.
std::vector<AgencyMention> FindAgencies(const Document&, Span) { return {}; }
std::string AgencyKey(std::string_view name) { return FoldKey(name); }

}  // namespace vanban
