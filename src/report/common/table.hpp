#pragma once
// Records (ordered JSON objects, one value per column) as table rows: CSV and Markdown.

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace ladder {

std::string csv_header(const std::vector<std::string>& columns);
// A value's cell: null is empty, a list is "a; b".
std::string csv_record(const nlohmann::ordered_json& record);
std::string markdown_header(const std::vector<std::string>& columns);
std::string markdown_record(const nlohmann::ordered_json& record);

// One CSV cell as RFC 4180 wants it, made safe for spreadsheets (OWASP "CSV Injection"):
// control bytes removed (tab, CR, LF become a space), and a cell a spreadsheet would run as a
// formula (=, +, -, @ or their fullwidth forms, after any leading spaces and double quotes)
// gets a leading single quote.
std::string csv_cell(std::string_view text);

} // namespace ladder
