#include "commands/diff_command.hpp"

#include "check/evidence_checks.hpp"
#include "load/evidence_loader.hpp"
#include "report/review/diff_report.hpp"

#include <ostream>

namespace ladder {

namespace {

std::optional<LoadedCriteria> load_version(const CommonOptions& common, const std::string& path,
                                           const Console& console) {
    CommonOptions options = common;
    options.criteria = path;
    return load_valid_criteria(options, console);
}

std::vector<Diagnostic> errors_of(const Diagnostics& diagnostics) {
    std::vector<Diagnostic> errors;
    for (const auto& diagnostic : diagnostics.sorted()) {
        if (diagnostic.severity == Severity::error) {
            errors.push_back(diagnostic);
        }
    }
    return errors;
}

// One evidence file against both versions: its verdict changes, or why it could not be compared
// (it must be valid against both).
void compare_person(const SourceText& source, const Framework& before, const Framework& after,
                    const InputLimits& limits, ImpactReport& impact) {
    Diagnostics diagnostics;
    auto person = load_person(source, limits, diagnostics, after.vocabularies);
    if (person && !before.vocabularies.same_words(after.vocabularies)) {
        // Valid against both: the words of the old vocabularies too.
        Diagnostics old_words;
        load_person(source, limits, old_words, before.vocabularies);
        for (const auto& diagnostic : old_words.items()) {
            if (diagnostic.code.starts_with("unknown-")) {
                diagnostics.add(diagnostic);
            }
        }
    }
    if (person) {
        check_person(before, *person, impact.as_of, diagnostics);
        check_person(after, *person, impact.as_of, diagnostics);
    }
    if (!person || diagnostics.has_errors()) {
        impact.errors.push_back({source.path, errors_of(diagnostics)});
        return;
    }
    auto changes = verdict_changes(before, after, *person, impact.as_of);
    if (!changes.empty()) {
        impact.changed.push_back({source.path, person->id, person->name, std::move(changes)});
    }
}

ImpactReport impact_of(const std::string& evidence, const Framework& before, const Framework& after,
                       const Date& as_of, const InputLimits& limits) {
    ImpactReport impact;
    impact.as_of = as_of;
    Diagnostics read_problems;
    auto sources = read_sources(evidence, limits, read_problems);
    impact.files = sources.size();
    for (const auto& source : sources) {
        compare_person(source, before, after, limits, impact);
    }
    for (const auto& problem : errors_of(read_problems)) {
        impact.errors.push_back({problem.where.file, {problem}});
    }
    return impact;
}

std::string render(const DiffReport& report, Format format) {
    switch (format) {
    case Format::json:
        return render_diff_json(report);
    case Format::markdown:
        return render_diff_markdown(report);
    default:
        return render_diff_text(report);
    }
}

} // namespace

int run_diff(const CommonOptions& common, const DiffOptions& options, const Console& console) {
    auto as_of = parse_as_of(options.as_of, console);
    auto before = load_version(common, options.before, console);
    auto after = load_version(common, options.after, console);
    if (!as_of || !before || !after) {
        return exit_trouble;
    }
    DiffReport report{options.before, options.after,
                      diff_frameworks(before->framework, after->framework), std::nullopt};
    if (options.evidence) {
        report.impact = impact_of(*options.evidence, before->framework, after->framework, *as_of,
                                  common.limits);
    }
    console.out << render(report, options.format);
    if (report.impact && !report.impact->errors.empty()) {
        return exit_trouble;
    }
    return report.diff.empty() ? exit_ok : exit_findings;
}

} // namespace ladder
