#include "pipeline/store/store.h"

namespace vanban {

// PLACEHOLDER until the SQLite store lands.
struct Store::Impl {};
Store::Store(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Store::~Store() = default;
StatusOr<std::unique_ptr<Store>> Store::Open(const std::string&) {
  return Internal("store not implemented");
}

}  // namespace vanban
