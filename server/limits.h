// The bounds of the HTTP API: how much a request may ask for and how large it may be. A
// request beyond them is refused (400, 413 or 414) rather than served slowly.
#pragma once

#include <cstddef>

namespace vanban::server {

inline constexpr int kDefaultLimit = 50;      // results per page when `limit` is not given
inline constexpr int kMaxLimit = 200;         // the largest page
inline constexpr int kMaxOffset = 100000;     // the deepest page start
inline constexpr size_t kMaxTextParam = 200;  // bytes of a free-text parameter (q, agency, ...)
inline constexpr size_t kMaxTarget = 2048;    // bytes of path + query string, else 414
inline constexpr size_t kMaxBody = 1024;      // bytes of a request body, else 413
inline constexpr int kWorkerThreads = 8;      // requests served at once, one connection each

}  // namespace vanban::server
