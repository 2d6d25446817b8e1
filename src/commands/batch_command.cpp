#include "commands/batch_command.hpp"

#include "commands/batch_inputs.hpp"
#include "commands/batch_pipeline.hpp"
#include "commands/batch_progress.hpp"
#include "commands/output_file.hpp"
#include "commands/people_facts_input.hpp"
#include "commands/pseudonym_key.hpp"
#include "eval/evaluation.hpp"
#include "eval/placement.hpp"
#include "report/batch/batch_columns.hpp"
#include "report/batch/batch_html.hpp"
#include "report/batch/batch_privacy.hpp"
#include "report/batch/batch_row.hpp"
#include "report/batch/batch_summary.hpp"
#include "report/diagnostics/diagnostics_report.hpp"
#include "util/output_width.hpp"
#include "util/seen_keys.hpp"
#include "util/text.hpp"
#include "util/visible_text.hpp"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <fmt/format.h>
#include <map>
#include <new>
#include <ostream>
#include <thread>

namespace ladder {

namespace {

// The width as every text report takes it (COLUMNS, else the terminal's, else 100); an --output
// file takes 100, so a saved report does not depend on the window it was made in.
std::size_t text_width(const BatchOptions& options) {
    return options.output ? default_output_width : output_width(stdout);
}

// What the immutable, shared inputs of every worker are: read-only once the run starts.
struct BatchContext {
    const Framework& framework;
    const PeopleFacts& facts;
    Date as_of;
    const std::optional<std::string>& target;
    const InputLimits& limits;
    BatchRenderOptions render;
    BatchPrivacy privacy;
    bool summary = false;
    std::optional<int> trials_ending;
    bool placement = false; // the placement column is shown: worth its evaluations
};

struct FileResult {
    BatchRow row;
    std::string person_id; // the id the file gave, before --pseudonymise replaced it
    Diagnostics warnings;  // of a file that was evaluated (a label the roster disagrees with...)
    std::string rendered;  // empty with --summary
};

BatchRow error_row(const std::string& path, const std::string& code, const std::string& message) {
    Diagnostics diagnostics;
    diagnostics.error({path, 0, 0}, code, message);
    return make_error_row(path, nullptr, diagnostics);
}

// Read, parse, check and evaluate one file: the per-file work, run on a worker thread.
BatchRow evaluate_file(const BatchInput& input, const BatchContext& context,
                       Diagnostics& warnings) {
    CheckedPerson checked =
        read_checked_person(input, context.framework, context.facts, context.as_of, context.limits);
    if (checked.valid()) {
        warnings = std::move(checked.diagnostics);
    } else {
        return make_error_row(input.path, checked.person ? &*checked.person : nullptr,
                              checked.diagnostics);
    }
    // A row shows no sentences: skipping them keeps evaluation cheap beside parsing. One
    // judge for the target, the cross-track view and the placement judges each criterion once.
    CriterionJudge judge(context.framework, *checked.person, context.as_of, Detail::verdicts);
    Evaluation evaluation = evaluate_person(judge, context.target);
    BatchRow row = make_batch_row(evaluation, input.path);
    add_trial_and_track_choice(row, context.framework, *checked.person, context.as_of);
    if (context.placement) {
        const Level* reached = reached_on_own_track(judge);
        row.placement = reached != nullptr ? reached->id : std::string();
    }
    return row;
}

FileResult process_file(const BatchInput& input, const BatchContext& context) {
    FileResult result;
    try {
        result.row = evaluate_file(input, context, result.warnings);
    } catch (const std::bad_alloc&) {
        // Named and coded like a loader's: the file, and the limits that bound what it costs.
        result.row = error_row(input.path, "out-of-memory",
                               "ran out of memory evaluating this file; lower --max-file-size or "
                               "--max-nodes, or use fewer --jobs");
    } catch (const std::exception& error) {
        // A bug must cost one row, never the run or the rows after it.
        result.row = error_row(input.path, "internal-error",
                               fmt::format("ladder failed on this file: {}", error.what()));
    }
    stamp_run(result.row, context.framework, context.as_of);
    result.person_id = result.row.id;
    protect_row(result.row, context.privacy);
    if (!context.summary && listed_by_trials_ending(result.row, context.trials_ending)) {
        result.rendered = context.render.format == Format::html
                              ? batch_html_row(result.row, context.render.columns)
                              : render_batch_row(result.row, context.render);
    }
    return result;
}

class BatchRun {
public:
    BatchRun(const BatchOptions& options, const BatchContext& context, const Console& console,
             bool quiet)
        : options_(options), context_(context), console_(console), quiet_(quiet),
          summary_(options.by.empty() ? std::vector<std::string>{"track", "level"} : options.by,
                   options.summary ? BatchSummary::Use::summary : BatchSummary::Use::groups_only) {}

    // Writes the whole report to `out`; false if the run was refused or interrupted midway.
    bool write(std::ostream& out);
    void print_summary_line() const;
    std::string destination() const;
    bool any_error() const { return counts_.errors > 0; }
    bool no_rows() const { return rows_ == static_cast<std::size_t>(counts_.no_evidence); }
    bool refused() const { return refused_; }

private:
    void warn_if_fewer_workers(std::size_t started, int asked) const;
    bool fill(OrderedPipeline<BatchInput, FileResult>& pipeline, BatchInputs& inputs);
    void emit(const FileResult& result, std::ostream& out);
    void note_duplicate(const BatchRow& row);
    void note_on_roster(const FileResult& result);
    void emit_roster_rows(std::ostream& out);

    const BatchOptions& options_;
    const BatchContext& context_;
    const Console& console_;
    bool quiet_;
    BatchSummary summary_;
    BatchCounts counts_;
    std::size_t rows_ = 0;   // every file
    std::size_t listed_ = 0; // the rows shown: with --trials-ending, fewer
    bool refused_ = false;
    Diagnostics warnings_;
    SeenKeys ids_seen_; // position i is row i + 1
    std::vector<std::string> duplicates_;
    std::size_t summarised_duplicates_ = 0;
    std::vector<bool> on_roster_seen_; // by position in the roster: an evidence file was read
    Diagnostics row_warnings_;         // of the files evaluated; not kept under --redact
    std::size_t files_with_warnings_ = 0;
};

void BatchRun::warn_if_fewer_workers(std::size_t started, int asked) const {
    if (started < static_cast<std::size_t>(asked)) {
        console_.err << fmt::format("ladder: warning: the system refused some of the {} worker "
                                    "threads asked for; running with {}, half of those it "
                                    "started, to leave room for the work (lower --jobs to "
                                    "silence this)\n",
                                    asked, started);
    }
}

// Submits inputs until the window is full or the inputs run out; false if an input is the
// --output file (reading the report being written would be nonsense).
bool BatchRun::fill(OrderedPipeline<BatchInput, FileResult>& pipeline, BatchInputs& inputs) {
    while (!pipeline.full() && !output_interrupted()) {
        std::optional<BatchInput> input = inputs.next();
        if (!input) {
            return true;
        }
        if (options_.output && same_file(input->path, *options_.output)) {
            say_output_is_an_input(*options_.output, context_.privacy.redact, console_);
            refused_ = true;
            return false;
        }
        pipeline.submit(std::move(*input));
    }
    return true;
}

// Two files about one person are both evaluated (which one is right is for HR to say), and
// reported by row number: a file name would name the person in a redacted run.
void BatchRun::note_duplicate(const BatchRow& row) {
    if (row.id.empty()) {
        ids_seen_.skip();
        return;
    }
    auto first = ids_seen_.add(row.id);
    if (first && options_.summary) {
        ++summarised_duplicates_; // a summary shows no rows: neither a row number nor an id
    } else if (first) {
        duplicates_.push_back(fmt::format("ladder: warning: rows {} and {} are about the same "
                                          "person (id {}); both are counted "
                                          "[duplicate-person]\n",
                                          *first + 1, rows_ + 1, row.id));
    }
}

// Which roster people have an evidence file among the inputs; the others get a row at the end.
void BatchRun::note_on_roster(const FileResult& result) {
    const auto& roster = context_.facts.roster;
    if (!roster || result.person_id.empty() || result.row.status == BatchStatus::no_evidence) {
        return;
    }
    if (on_roster_seen_.empty()) {
        on_roster_seen_.assign(roster->people.size(), false);
    }
    if (const RosterPerson* person = roster->find(result.person_id)) {
        on_roster_seen_[static_cast<std::size_t>(person - roster->people.data())] = true;
    }
}

// Nothing lost: every active person on the roster (status `active` or none) whose evidence file
// was not among the inputs has a row saying so, in roster order.
void BatchRun::emit_roster_rows(std::ostream& out) {
    const auto& roster = context_.facts.roster;
    if (!roster) {
        return;
    }
    on_roster_seen_.resize(roster->people.size(), false);
    for (std::size_t i = 0; i < roster->people.size(); ++i) {
        const RosterPerson& person = roster->people[i];
        auto status = person.facts.find("status");
        if (on_roster_seen_[i] || (status != person.facts.end() && status->second != "active")) {
            continue;
        }
        FileResult result;
        result.row = make_no_evidence_row(person, context_.framework);
        stamp_run(result.row, context_.framework, context_.as_of);
        protect_row(result.row, context_.privacy);
        if (!context_.summary) {
            result.rendered = context_.render.format == Format::html
                                  ? batch_html_row(result.row, context_.render.columns)
                                  : render_batch_row(result.row, context_.render);
        }
        emit(result, out);
    }
}

void BatchRun::emit(const FileResult& result, std::ostream& out) {
    if (!result.warnings.empty()) {
        ++files_with_warnings_;
        if (!context_.privacy.redact) {
            row_warnings_.append(result.warnings);
        }
    }
    note_duplicate(result.row);
    note_on_roster(result);
    counts_.add(result.row);
    ++rows_;
    if (!listed_by_trials_ending(result.row, options_.trials_ending)) {
        return; // counted on stderr, not listed
    }
    // --summary counts the groups; so does the HTML page, for its closing chart. A roster person
    // with no file is not among the people judged.
    if ((options_.summary || options_.format == Format::html) &&
        result.row.status != BatchStatus::no_evidence) {
        summary_.add(result.row);
    }
    if (!options_.summary) {
        out << (listed_ > 0 ? batch_row_separator(options_.format) : "") << result.rendered;
        if (options_.format == Format::jsonl) {
            out.flush(); // jsonl is for pipelines: each result as soon as it is ready
        }
    }
    ++listed_;
}

bool BatchRun::write(std::ostream& out) {
    // Rows streaming onto the same terminal are the progress, and a bar redrawn between them
    // would break the table's lines.
    bool rows_on_terminal = !options_.output && !options_.summary && is_terminal(stdout);
    bool show_progress = console_.err_is_terminal && !quiet_ && !rows_on_terminal;
    ProgressBar progress(console_.err, show_progress,
                         show_progress ? count_inputs(options_.paths) : std::nullopt);
    int workers = worker_count(options_.jobs);
    auto window = static_cast<std::size_t>(workers) * 16;
    BatchInputs inputs(options_.paths, options_.in, options_.null_separated ? '\0' : '\n');
    if (options_.bom) {
        out << "\xEF\xBB\xBF";
    }
    if (!options_.summary) {
        out << (options_.format == Format::html
                    ? batch_html_header(context_.framework, context_.as_of, context_.render.columns)
                    : render_batch_header(context_.render));
    }
    {
        OrderedPipeline<BatchInput, FileResult> pipeline(
            workers, window,
            [this](const BatchInput& input) { return process_file(input, context_); });
        warn_if_fewer_workers(pipeline.workers(), workers);
        // A failed write (a full disk, a closed pipe with SIGPIPE ignored) ends the run: the
        // files after it would be evaluated for nobody.
        while (out.good() && fill(pipeline, inputs) && pipeline.in_flight() > 0 &&
               !output_interrupted()) {
            emit(pipeline.take(), out);
            progress.update(rows_);
        }
    }
    progress.finish();
    if (out.good() && !refused_ && !output_interrupted()) {
        emit_roster_rows(out);
    }
    warnings_ = inputs.warnings();
    if (!out.good()) {
        console_.err << fmt::format("ladder: error: the report could not be written; stopped "
                                    "after {}\n",
                                    plural(static_cast<long>(rows_), "file"));
        return false;
    }
    if (refused_ || output_interrupted()) {
        return false;
    }
    if (options_.summary) {
        out << summary_.render(context_.framework, context_.as_of, options_.format,
                               options_.min_group, text_width(options_));
    } else if (options_.format == Format::html) {
        out << batch_html_footer(context_.framework, summary_);
    } else {
        out << render_batch_footer(context_.render, listed_);
    }
    return out.good();
}

void BatchRun::print_summary_line() const {
    if (!warnings_.empty()) {
        auto warnings =
            context_.privacy.redact ? without_paths(warnings_.sorted()) : warnings_.sorted();
        console_.err << render_diagnostics_text(warnings, {}, {console_.err_style, false});
    }
    if (!row_warnings_.empty()) {
        console_.err << render_diagnostics_text(row_warnings_.sorted(), {},
                                                {console_.err_style, false});
    } else if (files_with_warnings_ > 0) {
        // Warnings quote ids and values: a redacted report only counts them.
        console_.err << fmt::format(
            "ladder: warning: {} warnings; run without --redact or "
            "--pseudonymise, or validate them, to see which\n",
            plural(static_cast<long>(files_with_warnings_), "file has", "files have"));
    }
    for (const auto& line : duplicates_) {
        console_.err << line;
    }
    if (summarised_duplicates_ > 0) {
        console_.err << fmt::format(
            "ladder: warning: {} about a person another file is about too "
            "(the same id); each is counted (run without --summary to "
            "see which rows) [duplicate-person]\n",
            plural(static_cast<long>(summarised_duplicates_), "file is", "files are"));
    }
    if (quiet_) {
        return;
    }
    if (options_.summary) {
        // The counts are in the summary, where small groups are hidden; a total here could
        // give a hidden group away by subtraction.
        console_.err << fmt::format("ladder: {} summarised{}\n",
                                    plural(static_cast<long>(rows_), "file"), destination());
        return;
    }
    std::string top = counts_.top_of_track > 0
                          ? fmt::format(", {} at the top of their track", counts_.top_of_track)
                          : "";
    std::string trials = options_.trials_ending
                             ? fmt::format("; {} with a trial ending within {}",
                                           listed_ - static_cast<std::size_t>(counts_.errors),
                                           plural(*options_.trials_ending, "day"))
                             : "";
    std::vector<std::string> away;
    if (counts_.steps_away > 0) {
        away.push_back(fmt::format("{} with a route of several steps", counts_.steps_away));
    }
    if (counts_.no_route > 0) {
        away.push_back(fmt::format("{} with no route", counts_.no_route));
    }
    std::string not_ready = fmt::format("{} not ready", counts_.not_ready);
    if (!away.empty()) {
        not_ready += " (" + join(away, ", ") + ")";
    }
    std::string without_file =
        counts_.no_evidence > 0
            ? fmt::format("; {} on the roster with no evidence file", counts_.no_evidence)
            : "";
    std::size_t files = rows_ - static_cast<std::size_t>(counts_.no_evidence);
    console_.err << fmt::format("ladder: {}: {} ready, {}{}, {} in error{}{}{}\n",
                                plural(static_cast<long>(files), "file"), counts_.ready, not_ready,
                                top, counts_.errors, trials, without_file, destination());
}

// Where the report went, when it is not on stdout: the last line a long run leaves says so.
std::string BatchRun::destination() const {
    return options_.output ? fmt::format("; written to {}", visible_text(*options_.output)) : "";
}

// --columns and --by name columns (or label keys); an unknown one is a usage error.
bool columns_are_known(const BatchOptions& options, const Console& console) {
    std::vector<std::string> by_columns;
    for (const auto& field : options.by) {
        by_columns.push_back(summary_field_column(field));
    }
    for (const auto& [option, names] :
         {std::pair{"--columns", options.columns}, std::pair{"--by", by_columns}}) {
        if (auto problem = unknown_batch_column(names)) {
            console.err << fmt::format("ladder: error: {}: {}\n", option, *problem);
            return false;
        }
    }
    if (options.summary && !options.by.empty()) {
        if (auto problem = unsupported_summary_grouping(options.by)) {
            console.err << fmt::format("ladder: error: --by: {}\n", *problem);
            return false;
        }
    }
    return true;
}

// When the framework lists its labels (`people: labels:`), a label column or grouping must be one
// of them: `label.taem` would otherwise be an empty column, and `--by taem` one "(unknown)" group.
bool labels_are_declared(const BatchOptions& options, const Framework& framework,
                         const Console& console) {
    std::vector<std::string> declared = framework.people.labels;
    if (declared.empty()) {
        return true;
    }
    std::vector<std::string> by_columns;
    for (const auto& field : options.by) {
        by_columns.push_back(summary_field_column(field));
    }
    for (const auto& [option, names] :
         {std::pair{"--columns", options.columns}, std::pair{"--by", by_columns}}) {
        for (const auto& name : names) {
            if (!name.starts_with(label_column_prefix)) {
                continue;
            }
            auto key = std::string_view(name).substr(label_column_prefix.size());
            if (std::find(declared.begin(), declared.end(), key) == declared.end()) {
                console.err << fmt::format("ladder: error: {}: unknown label '{}'{}; the "
                                           "framework's labels are {}\n",
                                           option, key, did_you_mean(key, declared),
                                           join(declared, ", "));
                return false;
            }
        }
    }
    return true;
}

// --columns, or the default ones (the HTML page's own); --trials-ending adds the trial's before
// `error`. A column named twice in --columns is shown once, where it was first named: a header
// cell with no value under it would shift every column after it.
std::vector<std::string> chosen_columns(const BatchOptions& options, const Framework& framework) {
    if (!options.columns.empty()) {
        std::vector<std::string> columns;
        for (const auto& name : options.columns) {
            if (std::find(columns.begin(), columns.end(), name) == columns.end()) {
                columns.push_back(name);
            }
        }
        return columns;
    }
    std::vector<std::string> columns =
        options.format == Format::html       ? batch_html_default_columns(framework)
        : options.format == Format::markdown ? readable_batch_columns(framework)
                                             : default_batch_columns(framework);
    if (options.trials_ending) {
        std::vector<std::string> trial = trial_batch_columns();
        columns.insert(columns.end() - 1, trial.begin(), trial.end());
    }
    return columns;
}

// Placement evaluates the person's track from its first level up, beside the evaluation of the
// target: computed only when a column shows it, or for a summary.
bool shows_placement(const BatchOptions& options, const std::vector<std::string>& columns) {
    if (options.summary) {
        // A summary holds people back by every grouping, placement among them
        // (report/batch/batch_summary.hpp), whichever one it shows.
        return true;
    }
    if (options.format == Format::text) {
        return !options.lines; // the table has a placement column
    }
    return std::find(columns.begin(), columns.end(), "placement") != columns.end();
}

// RFC 8259 (section 8.1): JSON text must not begin with a byte order mark, and strict parsers
// reject one; JSON Lines is JSON text on each line. A BOM is for what people open in a
// spreadsheet or an editor (csv above all).
bool bom_fits_format(const BatchOptions& options, const Console& console) {
    if (options.bom && (options.format == Format::json || options.format == Format::jsonl)) {
        console.err << fmt::format("ladder: error: --bom: {} must not start with a byte order "
                                   "mark (RFC 8259, section 8.1; strict parsers reject it); --bom "
                                   "is for csv, markdown, text and html\n",
                                   options.format == Format::json ? "JSON" : "JSON Lines");
        return false;
    }
    return true;
}

// Colour only on standard output (a terminal, no NO_COLOR: console.out_style), never in a file.
BatchRenderOptions render_options(const BatchOptions& options, std::vector<std::string> columns,
                                  const Framework& framework, const BatchPrivacy& privacy,
                                  const Console& console) {
    Style style = options.output ? Style(false) : console.out_style;
    BatchTable table =
        batch_table_for(framework, privacy.redact, privacy.pseudonym_key.has_value(), style);
    fit_table_to_width(table, text_width(options));
    return {options.format, std::move(columns),
            options.lines ? BatchTextLayout::lines : BatchTextLayout::table, std::move(table)};
}

} // namespace

int run_batch(const CommonOptions& common, const BatchOptions& options, const Console& console) {
    PseudonymKey key = read_pseudonym_key(options.pseudonym, console);
    if (!key.ok) {
        return exit_trouble;
    }
    BatchPrivacy privacy{options.redact || key.key.has_value(), key.key, {}};
    auto as_of = parse_as_of(options.as_of, console);
    if (!as_of || output_is_an_input(options.paths, options.output, privacy.redact, console) ||
        !columns_are_known(options, console) || !bom_fits_format(options, console)) {
        return exit_trouble;
    }
    auto criteria = load_valid_criteria(common, console);
    std::optional<std::string> target = options.target;
    if (!criteria || !resolve_target(criteria->framework, target, console) ||
        !labels_are_declared(options, criteria->framework, console)) {
        return exit_trouble;
    }
    auto facts = load_people_facts(common, criteria->framework, console);
    if (!facts) {
        return exit_trouble;
    }
    std::vector<std::string> columns = chosen_columns(options, criteria->framework);
    privacy.id_labels = criteria->framework.people.id_labels();
    BatchContext context{criteria->framework,
                         *facts,
                         *as_of,
                         target,
                         common.limits,
                         render_options(options, columns, criteria->framework, privacy, console),
                         privacy,
                         options.summary,
                         options.trials_ending,
                         shows_placement(options, columns)};
    BatchRun run(options, context, console, common.quiet);
    int status = exit_ok;
    if (options.output) {
        status = write_output_file(
            *options.output, [&run](std::ostream& out) { return run.write(out); },
            [&run] { return run.refused(); }, console);
    } else if (!run.write(console.out)) {
        status = exit_trouble;
    }
    if (status != exit_ok) {
        return status; // no report, so no summary of one
    }
    console.out.flush(); // the table first, then the line that sums it up, on a shared terminal
    run.print_summary_line();
    if (run.no_rows()) {
        // Nothing was evaluated (`-` with an empty list, directories of empty directories):
        // trouble, never a silent success.
        console.err << "ladder: error: the paths named no evidence file to evaluate\n";
        return exit_trouble;
    }
    return run.any_error() ? exit_trouble : exit_ok;
}

} // namespace ladder
