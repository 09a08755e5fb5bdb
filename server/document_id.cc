#include "server/document_id.h"

#include <cctype>
#include <nlohmann/json.hpp>
#include <vector>

namespace vanban::server {

StatusOr<std::string> ResolveDocumentId(Store& store, std::string_view id) {
  if (id.size() < 6 || id.size() > 64 ||
      id.find_first_not_of("0123456789abcdefABCDEF") != std::string_view::npos) {
    return InvalidArgument("a document id is 6 to 64 hex digits of its sha256");
  }
  std::string prefix(id);
  for (char& c : prefix) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  StatusOr<std::vector<nlohmann::json>> found = store.Find(prefix);
  if (!found.ok()) return found.status();
  std::vector<std::string> ids;
  for (const nlohmann::json& record : *found) {
    const std::string sha = record.value("id", "");
    if (sha.starts_with(prefix)) ids.push_back(sha);
  }
  if (ids.empty()) return NotFound("no stored document has id " + prefix);
  if (ids.size() > 1) {
    return InvalidArgument("id " + prefix + " is the start of " + std::to_string(ids.size()) +
                           " documents' ids; give more digits");
  }
  return ids[0];
}

}  // namespace vanban::server
