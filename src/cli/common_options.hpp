#pragma once
// The options every command takes (--criteria, --color, --quiet and the input limits), and a
// --format restricted to the formats a command offers.

#include "commands/common.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace CLI {
class App;
} // namespace CLI

namespace ladder {

void add_common_options(CLI::App& command, CommonOptions& common);

// --roster FILE and --statements PATH, for the commands that read people.
void add_people_facts_options(CLI::App& command, CommonOptions& common);

// --as-of DATE, the day a command judges on; `purpose` follows "Evaluation date" in the help
// (" for --evidence"), so every command words the date and its default the same.
void add_as_of_option(CLI::App& command, std::optional<std::string>& as_of,
                      std::string_view purpose = "");

// The first of `allowed` is the default the help names.
void add_format_option(CLI::App& command, Format& format, const std::vector<Format>& allowed);

} // namespace ladder
