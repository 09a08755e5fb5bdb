// Numbered SQL parameters for statements the query layer assembles from fixed fragments:
// each value goes into the parameter list and the fragment gets its "?N".
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "pipeline/store/store.h"

namespace vanban {

class SqlParams {
 public:
  // "?N" for value, the N-th parameter.
  std::string Add(Store::SqlValue value) {
    values_.push_back(std::move(value));
    return "?" + std::to_string(values_.size());
  }
  const std::vector<Store::SqlValue>& values() const { return values_; }

 private:
  std::vector<Store::SqlValue> values_;
};

}  // namespace vanban
