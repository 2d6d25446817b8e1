#pragma once
// Checks of an openings file against a framework: every opening names a level of it, and (when
// the framework lists the labels people carry) only labels it knows.

#include "model/framework.hpp"
#include "model/openings.hpp"

namespace ladder {

void check_openings(const Framework& framework, const OpeningsFile& openings,
                    Diagnostics& diagnostics);

} // namespace ladder
