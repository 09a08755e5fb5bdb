#include "server/store_pool.h"

#include <utility>

namespace vanban::server {

StatusOr<std::unique_ptr<StorePool>> StorePool::Open(const std::string& path, int size) {
  StatusOr<std::unique_ptr<Store>> first = Store::OpenReadOnly(path);
  if (!first.ok()) return first.status();
  std::unique_ptr<StorePool> pool(new StorePool(path, size < 1 ? 1 : size));
  pool->free_.push_back(std::move(first).value());
  pool->opened_ = 1;
  return pool;
}

StatusOr<StorePool::Lease> StorePool::Acquire() {
  std::unique_lock lock(mutex_);
  returned_.wait(lock, [&] { return !free_.empty() || opened_ < size_; });
  if (!free_.empty()) {
    std::unique_ptr<Store> store = std::move(free_.back());
    free_.pop_back();
    return Lease(this, std::move(store));
  }
  ++opened_;
  lock.unlock();
  StatusOr<std::unique_ptr<Store>> store = Store::OpenReadOnly(path_);
  if (!store.ok()) {
    std::lock_guard relock(mutex_);
    --opened_;
    returned_.notify_one();
    return store.status();
  }
  return Lease(this, std::move(store).value());
}

StorePool::Lease::~Lease() {
  if (store_) pool_->Return(std::move(store_));
}

void StorePool::Return(std::unique_ptr<Store> store) {
  {
    std::lock_guard lock(mutex_);
    free_.push_back(std::move(store));
  }
  returned_.notify_one();
}

}  // namespace vanban::server
