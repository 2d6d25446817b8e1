#include "commands/validate_command.hpp"

#include "check/evidence_checks.hpp"
#include "load/evidence_loader.hpp"
#include "report/diagnostics/diagnostics_report.hpp"
#include "report/diagnostics/junit.hpp"
#include "report/diagnostics/sarif.hpp"

#include <ostream>

namespace ladder {

namespace {

struct Findings {
    Diagnostics diagnostics;
    std::vector<SourceText> sources;
    std::size_t files = 0;
};

void validate_criteria_path(const std::optional<std::string>& path, const InputLimits& limits,
                            Findings& findings) {
    LoadedCriteria loaded = load_criteria(path, limits);
    findings.diagnostics.append(loaded.diagnostics);
    findings.files += loaded.sources.size();
    for (auto& source : loaded.sources) {
        findings.sources.push_back(std::move(source));
    }
}

void validate_evidence_path(const std::string& path, const Framework& framework, const Date& as_of,
                            const InputLimits& limits, Findings& findings) {
    for (auto& source : read_sources(path, limits, findings.diagnostics)) {
        ++findings.files;
        if (auto person =
                load_person(source, limits, findings.diagnostics, framework.vocabularies)) {
            check_person(framework, *person, as_of, findings.diagnostics);
        }
        findings.sources.push_back(std::move(source));
    }
}

std::vector<std::string> files_checked(const Findings& findings) {
    std::vector<std::string> files;
    for (const auto& source : findings.sources) {
        files.push_back(source.path);
    }
    return files;
}

void print(const Findings& findings, Format format, bool quiet, const Console& console) {
    auto sorted = findings.diagnostics.sorted();
    switch (format) {
    case Format::json:
        console.out << render_diagnostics_json(sorted, findings.files);
        return;
    case Format::github:
        console.out << render_diagnostics_github(sorted);
        return;
    case Format::junit:
        console.out << render_diagnostics_junit(sorted, files_checked(findings));
        return;
    case Format::sarif:
        console.out << render_sarif(sorted);
        return;
    default:
        console.out << render_diagnostics_text(sorted, findings.sources,
                                               {console.out_style, console.out_style.enabled()});
        if (!quiet) {
            console.err << diagnostics_summary(sorted, findings.files) << "\n";
        }
    }
}

} // namespace

int run_validate(const CommonOptions& common, const ValidateOptions& options,
                 const Console& console) {
    Findings findings;
    if (options.evidence) {
        auto as_of = parse_as_of(options.as_of, console);
        auto criteria = load_valid_criteria(common, console);
        if (!as_of || !criteria) {
            return exit_trouble;
        }
        for (const auto& path : options.paths) {
            validate_evidence_path(path, criteria->framework, *as_of, common.limits, findings);
        }
    } else if (options.paths.empty()) {
        validate_criteria_path(common.criteria, common.limits, findings);
    } else {
        for (const auto& path : options.paths) {
            validate_criteria_path(path, common.limits, findings);
        }
    }
    print(findings, options.format, common.quiet, console);
    bool unreadable = false;
    for (const auto& diagnostic : findings.diagnostics.items()) {
        unreadable = unreadable || is_unreadable_code(diagnostic.code);
    }
    if (unreadable) {
        return exit_trouble;
    }
    return findings.diagnostics.has_errors() ? exit_findings : exit_ok;
}

} // namespace ladder
