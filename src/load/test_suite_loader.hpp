#pragma once
// A `ladder-tests.yaml` file -> TestSuite: the cases a criteria repository runs with
// `ladder test`. Unknown keys, wrong types and unknown statuses are diagnostics at the node
// at fault; relative paths are resolved against the suite file's directory.

#include "load/source_text.hpp"
#include "model/test_case.hpp"
#include "yaml/limits.hpp"

#include <optional>

namespace ladder {

// The file name `ladder test DIR` looks for.
inline constexpr const char* test_suite_file_name = "ladder-tests.yaml";

// nullopt when the file is not a suite at all; otherwise the cases that could be read (the
// caller treats any error in the diagnostics as trouble).
std::optional<TestSuite> load_test_suite(const SourceText& source, const InputLimits& limits,
                                         Diagnostics& diagnostics);

} // namespace ladder
