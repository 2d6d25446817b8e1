#pragma once
// What every report redacted with --redact / --pseudonymise needs: keyed pseudonyms that every
// run with the same key gives again, and taking a name or path out of a message.

#include <string>
#include <string_view>

namespace ladder {

// "p-" and the first 16 hex digits (64 bits) of HMAC-SHA-256(key, id).
std::string pseudonym(std::string_view key, std::string_view id);

// Replaces every occurrence of `from` in `text` by `to` (nothing when `from` is empty).
void replace_all(std::string& text, const std::string& from, std::string_view to);

} // namespace ladder
