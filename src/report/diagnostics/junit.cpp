#include "report/diagnostics/junit.hpp"

#include "report/common/markup.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <map>
#include <set>

namespace ladder {

namespace {

std::size_t count_cases(const JunitSuite& suite, bool failures) {
    return static_cast<std::size_t>(
        std::count_if(suite.cases.begin(), suite.cases.end(), [&](const JunitCase& test) {
            return failures ? test.failure.has_value() : test.error.has_value();
        }));
}

std::string problem_xml(const char* element, const JunitProblem& problem) {
    return fmt::format("      <{} message=\"{}\" type=\"{}\">{}</{}>\n", element,
                       escape_markup(problem.message), escape_markup(problem.type),
                       escape_markup(problem.text), element);
}

std::string case_xml(const JunitCase& test) {
    std::string out = fmt::format("    <testcase classname=\"{}\" name=\"{}\"",
                                  escape_markup(test.classname), escape_markup(test.name));
    if (!test.failure && !test.error && test.system_out.empty()) {
        return out + "/>\n";
    }
    out += ">\n";
    if (test.failure) {
        out += problem_xml("failure", *test.failure);
    }
    if (test.error) {
        out += problem_xml("error", *test.error);
    }
    if (!test.system_out.empty()) {
        out += fmt::format("      <system-out>{}</system-out>\n", escape_markup(test.system_out));
    }
    return out + "    </testcase>\n";
}

bool is_unreadable(const Diagnostic& diagnostic) {
    return diagnostic.code == "unreadable-file" || diagnostic.code == "unreadable-path";
}

// Named by what was found, not where: a name with the line would change whenever lines above
// the finding move, and CI tools would see a fixed failure and a new one. The same finding
// again in one file is numbered, in file order, so names stay unique within the suite.
std::string case_name(const Diagnostic& diagnostic, std::map<std::string, int>& seen) {
    std::string name = fmt::format("[{}] {}", diagnostic.code, diagnostic.message);
    int occurrence = ++seen[name];
    return occurrence == 1 ? name : fmt::format("{} #{}", name, occurrence);
}

JunitCase diagnostic_case(const Diagnostic& diagnostic, std::map<std::string, int>& seen) {
    std::string name = case_name(diagnostic, seen);
    JunitCase test{diagnostic.where.file, name, std::nullopt, std::nullopt, ""};
    JunitProblem problem{diagnostic.message, diagnostic.code, diagnostic_line(diagnostic)};
    if (diagnostic.severity == Severity::warning) {
        test.system_out = diagnostic_line(diagnostic);
    } else if (is_unreadable(diagnostic)) {
        test.error = problem;
    } else {
        test.failure = problem;
    }
    return test;
}

} // namespace

std::string diagnostic_line(const Diagnostic& diagnostic) {
    std::string where = diagnostic.where.file;
    if (diagnostic.where.line > 0) {
        where += fmt::format(":{}:{}", diagnostic.where.line, diagnostic.where.column);
    }
    return fmt::format("{}: {}: {} [{}]", where, to_string(diagnostic.severity), diagnostic.message,
                       diagnostic.code);
}

std::string render_junit(const std::string& name, const std::vector<JunitSuite>& suites) {
    std::size_t tests = 0;
    std::size_t failures = 0;
    std::size_t errors = 0;
    std::string body;
    for (const auto& suite : suites) {
        std::size_t suite_failures = count_cases(suite, true);
        std::size_t suite_errors = count_cases(suite, false);
        tests += suite.cases.size();
        failures += suite_failures;
        errors += suite_errors;
        body += fmt::format(
            "  <testsuite name=\"{}\" tests=\"{}\" failures=\"{}\" errors=\"{}\" skipped=\"0\">\n",
            escape_markup(suite.name), suite.cases.size(), suite_failures, suite_errors);
        for (const auto& test : suite.cases) {
            body += case_xml(test);
        }
        body += "  </testsuite>\n";
    }
    return fmt::format("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                       "<testsuites name=\"{}\" tests=\"{}\" failures=\"{}\" errors=\"{}\">\n{}"
                       "</testsuites>\n",
                       escape_markup(name), tests, failures, errors, body);
}

std::string render_diagnostics_junit(const std::vector<Diagnostic>& diagnostics,
                                     const std::vector<std::string>& files_checked) {
    std::vector<std::string> files = files_checked;
    std::set<std::string> listed(files.begin(), files.end());
    std::map<std::string, std::vector<const Diagnostic*>> by_file;
    for (const auto& diagnostic : diagnostics) {
        by_file[diagnostic.where.file].push_back(&diagnostic);
        if (listed.insert(diagnostic.where.file).second) {
            files.push_back(diagnostic.where.file);
        }
    }
    std::vector<JunitSuite> suites;
    for (const auto& file : files) {
        JunitSuite suite{file, {}};
        std::map<std::string, int> seen;
        for (const Diagnostic* diagnostic : by_file[file]) {
            suite.cases.push_back(diagnostic_case(*diagnostic, seen));
        }
        if (suite.cases.empty()) {
            suite.cases.push_back({file, "no problems", std::nullopt, std::nullopt, ""});
        }
        suites.push_back(std::move(suite));
    }
    return render_junit("ladder validate", suites);
}

} // namespace ladder
