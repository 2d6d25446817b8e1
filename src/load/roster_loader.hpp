#pragma once
// Reading a roster: a CSV file as an HR system exports it (a header row with an `id` column;
// `name`, `manager`, `status` and further columns optional), or a YAML file with a `roster:`
// list of maps of the same columns.

#include "load/source_text.hpp"
#include "model/roster.hpp"
#include "yaml/limits.hpp"

#include <optional>

namespace ladder {

// By the file name: `.csv` is CSV, anything else YAML. Problems (with line and column) go to
// `diagnostics`; nullopt when the file cannot be read as a roster at all.
std::optional<Roster> load_roster(const SourceText& source, const InputLimits& limits,
                                  Diagnostics& diagnostics);

} // namespace ladder
