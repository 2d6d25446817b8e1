#pragma once
// A person's placement (eval/placement.hpp) as text and as JSON: on each track, the level the
// evidence reaches and what the next level still needs.

#include "eval/placement.hpp"
#include "util/terminal.hpp"

#include <nlohmann/json.hpp>
#include <string>

namespace ladder {

std::string render_placement_text(const Framework& framework, const Person& person,
                                  const Date& as_of, const Placement& placement, const Style& style,
                                  std::size_t width);

nlohmann::ordered_json placement_to_json(const Framework& framework, const Person& person,
                                         const Placement& placement);

} // namespace ladder
