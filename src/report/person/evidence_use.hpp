#pragma once

// Which of the target's criteria each evidence item counted for: the link a reader follows
// from a piece of evidence to the written criterion it supports (HTML and Markdown reports).

#include "eval/evaluation.hpp"

#include <optional>
#include <string>
#include <vector>

namespace ladder {

// The ids of the target's criteria whose outcome used the item, in the target's order.
std::vector<std::string> counted_for(const std::optional<LevelResult>& target,
                                     const std::string& item);

} // namespace ladder
