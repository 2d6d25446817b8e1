#pragma once
// The columns of `ladder batch`: one stable machine name each (csv headers, json keys,
// `--columns`), a header a person can read (the HTML page), and how a row fills it. Labels from
// the evidence files' `labels:` section are columns too, named `label.KEY`.

#include "model/framework.hpp"
#include "report/batch/batch_row.hpp"

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

namespace ladder {

inline constexpr std::string_view label_column_prefix = "label.";

// Every column but the labels, in the default order.
std::vector<std::string> batch_column_names();
// The default columns: all of them but `wrong_track` and the trial's, with one `label.KEY`
// column per label the framework declares (`people: labels:`) before `error`, which stays last.
std::vector<std::string> default_batch_columns(const Framework& framework);
// The columns a person reads in a wiki's table (markdown): who, where they stand, what is
// missing, and the framework's labels; `--columns` gives the others.
std::vector<std::string> readable_batch_columns(const Framework& framework);
// The trial's columns (trial_from ... trial_way_back_open), which --trials-ending adds.
std::vector<std::string> trial_batch_columns();
// "a, b, c" from `--columns`; an error message naming the first unknown column (did you mean),
// or nothing when every name is a column or a `label.KEY`.
std::optional<std::string> unknown_batch_column(const std::vector<std::string>& names);
// The header a person reads: "Months in level", "Team" for `label.team`.
std::string batch_column_header(const std::string& name);
// The row's value in that column; null where it does not apply.
nlohmann::ordered_json batch_cell(const BatchRow& row, const std::string& name);
// batch_cell's value as one line of JSON, appended to `out` (json_text's bytes, without copying
// a list column into a document first).
void append_batch_cell_json(std::string& out, const BatchRow& row, const std::string& name);
// The value as the reports people read show it (markdown, html): progress as "94%" instead of
// the share 0.94; every other column as batch_cell.
nlohmann::ordered_json batch_cell_words(const BatchRow& row, const std::string& name);

} // namespace ladder
