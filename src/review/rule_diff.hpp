#pragma once
// Comparing two versions of a rule as written (Rule::to_json) and saying, per difference,
// whether it makes the rule stricter or looser: a minimum going up is stricter, a time window
// getting shorter is stricter, a filter list narrowing is stricter, and so on.

#include "review/framework_diff.hpp"

#include <nlohmann/json.hpp>

namespace ladder {

struct RuleDiff {
    std::vector<Aspect> aspects; // one per difference whose direction is known
    bool unclassified = false;   // some difference has no clear direction (e.g. another kind)
};

// `framework` (the newer one) names competencies in the texts.
RuleDiff diff_rules(const nlohmann::json& before, const nlohmann::json& after,
                    const Framework& framework);

} // namespace ladder
