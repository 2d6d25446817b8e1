#pragma once
// SHA-256 (FIPS 180-4) and HMAC-SHA-256 (RFC 2104), small and dependency-free: enough to turn
// a person's id into a keyed pseudonym that two runs with the same key agree on.

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace ladder {

using Sha256Digest = std::array<std::uint8_t, 32>;

Sha256Digest sha256(std::string_view message);
Sha256Digest hmac_sha256(std::string_view key, std::string_view message);
// Lower-case hexadecimal, two digits a byte.
std::string to_hex(const Sha256Digest& digest);

} // namespace ladder
