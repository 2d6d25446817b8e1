// Records as table rows: CSV (RFC 4180, safe for spreadsheets) and Markdown tables. Every
// report that prints a table of records (the batch rows and summary, the candidates for
// openings) writes its cells here, so they are escaped alike.

#include "report/common/table.hpp"

#include "util/json_text.hpp"
#include "util/text.hpp"
#include "util/visible_text.hpp"

#include <algorithm>
#include <array>

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

// A table row must stay on one line, and a value from a file must not drive the terminal the
// Markdown is read on: line breaks, tabs and every other control or bidi character are shown
// escaped (util/visible_text; "\n", "\x1b"), their backslash escaped in turn.
std::string markdown_cell(std::string_view text) {
    std::string out;
    for (char c : visible_text(text)) {
        if (c == '|' || c == '\\') {
            out += '\\';
        }
        out += c;
    }
    return out;
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

} // namespace ladder
