#pragma once
// Reading CSV as spreadsheets and HR systems write it (RFC 4180): cells separated by commas,
// quoted with double quotes ("" inside quotes is one quote), rows ended by LF or CRLF. Every
// cell keeps its 1-based line and column, for diagnostics.

#include <string>
#include <string_view>
#include <vector>

namespace ladder {

struct CsvCell {
    std::string text;
    int line = 0;
    int column = 0;
};

struct CsvRow {
    std::vector<CsvCell> cells;
    int line = 0;
};

struct CsvProblem {
    int line = 0;
    int column = 0;
    std::string message; // what was expected and what was found
};

struct CsvTable {
    std::vector<CsvRow> rows; // blank lines are left out
    std::vector<CsvProblem> problems;
};

// A byte order mark at the start is skipped. Stops at the first problem (a quote left open, a
// character after a closing quote, a quote inside an unquoted cell).
CsvTable read_csv(std::string_view text);

} // namespace ladder
