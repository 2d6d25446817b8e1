#pragma once
// Output schemas of the commands that review a framework: validate, test, diff.

#include <nlohmann/json.hpp>

namespace ladder {

nlohmann::ordered_json diagnostics_output_schema();
nlohmann::ordered_json test_report_output_schema();
nlohmann::ordered_json diff_output_schema();

} // namespace ladder
