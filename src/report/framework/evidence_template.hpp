#pragma once
// `ladder template LEVEL`: an evidence-file skeleton that lists, in the words of the criteria,
// what to gather for a level.

#include "model/framework.hpp"

#include <string>

namespace ladder {

std::string render_evidence_template(const Framework& framework, const Level& level);

} // namespace ladder
