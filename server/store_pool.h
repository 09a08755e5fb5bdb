// Read-only connections to one database, each lent to one request at a time. The HTTP server
// answers on a pool of threads; a Store (one SQLite connection) is never used by two of them
// at once, and with write-ahead logging the connections read side by side, also while
// `vanban ingest` writes. Connections are opened when first needed, at most `size`.
// Example:
//   StatusOr<std::unique_ptr<StorePool>> pool = StorePool::Open("vanban.db", 8);
//   StatusOr<StorePool::Lease> lease = (*pool)->Acquire();
//   if (lease.ok()) Use(lease->store());  // returned to the pool when lease goes
#pragma once

#include <condition_variable>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "pipeline/status.h"
#include "pipeline/store/store.h"

namespace vanban::server {

class StorePool {
 public:
  // Opens the first connection (Store::OpenReadOnly), so a missing or foreign file fails
  // here, before the server listens. size >= 1.
  static StatusOr<std::unique_ptr<StorePool>> Open(const std::string& path, int size);

  // One connection, for as long as the Lease lives.
  class Lease {
   public:
    Lease(Lease&& other) noexcept : pool_(other.pool_), store_(std::move(other.store_)) {}
    Lease& operator=(Lease&&) = delete;
    ~Lease();
    Store& store() { return *store_; }

   private:
    friend class StorePool;
    Lease(StorePool* pool, std::unique_ptr<Store> store) : pool_(pool), store_(std::move(store)) {}
    StorePool* pool_;
    std::unique_ptr<Store> store_;
  };

  // A free connection; waits while all `size` are lent. io_error when a new connection
  // cannot be opened.
  StatusOr<Lease> Acquire();

 private:
  StorePool(std::string path, int size) : path_(std::move(path)), size_(size) {}
  void Return(std::unique_ptr<Store> store);

  const std::string path_;
  const int size_;
  std::mutex mutex_;
  std::condition_variable returned_;
  std::vector<std::unique_ptr<Store>> free_;  // guarded by mutex_
  int opened_ = 0;                            // guarded by mutex_
};

}  // namespace vanban::server
