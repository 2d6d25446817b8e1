#pragma once
// How many rules a criterion stands for once YAML aliases are expanded: its own rule plus every
// option of its combinations (all_of, any_of, at_least), however deep. yaml-cpp shares an
// aliased node, so a rule referenced a thousand times is written once but parsed, and evaluated
// for every person, a thousand times: the framework's limit must count what is evaluated.

#include "yaml/yaml_node.hpp"

#include <cstddef>

namespace ladder {

// `criterion` is a criterion's map (or an option's). Stops counting once `stop_after` is
// passed, so an alias bomb costs no more than the limit it breaks.
std::size_t count_expanded_rules(const YamlNode& criterion, std::size_t stop_after);

} // namespace ladder
