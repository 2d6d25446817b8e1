#pragma once
// The words of `--help` beyond the option list: each command's examples and its own exit
// statuses. Kept apart from the files of cli/ that include CLI11, so that wording changes do
// not recompile the command-line parser.

#include <string>
#include <string_view>
#include <vector>

namespace ladder {

// The names of the commands, in the order `ladder --help` lists them.
const std::vector<std::string>& command_names();

// "Examples: ...\n\nExit status: ..." for `ladder COMMAND --help`.
std::string command_footer(std::string_view command);

// The examples of `ladder COMMAND --help`, one command line a line, and its exit statuses
// ("0 success, 2 trouble (...)"), for the man page.
std::string_view command_examples(std::string_view command);
std::string_view command_exit_status(std::string_view command);

// The footer of `ladder --help`: examples, `ladder help COMMAND`, the exit-status convention.
std::string main_footer();

} // namespace ladder
