// The renderings of batch rows: csv (RFC 4180), jsonl, json (one array, streamed), markdown and
// text. The first four render the same record, so they always agree on columns and values.

#include "report/batch/batch_row.hpp"
#include "util/json_text.hpp"
#include "util/text.hpp"
#include "util/utf8.hpp"

#include <algorithm>
#include <array>
#include <fmt/format.h>

namespace ladder {

namespace {

using json = nlohmann::ordered_json;

// A record value as the text of a table cell: null is empty, a list is "a; b".
std::string cell_text(const json& value) {
    if (value.is_null()) {
        return {};
    }
    if (value.is_string()) {
        return value.get<std::string>();
    }
    if (value.is_array()) {
        std::vector<std::string> parts;
        for (const auto& part : value) {
            parts.push_back(cell_text(part));
        }
        return join(parts, "; ");
    }
    return json_text(value);
}

// Control bytes in a cell: tab, carriage return and line feed become a space (a row stays on
// one line and words stay apart); the others (NUL, ESC, BEL, DEL...) are removed, so nothing
// reaches a terminal or a spreadsheet as a control.
std::string csv_without_controls(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        auto byte = static_cast<unsigned char>(c);
        if (c == '\t' || c == '\r' || c == '\n') {
            out += ' ';
        } else if (byte >= 0x20 && byte != 0x7F) {
            out += c;
        }
    }
    return out;
}

// Characters that make a spreadsheet read a cell as a formula: = + - @ (OWASP "CSV Injection"
// and ASVS 1.2.10), and their fullwidth forms, which some spreadsheets fold into them.
bool starts_formula(std::string_view text) {
    static constexpr std::string_view ascii = "=+-@";
    static constexpr std::array<std::string_view, 4> fullwidth = {
        "\xEF\xBC\x9D", "\xEF\xBC\x8B", "\xEF\xBC\x8D", "\xEF\xBC\xA0"}; // = + - @
    if (text.empty()) {
        return false;
    }
    if (ascii.find(text.front()) != std::string_view::npos) {
        return true;
    }
    return std::any_of(fullwidth.begin(), fullwidth.end(),
                       [&](std::string_view sign) { return text.rfind(sign, 0) == 0; });
}

// A leading ' makes the cell text. Spreadsheets skip leading spaces and quotes before they look
// for a formula, so the check does too.
std::string csv_neutralise_formula(std::string cell) {
    std::size_t first = cell.find_first_not_of(" \"");
    if (first != std::string::npos && starts_formula(std::string_view(cell).substr(first))) {
        cell.insert(cell.begin(), '\'');
    }
    return cell;
}

bool csv_needs_quotes(std::string_view text) {
    return text.find_first_of(",\"\r\n") != std::string_view::npos;
}

std::string markdown_cell(std::string_view text) {
    std::string out;
    for (char c : text) {
        if (c == '|' || c == '\\') {
            out += '\\';
            out += c;
        } else if (c == '\n' || c == '\r' || c == '\t') {
            out += ' '; // a table row must stay on one line
        } else {
            out += c;
        }
    }
    return out;
}

std::string text_row(const BatchRow& row, bool redact) {
    if (row.status == BatchStatus::error) {
        return (row.error.empty() ? row.file + ": error: not evaluated" : row.error) + "\n";
    }
    std::string who = redact || row.name.empty() ? row.id : row.id + " " + row.name;
    std::string line =
        fmt::format("{}: {}, {} {}", escape_invalid_utf8(row.file), who, row.track, row.level);
    if (row.status == BatchStatus::top_of_track) {
        line += ": top of the track";
    } else {
        line += fmt::format(" -> {}: {}, {} of {} met ({}%)", row.target,
                            row.status == BatchStatus::ready ? "READY" : "NOT READY", row.met,
                            row.total, row.progress);
    }
    if (!row.missing.empty()) {
        line += "; missing " + join(row.missing, ", ");
    }
    if (!row.best_fit.empty()) {
        line += fmt::format("; best fit {} ({}%)", row.best_fit, row.best_fit_progress);
    }
    return line + "\n";
}

} // namespace

std::string csv_cell(std::string_view text) {
    std::string cell = csv_neutralise_formula(csv_without_controls(text));
    if (!csv_needs_quotes(cell)) {
        return cell;
    }
    std::string quoted = "\"";
    for (char c : cell) {
        quoted += c;
        if (c == '"') {
            quoted += '"';
        }
    }
    return quoted + "\"";
}

std::string csv_header(const std::vector<std::string>& columns) {
    std::vector<std::string> cells;
    for (const auto& column : columns) {
        cells.push_back(csv_cell(column));
    }
    return join(cells, ",") + "\r\n";
}

std::string csv_record(const json& record) {
    std::vector<std::string> cells;
    for (const auto& [key, value] : record.items()) {
        cells.push_back(csv_cell(cell_text(value)));
    }
    return join(cells, ",") + "\r\n";
}

std::string markdown_header(const std::vector<std::string>& columns) {
    std::string names;
    std::string rule;
    for (const auto& column : columns) {
        names += "| " + markdown_cell(column) + " ";
        rule += "| --- ";
    }
    return names + "|\n" + rule + "|\n";
}

std::string markdown_record(const json& record) {
    std::string line;
    for (const auto& [key, value] : record.items()) {
        line += "| " + markdown_cell(cell_text(value)) + " ";
    }
    return line + "|\n";
}

std::string jsonl_record(const json& record) {
    return json_text(record) + "\n";
}

std::string json_array_element(const json& record) {
    return "\n  " + json_text(record);
}

std::string render_batch_header(const BatchRenderOptions& options) {
    switch (options.format) {
    case Format::csv:
        return csv_header(batch_row_columns(options.redact));
    case Format::markdown:
        return markdown_header(batch_row_columns(options.redact));
    case Format::json:
        return "[";
    default:
        return {};
    }
}

std::string render_batch_row(const BatchRow& row, const BatchRenderOptions& options) {
    switch (options.format) {
    case Format::csv:
        return csv_record(batch_row_record(row, options.redact));
    case Format::markdown:
        return markdown_record(batch_row_record(row, options.redact));
    case Format::json:
        return json_array_element(batch_row_record(row, options.redact));
    case Format::jsonl:
        return jsonl_record(batch_row_record(row, options.redact));
    default:
        return text_row(row, options.redact);
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
