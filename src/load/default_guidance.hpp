#pragma once
// Guidance a criterion inherits when it gives none: its competency's, else the framework's.
// A framework written competency by competency says how to grow once per competency.

#include "model/framework.hpp"

namespace ladder {

// The competency a criterion belongs to: the one it names (`competency:`), else the single
// competency its rule asks a rating of; nullptr when neither says.
const Competency* competency_of(const Framework& framework, const Criterion& criterion);

// Fills the guidance of every criterion (of levels and moves) that gives none.
void apply_default_guidance(Framework& framework);

} // namespace ladder
