#include "report/batch/batch_text_table.hpp"

#include "report/batch/batch_row.hpp"
#include "util/column_width.hpp"
#include "util/text.hpp"
#include "util/visible_text.hpp"

#include <algorithm>
#include <fmt/format.h>

namespace ladder {

namespace {

constexpr std::size_t status_width = 12;  // "top of track"
constexpr std::size_t required_width = 5; // "needs": required criteria missing
constexpr std::size_t missing_room = 30;  // what the missing criteria need to be read
constexpr std::size_t level_cap = 16;     // a level id longer than this is cut
constexpr std::size_t pseudonym_width = 18;
constexpr std::string_view gap = "  ";

// A cell of free text from a file: shown visibly (no control characters), cut to fit, padded.
std::string cell(std::string_view text, std::size_t width) {
    return pad_right(fit_to_columns(visible_text(text), width), width);
}

std::size_t digits(std::size_t number) {
    return fmt::format("{}", number).size();
}

// The most criteria any level or move is judged on: the widest "met/total".
std::size_t most_criteria(const Framework& framework) {
    std::size_t most = 0;
    for (const auto& level : framework.levels) {
        if (const auto* criteria = indexed_criteria(framework, level)) {
            most = std::max(most, criteria->size());
        }
    }
    for (const auto& move : framework.transitions) {
        if (const auto* criteria = indexed_criteria(framework, move)) {
            most = std::max(most, criteria->size());
        }
    }
    return most;
}

std::string status_cell(const BatchRow& row, const BatchTable& table) {
    const Style& style = table.style;
    switch (row.status) {
    case BatchStatus::ready:
        return style.green(pad_right("ready", status_width));
    case BatchStatus::not_ready:
        return style.yellow(pad_right("not ready", status_width));
    case BatchStatus::steps_away:
        return style.yellow(pad_right("steps away", status_width));
    case BatchStatus::no_route:
        return style.yellow(pad_right("no route", status_width));
    case BatchStatus::top_of_track:
        return style.cyan(pad_right("top of track", status_width));
    case BatchStatus::error:
        return style.red(pad_right("error", status_width));
    case BatchStatus::no_evidence:
        return style.red(pad_right("no file", status_width));
    }
    return pad_right("", status_width);
}

// The cells every row has: who, where they stand, whom they are judged against.
std::vector<std::string> person_cells(const BatchRow& row, const BatchTable& table) {
    std::vector<std::string> cells = {cell(row.id, table.id_width)};
    if (table.name_width > 0) {
        cells.push_back(cell(row.name, table.name_width));
    }
    if (table.show_level) {
        cells.push_back(cell(row.level, table.level_width));
    }
    cells.push_back(cell(row.target, table.level_width));
    cells.push_back(status_cell(row, table));
    return cells;
}

std::string best_fit_text(const BatchRow& row) {
    return row.best_fit.empty()
               ? std::string()
               : fmt::format("{} {}", row.best_fit, percent(row.best_fit_progress));
}

// As many whole criterion ids as fit, then how many more ("a, b +4"): a cut id would be a
// puzzle. When not even the first fits, it is cut with an ellipsis.
std::string missing_text(const std::vector<std::string>& missing, std::size_t width) {
    std::string shown;
    for (std::size_t i = 0; i < missing.size(); ++i) {
        std::string next = (i == 0 ? "" : shown + ", ") + visible_text(missing[i]);
        std::size_t left = missing.size() - i - 1;
        std::string more = left > 0 ? fmt::format(" +{}", left) : "";
        if (text_columns(next) + more.size() <= width) {
            shown = std::move(next);
        } else if (i == 0) {
            return fit_to_columns(next, width - std::min(width, more.size())) + more;
        } else {
            return shown + fmt::format(" +{}", missing.size() - i);
        }
    }
    return shown;
}

std::vector<std::string> judged_cells(const BatchRow& row, const BatchTable& table) {
    bool counted = row.status != BatchStatus::top_of_track && row.total > 0;
    auto counted_text = [&](std::string text) {
        return counted ? text : std::string();
    };
    std::vector<std::string> cells = {
        pad_right(counted_text(fmt::format("{}/{}", row.met, row.total)), table.met_width),
        pad_right(counted_text(fmt::format("{}", row.required_missing)), required_width)};
    if (table.show_placed) {
        // The highest level of their own track whose criteria the evidence meets, climbing
        // from its first: "none" says no level is, where a blank would read as "not judged".
        cells.push_back(cell(row.placement.empty() ? "none" : row.placement, table.level_width));
    }
    if (table.show_best_fit) {
        cells.push_back(cell(best_fit_text(row), table.level_width + 5));
    }
    cells.push_back(missing_text(row.missing, table.missing_width));
    return cells;
}

std::string line_of(const std::vector<std::string>& cells) {
    std::string line = join(cells, gap);
    while (!line.empty() && line.back() == ' ') {
        line.pop_back(); // padding of empty trailing cells
    }
    return line + "\n";
}

// The width of the person's cells and the gap after them: where an error row's error starts.
std::size_t person_cells_width(const BatchTable& table) {
    std::size_t width = table.id_width + gap.size();
    width += table.name_width > 0 ? table.name_width + gap.size() : 0;
    width += table.show_level ? table.level_width + gap.size() : 0;
    return width + table.level_width + gap.size() + status_width + gap.size();
}

// The error is the one cell that says what to fix: whole, wrapped under itself, or on lines
// of its own when the person's cells leave it too little room.
std::string error_row(const std::vector<std::string>& cells, const std::string& error,
                      const BatchTable& table) {
    std::size_t start = person_cells_width(table);
    std::size_t right = table.width - 1; // the last column left free, as for the others
    if (start + missing_room <= right) {
        return join(cells, gap) + std::string(gap) + wrap_text(error, right, start) + "\n";
    }
    return line_of(cells) + "  " + wrap_text(error, right, 2) + "\n";
}

} // namespace

BatchTable batch_table_for(const Framework& framework, bool redacted, bool pseudonymised,
                           Style style) {
    BatchTable table;
    table.style = style;
    if (pseudonymised) {
        table.id_width = pseudonym_width;
    }
    if (redacted) {
        table.name_width = 0;
    }
    std::size_t level = std::string_view("target").size();
    for (const auto& each : framework.levels) {
        level = std::max(level, std::min(level_cap, text_columns(visible_text(each.id))));
    }
    table.level_width = level;
    std::size_t count = digits(most_criteria(framework));
    table.met_width = std::max<std::size_t>(3, 2 * count + 1);
    return table;
}

namespace {

// Where the missing criteria start: the width of everything before them, gaps included.
std::size_t before_missing(const BatchTable& table) {
    BatchTable plain = table;
    plain.style = Style(false);
    std::string header = batch_table_header(plain);
    return text_columns(header.substr(0, header.rfind("missing")));
}

} // namespace

void fit_table_to_width(BatchTable& table, std::size_t columns) {
    table.width = columns;
    auto too_narrow = [&] {
        return before_missing(table) + missing_room >= columns;
    };
    // Left out in turn while the missing criteria would be too narrow to read.
    if (too_narrow()) {
        table.show_best_fit = false;
    }
    if (too_narrow()) {
        table.show_placed = false;
    }
    if (too_narrow()) {
        table.name_width = 0;
    }
    if (too_narrow()) {
        table.show_level = false;
    }
    // The last column is left free: a line that fills it wraps early on some terminals.
    std::size_t used = before_missing(table) + 1;
    table.missing_width = columns > used + 12 ? columns - used : 12;
}

std::string batch_table_header(const BatchTable& table) {
    std::vector<std::string> cells = {pad_right("id", table.id_width)};
    if (table.name_width > 0) {
        cells.push_back(pad_right("name", table.name_width));
    }
    if (table.show_level) {
        cells.push_back(pad_right("level", table.level_width));
    }
    cells.push_back(pad_right("target", table.level_width));
    cells.push_back(pad_right("status", status_width));
    cells.push_back(pad_right("met", table.met_width));
    cells.push_back(pad_right("needs", required_width));
    if (table.show_placed) {
        cells.push_back(pad_right("meets", table.level_width));
    }
    if (table.show_best_fit) {
        cells.push_back(pad_right("best fit", table.level_width + 5));
    }
    cells.emplace_back("missing");
    std::string line = line_of(cells);
    line.pop_back();
    return table.style.bold(line) + "\n";
}

std::string batch_table_row(const BatchRow& row, const BatchTable& table) {
    std::vector<std::string> cells = person_cells(row, table);
    if (row.status == BatchStatus::error) {
        return error_row(cells, row.error.empty() ? std::string("not evaluated") : row.error,
                         table);
    }
    for (auto& each : judged_cells(row, table)) {
        cells.push_back(std::move(each));
    }
    return line_of(cells);
}

} // namespace ladder
