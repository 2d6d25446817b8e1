#pragma once
// `ladder batch --format html`: one self-contained page with a table of every person, written
// as rows arrive (the page shell is split around the table), and at the end a chart of how
// many people are ready per track and level.

#include "model/framework.hpp"
#include "report/batch/batch_row.hpp"
#include "report/batch/batch_summary.hpp"

#include <string>
#include <vector>

namespace ladder {

// The page's default columns, for a person reading it: who, the status and what is missing
// first (the id stays in view when the table scrolls sideways), then the other batch columns in
// their order; not the evaluation date and the framework's id and version, the same on every
// row and stated once above the table instead.
std::vector<std::string> batch_html_default_columns(const Framework& framework);

// Headers a person reads; each column's machine name is its title (shown on hover).
std::string batch_html_header(const Framework& framework, const Date& as_of,
                              const std::vector<std::string>& columns);
std::string batch_html_row(const BatchRow& row, const std::vector<std::string>& columns);
std::string batch_html_footer(const Framework& framework, const BatchSummary& summary);

} // namespace ladder
