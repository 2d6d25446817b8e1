#pragma once
// --redact and --pseudonymise: a problem found in a person's file, told with nothing of the file
// in it. A message may quote any value of the file (`found 'Zoe Secret'` where a map was
// expected), and a path may hold bytes that a report shows escaped (a Latin-1 name, a tab, a
// bidi control), so looking for the name or the path in the rendered line cannot be relied on.
// Instead the redacted diagnostic is built from what is known to be safe: its line and column,
// its severity, its code and the code's fixed description (report/diagnostics/diagnostic_codes).

#include "util/diagnostic.hpp"

#include <string_view>
#include <vector>

namespace ladder {

// What a redacted diagnostic's place reads.
inline constexpr std::string_view redacted_place = "(redacted)";

// The same line, column, severity and code; the file is "(redacted)" and the message the code's
// description: "(redacted):2:9: error: A value is of the wrong type (...). [wrong-type]".
Diagnostic redacted_diagnostic(const Diagnostic& diagnostic);
std::vector<Diagnostic> redacted_diagnostics(std::vector<Diagnostic> diagnostics);

} // namespace ladder
