#pragma once
// `ladder batch` in text: an aligned table, one line per person, for a person scanning a
// terminal. Rows stream, so the column widths are fixed before the first row: from the framework
// (its level ids, its largest number of criteria) and caps on free text (ids, names, the
// missing criteria), which an ellipsis cuts. `--layout lines` keeps one sentence per person.

#include "model/framework.hpp"
#include "util/output_width.hpp"
#include "util/terminal.hpp"

#include <cstddef>
#include <string>

namespace ladder {

struct BatchRow;

enum class BatchTextLayout { table, lines };

struct BatchTable {
    std::size_t id_width = 12;
    std::size_t name_width = 18; // 0: no name column (a redacted run has no names)
    std::size_t level_width = 5;
    std::size_t met_width = 5;
    std::size_t missing_width = 32;
    // Columns a narrow width leaves out, the least needed first (see fit_table_to_width).
    bool show_best_fit = true;
    bool show_placed = true;
    bool show_level = true;
    std::size_t width = default_output_width; // the columns the table fits in
    Style style; // status colours and a bold header, on a terminal only
};

// The widths for this framework. Pseudonyms (`p-` and 16 hex digits) are never cut: two runs are
// joined on them.
BatchTable batch_table_for(const Framework& framework, bool redacted, bool pseudonymised,
                           Style style);
// Fits the table in `columns` columns (COLUMNS, else the terminal's, else 100: util/
// output_width) by choosing what to show, not by cutting ids: while the missing criteria would
// get fewer than 30 columns, it leaves out best fit, then placed, then the name, then the
// current level; the missing criteria then take what the others leave.
void fit_table_to_width(BatchTable& table, std::size_t columns);
std::string batch_table_header(const BatchTable& table);
// One line; an error row shows its error after the status, whole, wrapped under itself.
std::string batch_table_row(const BatchRow& row, const BatchTable& table);

} // namespace ladder
