#pragma once
// Checks of meaning across a loaded framework: ids, references, bands, includes, rules that
// can never be met, levels no one can reach. Every problem is added to the diagnostics.

#include "model/framework.hpp"

namespace ladder {

// Runs every check; warnings the framework switches off (`checks: {disable: [...]}`) are
// dropped, and a code there that names no warning is an error.
void check_framework(const Framework& framework, Diagnostics& diagnostics);

// The codes of the warnings check_framework may give: what `checks: disable` accepts.
const std::vector<std::string>& framework_warning_codes();

} // namespace ladder
