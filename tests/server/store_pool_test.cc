#include "server/store_pool.h"

#include <gtest/gtest.h>

#include <atomic>
#include <thread>
#include <vector>

#include "tests/server/test_server.h"

namespace vanban::server {
namespace {

using ::vanban::testing::TestServer;

TEST(StorePool, MissingFileFailsAtOpen) {
  StatusOr<std::unique_ptr<StorePool>> pool = StorePool::Open("/nonexistent/vanban.db", 2);
  ASSERT_FALSE(pool.ok());
  EXPECT_EQ(pool.status().code(), StatusCode::kIoError);
}

TEST(StorePool, LendsAtMostSizeConnectionsAndReusesThem) {
  ASSERT_TRUE(TestServer::Get().ok()) << TestServer::Get().error();
  StatusOr<std::unique_ptr<StorePool>> pool = StorePool::Open(TestServer::Get().db_path(), 2);
  ASSERT_TRUE(pool.ok()) << pool.status().ToString();
  std::atomic<int> lent{0}, most{0}, read{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < 6; ++t) {
    threads.emplace_back([&] {
      for (int i = 0; i < 5; ++i) {
        StatusOr<StorePool::Lease> lease = (*pool)->Acquire();
        if (!lease.ok()) continue;
        int now = ++lent;
        for (int seen = most; now > seen && !most.compare_exchange_weak(seen, now);) {
        }
        StatusOr<Store::Counts> counts = lease->store().Count();
        if (counts.ok() && counts->documents == 3) ++read;
        --lent;
      }
    });
  }
  for (std::thread& t : threads) t.join();
  EXPECT_EQ(read.load(), 30);
  EXPECT_LE(most.load(), 2);
}

}  // namespace
}  // namespace vanban::server
