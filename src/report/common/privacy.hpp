#pragma once
// What every report redacted with --redact / --pseudonymise needs: keyed pseudonyms that every
// run with the same key gives again, and warnings about the inputs without their paths. (An
// error about a person's file is told without anything of the file: diagnostics/redaction.)

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

} // namespace ladder
