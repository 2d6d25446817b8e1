#pragma once
// `ladder batch`: one row per input file, built from an evaluation or from the first error
// that stopped it, and the row's renderings. Rows are rendered one at a time (on the worker
// that evaluated the file) so that output can stream: a format is a header, one piece per
// row, and a footer.

#include "eval/evaluation.hpp"
#include "model/roster.hpp"
#include "report/batch/batch_text_table.hpp"
#include "report/common/format.hpp"
#include "report/common/table.hpp"
#include "util/diagnostic.hpp"

#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

namespace ladder {

// The verdict on the target (eval/route: TargetVerdict, the same in every command), or why
// there is none: the top of the track, an error, or a person on the roster with no evidence file
// among the inputs (no_evidence).
enum class BatchStatus { ready, not_ready, steps_away, no_route, top_of_track, error, no_evidence };
std::string_view to_string(BatchStatus status);

struct BatchRow {
    // The run's: the same on every row, so that rows from several runs can be stacked.
    std::string as_of;
    std::string framework;
    std::string framework_version;

    std::string file;
    BatchStatus status = BatchStatus::error;
    std::string id; // error rows keep whatever the file told before the error, maybe nothing
    std::string name;
    std::string track;
    std::string track_name;
    std::string level;
    std::string level_title;
    int band = 0;
    std::string target; // empty at the top of a track
    std::string target_title;
    // steps_away: the route's levels, the person's own first (IC3, IC4, M1); the counts below
    // are then those of its first step, as `evaluate` shows it in full.
    std::vector<std::string> route;
    int met = 0;       // met or set aside
    int set_aside = 0; // waived or not applicable
    int total = 0;
    double progress = 0.0;            // weighted share met, 0..1
    int required_missing = 0;         // 1 means one required criterion from ready
    std::vector<std::string> missing; // every missing criterion id, most important first
    std::vector<std::string> waived;  // criterion ids set aside as waived
    std::vector<std::string> not_applicable;
    // The person's ratings and endorsements by where they come from (model/provenance.hpp).
    int self_rated = 0; // self-assessed ratings (`by:` the person's own id, or `self`)
    int confirmed_ratings = 0;
    int claimed_ratings = 0;
    int unattributed_ratings = 0;
    int confirmed_endorsements = 0;
    int claimed_endorsements = 0;
    int months_in_level = 0;
    // The highest level the evidence reaches climbing the person's own track (eval/placement);
    // empty when not even its first level is reached, or when placement was not asked for.
    std::string placement;
    std::string best_fit;           // level id, empty if there is no band above
    double best_fit_progress = 0.0; // 0..1
    bool best_fit_interest = false; // the person declared interest in the best fit's track
    std::map<std::string, std::string> labels;
    bool wrong_track = false; // on a track not among their declared interests
    // A trial in progress (eval/trial); trial_ends is empty when there is none.
    std::string trial_from;
    std::string trial_ends;
    long trial_days_left = 0;
    bool trial_ready = false; // meets the level's own criteria
    int trial_required_missing = 0;
    bool trial_way_back_open = false;
    std::string error; // path:line:column: error: message [code]
    // The diagnostic `error` was rendered from: --redact renders it again with nothing of the
    // file in it (report/diagnostics/redaction).
    std::optional<Diagnostic> first_error;
};

BatchRow make_batch_row(const Evaluation& evaluation, const std::string& file);
// The row of a roster person with no evidence file: id, name and the roster's labels.
BatchRow make_no_evidence_row(const RosterPerson& person, const Framework& framework);
// `person` is what the file told before the error (id, name, track, level), if anything.
BatchRow make_error_row(const std::string& file, const Person* person,
                        const Diagnostics& diagnostics);
// The trial in progress, and whether the person is on a track they did not choose.
void add_trial_and_track_choice(BatchRow& row, const Framework& framework, const Person& person,
                                const Date& as_of);
// Whether the row is listed by --trials-ending DAYS (none: every row): a trial ending within
// DAYS (ended ones too), or an error (every file is accounted for).
bool listed_by_trials_ending(const BatchRow& row, const std::optional<int>& trials_ending);
// Stamps the run's columns (evaluation date, framework id and version) on a row.
void stamp_run(BatchRow& row, const Framework& framework, const Date& as_of);

struct BatchRenderOptions {
    Format format = Format::text;
    std::vector<std::string> columns; // machine names, in order (see batch_columns.hpp)
    BatchTextLayout layout = BatchTextLayout::table; // text only
    BatchTable table;                                // text only, with the table layout
};

// The row as an ordered record of the chosen columns; null where a value does not apply (an
// error row has no progress). Shared by csv, jsonl and json.
nlohmann::ordered_json batch_row_record(const BatchRow& row,
                                        const std::vector<std::string>& columns);
// The record with its format key, as one line of JSON (jsonl, json): the text json_text prints
// for with_output_format("ladder-batch-row", batch_row_record(...)), written cell by cell
// without building the document (a row's lists are as long as the framework's criteria).
std::string batch_row_json_text(const BatchRow& row, const std::vector<std::string>& columns);
// The same record as people read it (markdown, html): progress as "94%".
nlohmann::ordered_json batch_row_words(const BatchRow& row,
                                       const std::vector<std::string>& columns);

// The streaming pieces: header (before the first row), one row, and footer.
std::string render_batch_header(const BatchRenderOptions& options);
std::string render_batch_row(const BatchRow& row, const BatchRenderOptions& options);
std::string render_batch_footer(const BatchRenderOptions& options, std::size_t rows);
// What goes between two rows (json: the comma of the array).
std::string_view batch_row_separator(Format format);

// Generic record renderers, also used by the --summary table (CSV and Markdown:
// report/common/table.hpp).
std::string jsonl_record(const nlohmann::ordered_json& record);
std::string json_array_element(const nlohmann::ordered_json& record);
// The same around a record already printed as one line of JSON.
std::string jsonl_line(std::string record_text);
std::string json_array_line(std::string record_text);

} // namespace ladder
