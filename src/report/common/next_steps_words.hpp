#pragma once
// Next steps in plain words, shared by every format of the gap report so they read alike.

#include "eval/next_steps.hpp"

#include <string>
#include <vector>

namespace ladder {

// "1 more project where you were lead, at multi-team scope or wider, showing Delivery,
// dated on or after 2025-05-01"; "a rating of at least 4 (Advanced) in Delivery".
std::string describe_step(const Framework& framework, const NextStep& step);

// "closes 3 required criteria: IC4-1, IC4-2, IC4-5" (and optional ones after them).
std::string describe_closes(const NextStep& step);

// The plan in one line: "4 steps to ready: 2 new evidence items, ..." or why there is none.
std::string next_steps_summary(const NextSteps& plan, bool ready);

} // namespace ladder
