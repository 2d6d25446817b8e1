#pragma once
// Helpers shared by the rule kinds: wording of competencies and ratings, and the common
// checks of referenced ids.

#include "model/framework.hpp"
#include "model/person.hpp"
#include "rules/rule_kinds.hpp"

#include <string>

namespace ladder {

// "Technical depth" (the id itself if unknown).
std::string competency_name(const Framework& framework, std::string_view id);
// "4 (Advanced)" using the scale's label.
std::string rating_with_label(const Framework& framework, int rating);

// Reports `ref` unless it names one of `known` ("unknown competency 'x' (did you mean ...)").
void check_reference(Diagnostics& diagnostics, const IdRef& ref, std::string_view what,
                     const std::vector<std::string>& known);

// The map of a rule's value, checked against its keys; `what` is "rule 'rating'".
MapReader rule_map(const RuleSource& source, std::string_view kind, std::vector<std::string> keys);

} // namespace ladder
