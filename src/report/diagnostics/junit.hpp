#pragma once
// JUnit XML, the test report format CI services (GitLab, Jenkins, Azure, GitHub actions that
// publish test results) read: <testsuites> of <testsuite> of <testcase>, each passing, failing
// (<failure>) or unable to run (<error>).

#include "util/diagnostic.hpp"

#include <optional>
#include <string>
#include <vector>

namespace ladder {

struct JunitProblem {
    std::string message; // one line, shown in CI lists
    std::string type;    // a code: "test-failed", "unknown-competency"
    std::string text;    // the full explanation
};

struct JunitCase {
    std::string classname;
    std::string name;
    std::optional<JunitProblem> failure;
    std::optional<JunitProblem> error;
    std::string system_out; // e.g. warnings, which JUnit has no element for
};

struct JunitSuite {
    std::string name;
    std::vector<JunitCase> cases;
};

std::string render_junit(const std::string& name, const std::vector<JunitSuite>& suites);

// validate's findings: one suite per file checked, one case per diagnostic (errors fail, the
// codes of unreadable inputs are errors, warnings pass with the warning in system-out), and a
// passing "no problems" case for a clean file, so that every file checked is listed.
std::string render_diagnostics_junit(const std::vector<Diagnostic>& diagnostics,
                                     const std::vector<std::string>& files_checked);

// "path:line:column: severity: message [code]"
std::string diagnostic_line(const Diagnostic& diagnostic);

} // namespace ladder
