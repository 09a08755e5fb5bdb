#include "pipeline/query/citations.h"

namespace vanban {

StatusOr<std::vector<Citation>> CitationsFrom(Store&, const std::string&) {
  return Unsupported("citations are not implemented yet");
}

StatusOr<std::vector<Citation>> CitationsTo(Store&, const std::string&) {
  return Unsupported("citations are not implemented yet");
}

StatusOr<std::vector<Citation>> CitingNumber(Store&, std::string_view) {
  return Unsupported("citations are not implemented yet");
}

}  // namespace vanban
