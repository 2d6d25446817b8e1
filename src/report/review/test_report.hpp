#pragma once
// The results of `ladder test`: per case PASS/FAIL/ERROR with a diff of expected against actual,
// coverage of the criteria, as text, JSON, JUnit, SARIF and GitHub annotations.

#include "review/test_runner.hpp"
#include "util/terminal.hpp"

#include <optional>
#include <string>
#include <vector>

namespace ladder {

struct SuiteRun {
    const TestSuite* suite = nullptr;
    std::vector<CaseResult> results;
};

// Coverage of one framework by the suites that test it.
struct CoverageGroup {
    std::string criteria;   // the criteria path, or "the built-in framework"
    std::string suite_file; // the first suite that tests it, where a shortfall is reported
    Coverage coverage;
};

struct TestRunReport {
    std::vector<SuiteRun> suites;
    bool show_coverage = false;
    std::vector<CoverageGroup> coverage;
    std::optional<double> min_coverage; // percent
    bool fail_only = false;             // text lists only the cases that did not pass
};

struct TestCounts {
    std::size_t passed = 0;
    std::size_t failed = 0;
    std::size_t errors = 0;
};
TestCounts count_results(const TestRunReport& report);

bool below_minimum(const CoverageGroup& group, double min_percent);

std::string render_test_text(const TestRunReport& report, const Style& style);
std::string render_test_json(const TestRunReport& report);
std::string render_test_junit(const TestRunReport& report);
// Failures, errors and coverage shortfalls as diagnostics at the expectation at fault, for
// GitHub annotations and SARIF.
std::vector<Diagnostic> test_findings(const TestRunReport& report);
std::string render_test_sarif(const TestRunReport& report);

} // namespace ladder
