#pragma once
// JSON Schemas of the files a criteria repository keeps beside its framework: the test suite
// of `ladder test` (ladder-tests.yaml) and the openings file (its outline only, until ladder
// reads openings).

#include <string>

namespace ladder {

std::string test_suite_json_schema();

std::string openings_json_schema();

} // namespace ladder
