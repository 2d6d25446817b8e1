#pragma once
// One competency as people read it (`ladder show COMPETENCY`): what each rating means, and
// which rating each level asks for.

#include "model/framework.hpp"
#include "util/output_width.hpp"
#include "util/terminal.hpp"

#include <map>
#include <string>

namespace ladder {

// Competency id -> the lowest rating anyone meeting every required criterion of the level
// (with what it includes) has: what the level asks for, whatever the rule's shape.
std::map<std::string, int> level_rating_minimums(const Framework& framework, const Level& level);

std::string render_competency_text(const Framework& framework, const Competency& competency,
                                   const Style& style, std::size_t width = default_output_width);

} // namespace ladder
