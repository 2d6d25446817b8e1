#pragma once
// Checks of meaning across a loaded framework: ids, references, bands, includes, rules that
// can never be met, levels no one can reach. Every problem is added to the diagnostics.

#include "model/framework.hpp"

namespace ladder {

void check_framework(const Framework& framework, Diagnostics& diagnostics);

} // namespace ladder
