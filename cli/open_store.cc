#include <iostream>

#include "cli/commands.h"

namespace vanban {

std::unique_ptr<Store> OpenStoreOrReport(CommandContext& ctx) {
  StatusOr<std::unique_ptr<Store>> store = Store::Open(ctx.db_path);
  if (!store.ok()) {
    std::cerr << "vanban: " << ctx.db_path << ": " << store.status().ToString() << "\n";
    ctx.exit_code = 2;
    return nullptr;
  }
  return std::move(store).value();
}

}  // namespace vanban
