#pragma once
// The evidence schema narrowed to one framework (`ladder schema evidence --criteria PATH`):
// every place an evidence file names a track, level, competency, programme or criterion lists
// the framework's real ids, so that an editor completes them and flags a typo as you type.

#include "model/framework.hpp"

#include <string>

namespace ladder {

std::string framework_evidence_json_schema(const Framework& framework);

} // namespace ladder
