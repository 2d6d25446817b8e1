#pragma once
// Output schema of `ladder candidates --format json`.

#include <nlohmann/json.hpp>

namespace ladder {

nlohmann::ordered_json candidates_output_schema();

} // namespace ladder
