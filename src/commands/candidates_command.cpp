#include "commands/candidates_command.hpp"

#include "check/openings_checks.hpp"
#include "commands/batch_inputs.hpp"
#include "commands/batch_pipeline.hpp"
#include "commands/output_file.hpp"
#include "commands/people_facts_input.hpp"
#include "eval/opening_candidates.hpp"
#include "load/openings_loader.hpp"
#include "report/common/privacy.hpp"
#include "report/diagnostics/diagnostics_report.hpp"
#include "report/openings/openings_report.hpp"
#include "util/output_width.hpp"
#include "util/text.hpp"
#include "util/visible_text.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <new>
#include <ostream>

namespace ladder {

namespace {

// The immutable inputs every worker shares; read-only once the run starts.
struct MatchContext {
    const Framework& framework;
    const PeopleFacts& facts;
    const OpeningsFile& openings;
    Date as_of;
    int within;
    const InputLimits& limits;
    bool redact;
    std::optional<std::string> pseudonym_key;
};

CandidateRecord error_record(const std::string& path, const std::string& code,
                             const std::string& message) {
    Diagnostics diagnostics;
    diagnostics.error({path, 0, 0}, code, message);
    return make_candidate_error(path, nullptr, diagnostics);
}

// Read, check and match one file: the per-file work, run on a worker thread.
CandidateRecord match_file(const BatchInput& input, const MatchContext& context) {
    CheckedPerson checked =
        read_checked_person(input, context.framework, context.facts, context.as_of, context.limits);
    if (!checked.valid()) {
        return make_candidate_error(input.path, checked.person ? &*checked.person : nullptr,
                                    checked.diagnostics);
    }
    const Person& person = *checked.person;
    PersonOpenings found =
        match_openings(context.framework, context.openings, person, context.as_of, context.within);
    return make_candidate_record(context.framework, person, found, context.as_of);
}

CandidateRecord process_file(const BatchInput& input, const MatchContext& context) {
    CandidateRecord record;
    try {
        record = match_file(input, context);
    } catch (const std::bad_alloc&) {
        // Named and coded like a loader's: the file, and the limits that bound what it costs.
        record = error_record(input.path, "out-of-memory",
                              "ran out of memory evaluating this file; lower --max-file-size or "
                              "--max-nodes, or use fewer --jobs");
    } catch (const std::exception& error) {
        // A bug must cost one file, never the run.
        record = error_record(input.path, "internal-error",
                              fmt::format("ladder failed on this file: {}", error.what()));
    }
    protect_record(record, context.redact, context.pseudonym_key);
    return record;
}

// Every evidence file through batch's bounded, ordered pipeline into the report; false (after
// saying why) if an input is the --output file: the reading stops there.
bool match_all(const CandidatesOptions& options, const MatchContext& context,
               OpeningsReport& report, Diagnostics& warnings, const Console& console) {
    int workers = worker_count(options.jobs);
    BatchInputs inputs(options.paths, options.in, options.null_separated ? '\0' : '\n');
    OrderedPipeline<BatchInput, CandidateRecord> pipeline(
        workers, static_cast<std::size_t>(workers) * 16,
        [&context](const BatchInput& input) { return process_file(input, context); });
    bool refused = false;
    auto next_input = [&]() -> std::optional<BatchInput> {
        std::optional<BatchInput> input = inputs.next();
        if (input && options.output && same_file(input->path, *options.output)) {
            say_output_is_an_input(*options.output, context.redact, console);
            refused = true;
            return std::nullopt;
        }
        return input;
    };
    run_in_order(pipeline, next_input,
                 [&report](CandidateRecord record) { report.add(std::move(record)); });
    warnings = inputs.warnings();
    return !refused;
}

// The report on stdout, or into --output whole or not at all.
int write_report(const CandidatesOptions& options, const OpeningsReport& report,
                 const Console& console) {
    // A file gets neither colour nor the window's width: a saved report does not depend on the
    // terminal it was made in.
    std::string text = render_openings_report(
        report, options.output ? OpeningsRenderOptions{options.format, Style(false)}
                               : OpeningsRenderOptions{options.format, console.out_style,
                                                       output_width(stdout)});
    if (!options.output) {
        console.out << text;
        return exit_ok;
    }
    return write_output_file(
        *options.output,
        [&text](std::ostream& out) {
            out << text;
            return out.good();
        },
        [] { return false; }, console);
}

// The openings file, checked against the framework; nullopt (after printing why) if it has
// errors.
std::optional<OpeningsFile> read_openings(const std::string& path, const Framework& framework,
                                          const InputLimits& limits, const Console& console) {
    Diagnostics diagnostics;
    std::vector<SourceText> sources = read_sources(path, limits, diagnostics);
    std::optional<OpeningsFile> openings;
    if (sources.size() == 1) {
        openings = load_openings(sources.front(), limits, diagnostics);
    } else if (sources.size() > 1) {
        diagnostics.error({path, 0, 0}, "unreadable-file",
                          "expected one openings file, found a directory");
    }
    if (openings) {
        check_openings(framework, *openings, diagnostics);
    }
    if (!diagnostics.empty()) {
        console.err << render_diagnostics_text(diagnostics.sorted(), sources,
                                               {console.err_style, console.err_is_terminal});
    }
    if (!openings || diagnostics.has_errors()) {
        console.err << fmt::format("ladder: error: {}: no openings read\n", visible_text(path));
        return std::nullopt;
    }
    return openings;
}

void print_summary_line(const OpeningsReport& report, const Console& console) {
    std::size_t short_of = report.short_openings().size();
    console.err << fmt::format(
        "ladder: {}: {} in error; {}, {} short of ready candidates\n",
        plural(static_cast<long>(report.files()), "evidence file"), report.errors().size(),
        plural(static_cast<long>(report.openings().openings.size()), "opening"), short_of);
}

} // namespace

int run_candidates(const CommonOptions& common, const CandidatesOptions& options,
                   const Console& console) {
    PseudonymKey key = read_pseudonym_key(options.pseudonym, console);
    if (!key.ok) {
        return exit_trouble;
    }
    bool redact = options.redact || key.key.has_value();
    auto as_of = parse_as_of(options.as_of, console);
    std::vector<std::string> inputs = options.paths;
    inputs.push_back(options.openings);
    if (!as_of || output_is_an_input(inputs, options.output, redact, console)) {
        return exit_trouble;
    }
    auto criteria = load_valid_criteria(common, console);
    if (!criteria) {
        return exit_trouble;
    }
    const Framework& framework = criteria->framework;
    auto openings = read_openings(options.openings, framework, common.limits, console);
    if (!openings) {
        return exit_trouble;
    }
    auto facts = load_people_facts(common, framework, console);
    if (!facts) {
        return exit_trouble;
    }
    MatchContext context{framework,      *facts,        *openings, *as_of,
                         options.within, common.limits, redact,    key.key};
    OpeningsReport report(framework, *openings, *as_of, options.within, options.trials_ending);
    Diagnostics warnings;
    if (!match_all(options, context, report, warnings, console)) {
        return exit_trouble;
    }
    report.finish();
    if (int status = write_report(options, report, console); status != exit_ok) {
        return status; // no report, so no summary of one
    }
    if (!warnings.empty()) {
        auto shown = context.redact ? without_paths(warnings.sorted()) : warnings.sorted();
        console.err << render_diagnostics_text(shown, {}, {console.err_style, false});
    }
    if (!common.quiet) {
        print_summary_line(report, console);
    }
    if (report.files() == 0) {
        console.err << "ladder: error: the paths named no evidence file to evaluate\n";
        return exit_trouble;
    }
    if (!report.errors().empty()) {
        return exit_trouble;
    }
    return report.short_openings().empty() ? exit_ok : exit_findings;
}

} // namespace ladder
