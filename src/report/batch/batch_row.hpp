#pragma once
// `ladder batch`: one row per input file, built from an evaluation or from the first error
// that stopped it, and the row's renderings. Rows are rendered one at a time (on the worker
// that evaluated the file) so that output can stream: a format is a header, one piece per
// row, and a footer.

#include "eval/evaluation.hpp"
#include "report/common/format.hpp"
#include "util/diagnostic.hpp"

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace ladder {

enum class BatchStatus { ready, not_ready, top_of_track, error };
std::string_view to_string(BatchStatus status);

// How many of the missing criteria a row names: the most important ones.
inline constexpr std::size_t batch_missing_shown = 3;

struct BatchRow {
    std::string file;
    BatchStatus status = BatchStatus::error;
    std::string id; // error rows keep whatever the file told before the error, maybe nothing
    std::string name;
    std::string track;
    std::string level;
    std::string target; // empty at the top of a track
    int met = 0;
    int total = 0;
    int progress = 0;                 // percent, rounded down (99.6% is not "100")
    std::vector<std::string> missing; // criterion ids, most important first
    std::string best_fit;             // level id, empty if there is no band above
    int best_fit_progress = 0;        // percent, rounded down
    std::string error;                // path:line:column: error: message [code]
};

BatchRow make_batch_row(const Evaluation& evaluation, const std::string& file);
// `person` is what the file told before the error (id, name, track, level), if anything.
BatchRow make_error_row(const std::string& file, const Person* person,
                        const Diagnostics& diagnostics);

struct BatchRenderOptions {
    Format format = Format::text;
    bool redact = false; // leave names out; ids remain
};

// The row as an ordered record: the columns below, in order; null where a value does not
// apply (an error row has no progress). Shared by csv, jsonl, json and markdown.
std::vector<std::string> batch_row_columns(bool redact);
nlohmann::ordered_json batch_row_record(const BatchRow& row, bool redact);

// The streaming pieces: header (before the first row), one row, and footer.
std::string render_batch_header(const BatchRenderOptions& options);
std::string render_batch_row(const BatchRow& row, const BatchRenderOptions& options);
std::string render_batch_footer(const BatchRenderOptions& options, std::size_t rows);
// What goes between two rows (json: the comma of the array).
std::string_view batch_row_separator(Format format);

// Generic record renderers, also used by the --summary table.
std::string csv_header(const std::vector<std::string>& columns);
std::string csv_record(const nlohmann::ordered_json& record);
std::string markdown_header(const std::vector<std::string>& columns);
std::string markdown_record(const nlohmann::ordered_json& record);
std::string jsonl_record(const nlohmann::ordered_json& record);
std::string json_array_element(const nlohmann::ordered_json& record);

// One CSV cell as RFC 4180 wants it, made safe for spreadsheets (OWASP "CSV Injection"):
// control bytes removed (tab, CR, LF become a space), and a cell a spreadsheet would run as a
// formula (=, +, -, @ or their fullwidth forms, after any leading spaces and double quotes)
// gets a leading single quote.
std::string csv_cell(std::string_view text);

} // namespace ladder
