#include "commands/diff_command.hpp"

#include "check/evidence_checks.hpp"
#include "commands/batch_inputs.hpp"
#include "commands/batch_pipeline.hpp"
#include "commands/people_facts_input.hpp"
#include "load/evidence_loader.hpp"
#include "report/review/diff_report.hpp"
#include "util/file_io.hpp"
#include "util/output_width.hpp"

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

// What comparing one evidence file gives: the person's verdict changes (none when nothing
// flips), or why the file could not be compared.
struct ComparedFile {
    std::optional<PersonImpact> changed;
    std::optional<ImpactError> error;
};

// What every worker shares, read-only while the run lasts.
struct ImpactContext {
    const Framework& before;
    const Framework& after;
    const PeopleFacts& facts;
    Date as_of;
    const InputLimits& limits;
};

// One evidence file against both versions: its verdict changes, or why it could not be compared
// (it must be valid against both).
ComparedFile compare_person(const SourceText& source, const ImpactContext& context) {
    Diagnostics diagnostics;
    const Framework& after = context.after;
    auto person = load_person(source, context.limits, diagnostics, after.vocabularies);
    if (person && !context.before.vocabularies.same_words(after.vocabularies)) {
        // Valid against both: the words of the old vocabularies too.
        Diagnostics old_words;
        load_person(source, context.limits, old_words, context.before.vocabularies);
        for (const auto& diagnostic : old_words.items()) {
            if (diagnostic.code.starts_with("unknown-")) {
                diagnostics.add(diagnostic);
            }
        }
    }
    if (person) {
        // The facts are applied once, as the new version counts them; the old version checks
        // the same person.
        settle_person(after, context.facts, *person, context.as_of, diagnostics);
        check_person(context.before, *person, context.as_of, diagnostics);
    }
    if (!person || diagnostics.has_errors()) {
        return {std::nullopt, ImpactError{source.path, errors_of(diagnostics)}};
    }
    auto changes = verdict_changes(context.before, after, *person, context.as_of);
    if (changes.empty()) {
        return {};
    }
    return {PersonImpact{source.path, person->id, person->name, std::move(changes)}, std::nullopt};
}

ComparedFile compare_file(const BatchInput& input, const ImpactContext& context) {
    Diagnostics problems;
    std::optional<SourceText> source = read_input(input, context.limits.max_file_bytes, problems);
    if (!source) {
        return {std::nullopt, ImpactError{input.path, errors_of(problems)}};
    }
    return compare_person(*source, context);
}

// The evidence files go through batch's bounded, ordered, parallel pipeline: memory does not
// grow with their number (with --counts-only not even with the number of changed verdicts),
// and the report lists people in the order the files were found.
void compare_all(const std::string& evidence, const ImpactContext& context, int jobs,
                 ImpactReport& impact) {
    int workers = worker_count(jobs);
    BatchInputs inputs({evidence}, nullptr);
    OrderedPipeline<BatchInput, ComparedFile> pipeline(
        workers, static_cast<std::size_t>(workers) * 16,
        [&context](const BatchInput& input) { return compare_file(input, context); });
    run_in_order(
        pipeline, [&inputs] { return inputs.next(); },
        [&impact](ComparedFile compared) {
            ++impact.files;
            if (compared.error) {
                impact.errors.push_back(std::move(*compared.error));
            } else if (compared.changed) {
                impact.add(std::move(*compared.changed));
            }
        });
    for (const auto& warning : inputs.warnings().sorted()) {
        if (warning.severity == Severity::error) {
            impact.errors.push_back({warning.where.file, {warning}});
        }
    }
}

std::string render(const DiffReport& report, Format format) {
    switch (format) {
    case Format::json:
        return render_diff_json(report);
    case Format::markdown:
        return render_diff_markdown(report);
    default:
        return render_diff_text(report, output_width(stdout));
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
    std::optional<PeopleFacts> facts;
    if (options.evidence) {
        facts = load_people_facts(common, after->framework, console);
        if (!facts) {
            return exit_trouble;
        }
        report.impact = ImpactReport{};
        report.impact->as_of = *as_of;
        report.impact->counts_only = options.counts_only;
        report.impact->min_group = options.counts_only ? options.min_group : 1;
        compare_all(
            *options.evidence,
            ImpactContext{before->framework, after->framework, *facts, *as_of, common.limits},
            options.jobs, *report.impact);
        if (options.redact) {
            redact_impact(*report.impact);
        }
    }
    console.out << render(report, options.format);
    if (report.impact && !report.impact->errors.empty()) {
        return exit_trouble;
    }
    return report.diff.empty() ? exit_ok : exit_findings;
}

} // namespace ladder
