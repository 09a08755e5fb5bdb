#include <iostream>

#include "server/api.h"

namespace vanban::server {

ApiResponse ErrorResponse(const Status& status) {
  switch (status.code()) {
    case StatusCode::kInvalidArgument:
      return {400, {{"error", status.message()}}};
    case StatusCode::kNotFound:
      return {404, {{"error", status.message()}}};
    default:
      std::cerr << "vanban serve: " << status.ToString() << "\n";
      return {500,
              {{"error", "the database could not answer (" +
                             std::string(StatusCodeName(status.code())) +
                             "); the server log says more"}}};
  }
}

}  // namespace vanban::server
