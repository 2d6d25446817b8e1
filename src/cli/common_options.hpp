#pragma once
// The options every command takes (--criteria, --color, --quiet and the input limits), and a
// --format restricted to the formats a command offers.

#include "commands/common.hpp"

#include <vector>

namespace CLI {
class App;
} // namespace CLI

namespace ladder {

void add_common_options(CLI::App& command, CommonOptions& common);

// The first of `allowed` is the default the help names.
void add_format_option(CLI::App& command, Format& format, const std::vector<Format>& allowed);

} // namespace ladder
