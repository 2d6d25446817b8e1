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

// Headers a person reads; each column's machine name is its title (shown on hover).
std::string batch_html_header(const Framework& framework, const std::vector<std::string>& columns);
std::string batch_html_row(const BatchRow& row, const std::vector<std::string>& columns);
std::string batch_html_footer(const Framework& framework, const BatchSummary& summary);

} // namespace ladder
