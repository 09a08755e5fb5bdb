// Result pages: `limit` and `offset` read and bounded (server/limits.h), and a page's JSON
// {"<items>": [...], "limit", "offset", "next_offset"} where next_offset is null on the
// last page. Searches are asked for limit + 1 results, so whether another page follows is
// known without counting them all.
#pragma once

#include <algorithm>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "pipeline/status.h"
#include "server/api.h"
#include "server/params.h"

namespace vanban::server {

struct Page {
  int limit = 0;
  int offset = 0;
};

// The page `params` ask for; invalid_argument when limit or offset is out of bounds.
StatusOr<Page> ReadPage(const QueryParams& params);

// The page's JSON for `rest`, the results from page.offset on (at least page.limit + 1 of
// them when another page follows), each turned into JSON by `to_json`.
template <typename T, typename ToJson>
nlohmann::json PageJson(const char* items_name, const std::vector<T>& rest, Page page,
                        ToJson to_json) {
  nlohmann::json items = nlohmann::json::array();
  const size_t n = std::min(rest.size(), static_cast<size_t>(page.limit));
  for (size_t i = 0; i < n; ++i) items.push_back(to_json(rest[i]));
  nlohmann::json next = nullptr;
  if (rest.size() > n) next = page.offset + page.limit;
  return {{items_name, std::move(items)},
          {"limit", page.limit},
          {"offset", page.offset},
          {"next_offset", std::move(next)}};
}

// PageJson over a whole list held in memory: the page is cut from `all`.
template <typename T, typename ToJson>
nlohmann::json PageOfAll(const char* items_name, std::vector<T> all, Page page, ToJson to_json) {
  all.erase(all.begin(), all.begin() + std::min(all.size(), static_cast<size_t>(page.offset)));
  return PageJson(items_name, all, page, to_json);
}

// Answers a search for the page `params` ask for: `search(filter)` with the page's offset
// and limit + 1, its results as the page's JSON; its error as an error response.
template <typename Filter, typename Search, typename ToJson>
ApiResponse SearchPage(const QueryParams& params, Filter filter, Search search,
                       const char* items_name, ToJson to_json) {
  StatusOr<Page> page = ReadPage(params);
  if (!page.ok()) return ErrorResponse(page.status());
  filter.limit = page->limit + 1;
  filter.offset = page->offset;
  auto hits = search(filter);
  if (!hits.ok()) return ErrorResponse(hits.status());
  return {200, PageJson(items_name, *hits, *page, to_json)};
}

}  // namespace vanban::server
