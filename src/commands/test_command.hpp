#pragma once
// `ladder test [PATH]`: run a criteria repository's test cases (ladder-tests.yaml files) and
// report which pass, which fail and why, and how much of the criteria they exercise.

#include "commands/common.hpp"

#include <optional>
#include <string>

namespace ladder {

struct TestOptions {
    std::string path = "."; // a suite file, or a directory searched for ladder-tests.yaml
    bool coverage = false;
    std::optional<double> min_coverage; // percent, 0..100
    Format format = Format::text;
    bool format_auto = false; // --format auto: github in GitHub Actions, text elsewhere
    // --output FORMAT=FILE: the same report written to FILE, beside stdout's.
    std::vector<std::string> outputs;
    bool fail_only = false; // text: list only the cases that did not pass
};

// Exit status: 0 every case passed (and coverage is at least --min-coverage), 1 a case failed
// or coverage is below the minimum, 2 trouble (no suite, an invalid suite or framework, a case
// whose evidence file could not be read or is invalid). A suite that cannot be run is
// reported, and the other suites still run.
int run_test(const CommonOptions& common, const TestOptions& options, const Console& console);

} // namespace ladder
