#pragma once
// Output schemas of `ladder show --format json`: the whole framework, or one level.

#include <nlohmann/json.hpp>

namespace ladder {

nlohmann::ordered_json framework_output_schema();
nlohmann::ordered_json level_output_schema();

} // namespace ladder
