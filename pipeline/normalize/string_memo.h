// A memory for a pure function of a string whose arguments repeat (the syllables of a text,
// the names a gazetteer is asked about): the first call computes, later ones look up. Keep
// one per thread (thread_local); it forgets everything when it reaches its capacity.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace vanban {

class StringMemo {
 public:
  explicit StringMemo(size_t capacity) : capacity_(capacity) {}

  // compute(key), computed once while remembered. The reference is valid until the next call.
  template <typename Compute>
  const std::string& Get(std::string_view key, Compute compute) {
    auto it = memory_.find(key);
    if (it != memory_.end()) return it->second;
    if (memory_.size() >= capacity_) memory_.clear();
    return memory_.emplace(std::string(key), compute(key)).first->second;
  }

 private:
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  size_t capacity_;
  std::unordered_map<std::string, std::string, Hash, std::equal_to<>> memory_;
};

}  // namespace vanban
