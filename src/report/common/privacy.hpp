#pragma once
// What every report redacted with --redact / --pseudonymise needs: keyed pseudonyms that every
// run with the same key gives again, and taking a name or path out of a message.

#include "util/diagnostic.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace ladder {

// "p-" and the first 16 hex digits (64 bits) of HMAC-SHA-256(key, id).
std::string pseudonym(std::string_view key, std::string_view id);

// The diagnostics with every path taken out: a redacted run's warnings about its inputs (a
// directory listed twice, a link loop) name directories, and directories may be named after
// people. Their messages name no path.
std::vector<Diagnostic> without_paths(std::vector<Diagnostic> diagnostics);

// Replaces every occurrence of `from` in `text` by `to` (nothing when `from` is empty).
void replace_all(std::string& text, const std::string& from, std::string_view to);

} // namespace ladder
