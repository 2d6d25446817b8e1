// The renderings of batch rows: csv (RFC 4180), jsonl, json (one array, streamed), markdown and
// text (the table of batch_text_table, or a sentence per person). The first four render the same
// record, so they always agree on columns and values.

#include "report/batch/batch_columns.hpp"
#include "report/batch/batch_row.hpp"
#include "report/common/output_format.hpp"
#include "report/common/table.hpp"
#include "report/common/trial_words.hpp"
#include "util/json_text.hpp"
#include "util/text.hpp"
#include "util/visible_text.hpp"

#include <fmt/format.h>

namespace ladder {

namespace {

using json = nlohmann::ordered_json;

// "; in trial from IC4, ends 2026-11-15 (in 14 days), 1 required criterion of M1 missing, the
// way back open"
std::string trial_clause(const BatchRow& row) {
    if (row.trial_ends.empty()) {
        return {};
    }
    std::string standing = row.trial_ready
                               ? fmt::format("meets the {} criteria", row.level)
                               : fmt::format("{} of {} missing",
                                             plural(row.trial_required_missing,
                                                    "required criterion", "required criteria"),
                                             row.level);
    return fmt::format("; in trial from {}, {} {} ({}), {}, {}", row.trial_from,
                       row.trial_days_left < 0 ? "ended" : "ends", row.trial_ends,
                       days_left_words(row.trial_days_left), standing,
                       row.trial_way_back_open ? "the way back open" : "no way back");
}

// A sentence per person (--layout lines). Redacted rows have no file or name: they start with the
// id.
std::string text_row(const BatchRow& row) {
    std::string where = row.file.empty() ? row.id : row.file;
    if (row.status == BatchStatus::error) {
        return (row.error.empty() ? visible_text(where) + ": error: not evaluated" : row.error) +
               "\n";
    }
    std::string who = row.name.empty() ? row.id : row.id + " " + row.name;
    if (row.status == BatchStatus::no_evidence) {
        return fmt::format("{}: on the roster, no evidence file\n", who);
    }
    std::string line = row.file.empty() ? fmt::format("{}: {} {}", row.id, row.track, row.level)
                                        : fmt::format("{}: {}, {} {}", visible_text(row.file), who,
                                                      row.track, row.level);
    if (row.status == BatchStatus::top_of_track) {
        line += ": top of the track";
    } else if (row.status == BatchStatus::no_route) {
        line +=
            fmt::format(" -> {}: NO ROUTE, {}", row.target, no_route_words(row.level, row.target));
    } else if (row.status == BatchStatus::steps_away) {
        line += fmt::format(
            " -> {}: NOT READY, {} ({}); the first step, {}: {} of {} met ({})", row.target,
            target_verdict_words(TargetVerdict::steps_away, row.route.size() - 1),
            join(row.route, " -> "), row.route.at(1), row.met, row.total, percent(row.progress));
    } else {
        line += fmt::format(" -> {}: {}, {} of {} met ({})", row.target,
                            row.status == BatchStatus::ready ? "READY" : "NOT READY", row.met,
                            row.total, percent(row.progress));
    }
    if (!row.missing.empty()) {
        line += "; missing " + join(row.missing, ", ");
    }
    if (row.set_aside > 0) {
        std::vector<std::string> set_aside = row.waived;
        for (const auto& id : row.not_applicable) {
            set_aside.push_back(id + " (not applicable)");
        }
        line += "; set aside " + join(set_aside, ", ");
    }
    if (!row.best_fit.empty()) {
        line += fmt::format("; best fit {} ({})", row.best_fit, percent(row.best_fit_progress));
    }
    return line + trial_clause(row) + "\n";
}

// A table row; a trial in progress follows on a line of its own, as the table has no room.
std::string table_row(const BatchRow& row, const BatchTable& table) {
    std::string line = batch_table_row(row, table);
    if (std::string trial = trial_clause(row); !trial.empty()) {
        line += "  " + trial.substr(2) + "\n"; // without the "; " that joins it to a sentence
    }
    return line;
}

} // namespace

std::string jsonl_record(const json& record) {
    return jsonl_line(json_text(record));
}

std::string jsonl_line(std::string record_text) {
    return record_text + "\n";
}

std::string json_array_element(const json& record) {
    return json_array_line(json_text(record));
}

std::string json_array_line(std::string record_text) {
    return "\n  " + record_text;
}

std::string render_batch_header(const BatchRenderOptions& options) {
    switch (options.format) {
    case Format::csv:
        return csv_header(options.columns);
    case Format::markdown: {
        std::vector<std::string> headers; // the words a reader of the wiki page reads
        for (const auto& column : options.columns) {
            headers.push_back(batch_column_header(column));
        }
        return markdown_header(headers);
    }
    case Format::json:
        return "[";
    case Format::text:
        return options.layout == BatchTextLayout::table ? batch_table_header(options.table)
                                                        : std::string();
    default:
        return {};
    }
}

std::string render_batch_row(const BatchRow& row, const BatchRenderOptions& options) {
    switch (options.format) {
    case Format::csv:
        return csv_record(batch_row_record(row, options.columns));
    case Format::markdown:
        return markdown_record(batch_row_words(row, options.columns));
    case Format::json:
        return json_array_line(batch_row_json_text(row, options.columns));
    case Format::jsonl:
        return jsonl_line(batch_row_json_text(row, options.columns));
    default:
        return options.layout == BatchTextLayout::table ? table_row(row, options.table)
                                                        : text_row(row);
    }
}

std::string_view batch_row_separator(Format format) {
    return format == Format::json ? "," : "";
}

std::string render_batch_footer(const BatchRenderOptions& options, std::size_t rows) {
    if (options.format != Format::json) {
        return {};
    }
    return rows == 0 ? "]\n" : "\n]\n";
}

} // namespace ladder
