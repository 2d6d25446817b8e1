#include "report/review/test_report.hpp"

#include "report/common/output_format.hpp"
#include "report/diagnostics/diagnostics_report.hpp"
#include "report/diagnostics/junit.hpp"
#include "report/diagnostics/sarif.hpp"
#include "util/json_text.hpp"
#include "util/text.hpp"

#include <cmath>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

namespace ladder {

namespace {

using ordered_json = nlohmann::ordered_json;

std::string position(const Location& where) {
    return fmt::format("{}:{}:{}", where.file, where.line, where.column);
}

std::string case_heading(const TestCase& test) {
    return fmt::format("{} against {} as of {}", test.evidence, test.target,
                       test.as_of.to_string());
}

std::string verdict_label(CaseVerdict verdict, const Style& style) {
    switch (verdict) {
    case CaseVerdict::passed:
        return style.green("PASS ");
    case CaseVerdict::failed:
        return style.red("FAIL ");
    case CaseVerdict::error:
        return style.red("ERROR");
    }
    return "ERROR";
}

// A readable diff of one expectation: what the file says, what ladder found, and why.
std::string mismatch_text(const Mismatch& mismatch, const Style& style) {
    std::string out = fmt::format("      {}: {}\n", position(mismatch.where), mismatch.subject);
    out += style.green(fmt::format("        - expected: {}", mismatch.expected)) + "\n";
    out += style.red(fmt::format("        + actual:   {}", mismatch.actual)) + "\n";
    if (!mismatch.detail.empty()) {
        out += "          why:      " + wrap_text(mismatch.detail, 100, 20) + "\n";
    }
    return out;
}

std::string case_text(const CaseResult& result, const Style& style) {
    const TestCase& test = *result.test;
    std::string out = fmt::format("{} {}\n", verdict_label(result.verdict, style), test.name);
    if (result.verdict == CaseVerdict::passed) {
        return out;
    }
    out += fmt::format("      {}: {}\n", position(test.where), case_heading(test));
    for (const auto& mismatch : result.mismatches) {
        out += mismatch_text(mismatch, style);
    }
    for (const auto& error : result.errors) {
        out += "      " + diagnostic_line(error) + "\n";
    }
    return out;
}

std::string coverage_line(const CoverageGroup& group) {
    const Coverage& coverage = group.coverage;
    return fmt::format("coverage of {}: {} of {} criteria seen both met and not met ({})",
                       group.criteria, coverage.covered, coverage.total, percent(coverage.share()));
}

std::string seen(const CriterionCoverage& entry) {
    if (entry.met) {
        return "seen met, never not met";
    }
    return entry.not_met ? "seen not met, never met" : "never evaluated";
}

std::string coverage_text(const TestRunReport& report, const CoverageGroup& group) {
    std::string out = coverage_line(group) + "\n";
    if (report.show_coverage) {
        for (const auto& entry : group.coverage.criteria) {
            if (!entry.covered()) {
                out +=
                    fmt::format("  {} ({}): {}\n", entry.criterion->id, entry.owner, seen(entry));
            }
        }
    }
    if (report.min_coverage && below_minimum(group, *report.min_coverage)) {
        out += fmt::format("coverage {} is below the minimum of {}% (--min-coverage)\n",
                           percent(group.coverage.share()), format_number(*report.min_coverage));
    }
    return out;
}

ordered_json mismatch_json(const Mismatch& mismatch) {
    return {{"file", mismatch.where.file},     {"line", mismatch.where.line},
            {"column", mismatch.where.column}, {"subject", mismatch.subject},
            {"expected", mismatch.expected},   {"actual", mismatch.actual},
            {"detail", mismatch.detail}};
}

ordered_json case_json(const SuiteRun& run, const CaseResult& result) {
    const TestCase& test = *result.test;
    ordered_json mismatches = ordered_json::array();
    for (const auto& mismatch : result.mismatches) {
        mismatches.push_back(mismatch_json(mismatch));
    }
    return {{"suite", run.suite->path},        {"name", test.name},
            {"line", test.where.line},         {"column", test.where.column},
            {"evidence", test.evidence},       {"target", test.target},
            {"as_of", test.as_of.to_string()}, {"result", to_string(result.verdict)},
            {"mismatches", mismatches},        {"errors", diagnostics_to_json(result.errors)}};
}

ordered_json coverage_json(const TestRunReport& report, const CoverageGroup& group) {
    ordered_json criteria = ordered_json::array();
    for (const auto& entry : group.coverage.criteria) {
        criteria.push_back({{"id", entry.criterion->id},
                            {"stated_by", entry.owner},
                            {"met", entry.met},
                            {"not_met", entry.not_met},
                            {"covered", entry.covered()}});
    }
    bool below = report.min_coverage && below_minimum(group, *report.min_coverage);
    return {{"criteria_path", group.criteria},
            {"covered", group.coverage.covered},
            {"total", group.coverage.total},
            {"share", std::round(group.coverage.share() * 1000) / 1000},
            {"below_minimum", below},
            {"criteria", criteria}};
}

std::string failure_message(const CaseResult& result) {
    std::vector<std::string> parts;
    for (const auto& mismatch : result.mismatches) {
        parts.push_back(fmt::format("{}: expected {}, got {}", mismatch.subject, mismatch.expected,
                                    mismatch.actual));
    }
    return join(parts, "; ");
}

JunitCase junit_case(const SuiteRun& run, const CaseResult& result) {
    JunitCase test{run.suite->path, result.test->name, std::nullopt, std::nullopt, ""};
    std::string details = case_text(result, Style(false));
    if (result.verdict == CaseVerdict::failed) {
        test.failure = JunitProblem{failure_message(result), "test-failed", details};
    } else if (result.verdict == CaseVerdict::error) {
        std::string first = result.errors.empty() ? "" : result.errors.front().message;
        test.error = JunitProblem{"could not run: " + first, "test-error", details};
    }
    return test;
}

JunitCase coverage_case(const TestRunReport& report, const CoverageGroup& group) {
    JunitCase test{group.suite_file, "coverage of " + group.criteria, std::nullopt, std::nullopt,
                   coverage_text(report, group)};
    if (below_minimum(group, *report.min_coverage)) {
        test.failure = JunitProblem{coverage_line(group), "coverage-below-minimum",
                                    coverage_text(report, group)};
    }
    return test;
}

} // namespace

TestCounts count_results(const TestRunReport& report) {
    TestCounts counts;
    for (const auto& run : report.suites) {
        for (const auto& result : run.results) {
            counts.passed += result.verdict == CaseVerdict::passed ? 1 : 0;
            counts.failed += result.verdict == CaseVerdict::failed ? 1 : 0;
            counts.errors += result.verdict == CaseVerdict::error ? 1 : 0;
        }
    }
    return counts;
}

// Whole numbers compared, so that 80% of 10 criteria meets --min-coverage 80 exactly.
bool below_minimum(const CoverageGroup& group, double min_percent) {
    return static_cast<double>(group.coverage.covered) * 100 <
           min_percent * static_cast<double>(group.coverage.total);
}

std::string render_test_text(const TestRunReport& report, const Style& style) {
    std::string out;
    for (const auto& run : report.suites) {
        out += style.bold(fmt::format("{}: {}", run.suite->path,
                                      plural(static_cast<long>(run.results.size()), "case"))) +
               "\n";
        for (const auto& result : run.results) {
            if (!report.fail_only || result.verdict != CaseVerdict::passed) {
                out += case_text(result, style);
            }
        }
    }
    for (const auto& group : report.coverage) {
        out += "\n" + coverage_text(report, group);
    }
    TestCounts counts = count_results(report);
    out += fmt::format("\n{} passed, {} failed, {}\n", counts.passed, counts.failed,
                       plural(static_cast<long>(counts.errors), "error"));
    return out;
}

std::string render_test_json(const TestRunReport& report) {
    TestCounts counts = count_results(report);
    ordered_json cases = ordered_json::array();
    for (const auto& run : report.suites) {
        for (const auto& result : run.results) {
            cases.push_back(case_json(run, result));
        }
    }
    ordered_json coverage = ordered_json::array();
    for (const auto& group : report.coverage) {
        coverage.push_back(coverage_json(report, group));
    }
    ordered_json document = {
        {"passed", counts.passed},
        {"failed", counts.failed},
        {"errors", counts.errors},
        {"cases", cases},
        {"coverage", report.coverage.empty() ? ordered_json(nullptr) : coverage},
        {"min_coverage",
         report.min_coverage ? ordered_json(*report.min_coverage) : ordered_json(nullptr)}};
    return json_text(with_output_format("ladder-test-report", document), 2) + "\n";
}

std::string render_test_junit(const TestRunReport& report) {
    std::vector<JunitSuite> suites;
    for (const auto& run : report.suites) {
        JunitSuite suite{run.suite->path, {}};
        for (const auto& result : run.results) {
            suite.cases.push_back(junit_case(run, result));
        }
        suites.push_back(std::move(suite));
    }
    if (report.min_coverage) {
        JunitSuite suite{"coverage", {}};
        for (const auto& group : report.coverage) {
            suite.cases.push_back(coverage_case(report, group));
        }
        suites.push_back(std::move(suite));
    }
    return render_junit("ladder test", suites);
}

std::vector<Diagnostic> test_findings(const TestRunReport& report) {
    Diagnostics findings;
    for (const auto& run : report.suites) {
        for (const auto& result : run.results) {
            const TestCase& test = *result.test;
            for (const auto& mismatch : result.mismatches) {
                findings.error(mismatch.where, "test-failed",
                               fmt::format("test case '{}': {}: expected {}, got {}{}", test.name,
                                           mismatch.subject, mismatch.expected, mismatch.actual,
                                           mismatch.detail.empty() ? "" : "; " + mismatch.detail));
            }
            if (result.verdict == CaseVerdict::error) {
                findings.error(test.evidence_where, "test-error",
                               fmt::format("test case '{}' could not run: {}", test.name,
                                           result.errors.empty()
                                               ? std::string("unknown reason")
                                               : diagnostic_line(result.errors.front())));
            }
            for (const auto& error : result.errors) {
                findings.add(error);
            }
        }
    }
    for (const auto& group : report.coverage) {
        if (report.min_coverage && below_minimum(group, *report.min_coverage)) {
            findings.error({group.suite_file, 0, 0}, "coverage-below-minimum",
                           fmt::format("{}; the minimum is {}%", coverage_line(group),
                                       format_number(*report.min_coverage)));
        }
    }
    return findings.sorted();
}

std::string render_test_sarif(const TestRunReport& report) {
    return render_sarif(test_findings(report));
}

} // namespace ladder
