#include "commands/test_command.hpp"

#include "check/evidence_checks.hpp"
#include "commands/ci_outputs.hpp"
#include "commands/people_facts_input.hpp"
#include "load/evidence_loader.hpp"
#include "load/test_suite_loader.hpp"
#include "report/diagnostics/diagnostics_report.hpp"
#include "report/review/test_report.hpp"
#include "util/text.hpp"

#include <filesystem>
#include <fmt/format.h>
#include <map>
#include <ostream>
#include <set>

namespace ladder {

namespace {

const char* built_in = "the built-in framework";

// The suite files: PATH itself if it is a file, else every ladder-tests.yaml below it.
std::vector<std::string> find_suites(const std::string& path, Diagnostics& diagnostics) {
    std::vector<std::string> suites;
    auto files = list_yaml_files(path, diagnostics);
    bool is_file = files.size() == 1 && files.front() == std::filesystem::path(path);
    for (const auto& file : files) {
        if (is_file || file.filename() == test_suite_file_name) {
            suites.push_back(file.lexically_normal().string());
        }
    }
    if (suites.empty() && !diagnostics.has_errors()) {
        diagnostics.error({path, 0, 0}, "unreadable-path",
                          fmt::format("expected a test suite file or a directory with {} files, "
                                      "found none",
                                      test_suite_file_name));
    }
    return suites;
}

struct LoadedSuites {
    std::vector<TestSuite> suites; // those without errors
    std::vector<SourceText> sources;
    Diagnostics diagnostics;
    std::size_t broken = 0; // suite files with errors: reported, not run
};

// Every suite file; one with errors is set aside (its diagnostics kept) so that the others run.
LoadedSuites load_suites(const std::string& path, const InputLimits& limits) {
    LoadedSuites loaded;
    for (const auto& file : find_suites(path, loaded.diagnostics)) {
        Diagnostics problems;
        std::optional<TestSuite> suite;
        for (auto& source : read_sources(file, limits, problems)) {
            source.path = file;
            suite = load_test_suite(source, limits, problems);
            loaded.sources.push_back(std::move(source));
        }
        if (suite && !problems.has_errors()) {
            loaded.suites.push_back(std::move(*suite));
        } else {
            ++loaded.broken;
        }
        loaded.diagnostics.append(problems);
    }
    return loaded;
}

void print_errors(const Diagnostics& diagnostics, const std::vector<SourceText>& sources,
                  const Console& console) {
    console.err << render_diagnostics_text(diagnostics.sorted(), sources,
                                           {console.err_style, console.err_is_terminal});
}

// The framework a suite tests: --criteria, else the suite's `criteria:`, else LADDER_CRITERIA,
// else the built-in one.
std::optional<std::string> criteria_path(const CommonOptions& common, const TestSuite& suite) {
    if (common.criteria && !common.criteria_from_environment) {
        return common.criteria;
    }
    return suite.criteria ? suite.criteria : common.criteria;
}

struct FrameworkUnderTest {
    LoadedCriteria criteria;
    PeopleFacts facts;
    CoverageCounter counter;
    std::string suite_file;
};

CaseResult run_case(const TestCase& test, FrameworkUnderTest& under_test,
                    const InputLimits& limits) {
    Diagnostics diagnostics;
    auto sources = read_sources(test.evidence, limits, diagnostics);
    std::optional<Person> person;
    if (sources.size() == 1) {
        person = load_person(sources.front(), limits, diagnostics,
                             under_test.criteria.framework.vocabularies);
    } else if (sources.size() > 1) {
        diagnostics.error({test.evidence, 0, 0}, "unreadable-file",
                          "expected an evidence file, found a directory");
    }
    const Framework& framework = under_test.criteria.framework;
    if (person) {
        settle_person(framework, under_test.facts, *person, test.as_of, diagnostics);
    }
    if (!person || diagnostics.has_errors()) {
        std::vector<Diagnostic> errors;
        for (const auto& diagnostic : diagnostics.sorted()) {
            if (diagnostic.severity == Severity::error) {
                errors.push_back(diagnostic);
            }
        }
        return errored_case(test, std::move(errors));
    }
    return run_test_case(framework, test, *person, under_test.counter);
}

std::string render(const TestRunReport& report, Format format, const Console& console) {
    switch (format) {
    case Format::json:
        return render_test_json(report);
    case Format::junit:
        return render_test_junit(report);
    case Format::sarif:
        return render_test_sarif(report);
    case Format::github:
        return render_diagnostics_github(test_findings(report));
    default:
        return render_test_text(report, console.out_style);
    }
}

int exit_status(const TestRunReport& report) {
    TestCounts counts = count_results(report);
    if (counts.errors > 0) {
        return exit_trouble;
    }
    bool short_of_coverage = false;
    for (const auto& group : report.coverage) {
        short_of_coverage = short_of_coverage ||
                            (report.min_coverage && below_minimum(group, *report.min_coverage));
    }
    return counts.failed > 0 || short_of_coverage ? exit_findings : exit_ok;
}

// The frameworks the suites test, each loaded once; a suite whose framework has errors is
// dropped from `suites` (the errors are printed) and counted as broken.
std::map<std::string, FrameworkUnderTest>
load_frameworks(const CommonOptions& common, LoadedSuites& loaded, const Console& console) {
    std::map<std::string, FrameworkUnderTest> frameworks; // by criteria path, "" = built in
    std::set<std::string> invalid;
    std::vector<TestSuite> runnable;
    for (auto& suite : loaded.suites) {
        auto path = criteria_path(common, suite);
        std::string key = path.value_or("");
        if (!frameworks.contains(key) && !invalid.contains(key)) {
            CommonOptions load_options = common;
            load_options.criteria = path;
            auto criteria = load_valid_criteria(load_options, console);
            auto facts =
                criteria ? load_people_facts(common, criteria->framework, console) : std::nullopt;
            if (criteria && facts) {
                frameworks.emplace(
                    key,
                    FrameworkUnderTest{std::move(*criteria), std::move(*facts), {}, suite.path});
            } else {
                invalid.insert(key);
            }
        }
        if (invalid.contains(key)) {
            ++loaded.broken;
        } else {
            runnable.push_back(std::move(suite));
        }
    }
    loaded.suites = std::move(runnable);
    return frameworks;
}

} // namespace

int run_test(const CommonOptions& common, const TestOptions& options, const Console& console) {
    auto outputs = parse_ci_outputs(options.outputs, console);
    if (!outputs) {
        return exit_trouble;
    }
    LoadedSuites loaded = load_suites(options.path, common.limits);
    print_errors(loaded.diagnostics, loaded.sources, console);
    auto frameworks = load_frameworks(common, loaded, console);
    if (loaded.suites.empty()) {
        console.err << "ladder: error: the test suite has errors; no case was run\n";
        return exit_trouble;
    }
    TestRunReport report;
    report.show_coverage = options.coverage;
    report.min_coverage = options.min_coverage;
    report.fail_only = options.fail_only;
    for (const auto& suite : loaded.suites) {
        FrameworkUnderTest& under_test = frameworks.at(criteria_path(common, suite).value_or(""));
        SuiteRun run{&suite, {}};
        for (const auto& test : suite.cases) {
            run.results.push_back(run_case(test, under_test, common.limits));
        }
        report.suites.push_back(std::move(run));
    }
    if (options.coverage || options.min_coverage) {
        for (const auto& [key, under_test] : frameworks) {
            report.coverage.push_back(
                {key.empty() ? built_in : key, under_test.suite_file,
                 coverage_of(under_test.criteria.framework, under_test.counter)});
        }
    }
    console.out << render(report, resolve_ci_format(options.format_auto, options.format), console);
    Console plain{console.out, console.err, Style(false), Style(false), false, console.out_width};
    auto render_as = [&](Format as) {
        return render(report, as, plain);
    };
    if (write_ci_outputs(*outputs, render_as, console) != exit_ok) {
        return exit_trouble;
    }
    if (loaded.broken > 0) {
        console.err << fmt::format("ladder: error: {} could not be run; the others ran\n",
                                   plural(static_cast<long>(loaded.broken), "suite"));
        return exit_trouble;
    }
    return exit_status(report);
}

} // namespace ladder
