// SHA-256 of a byte string, the identity of a source document (SourceInfo::sha256).
// This is the only file that touches OpenSSL (libcrypto's EVP interface).
#pragma once

#include <string>
#include <string_view>

#include "pipeline/status.h"

namespace vanban {

// Lower-case hex SHA-256 of `bytes` (64 characters), or internal when libcrypto fails.
// Example: Sha256Hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad".
StatusOr<std::string> Sha256Hex(std::string_view bytes);

}  // namespace vanban
