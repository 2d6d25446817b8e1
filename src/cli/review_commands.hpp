#pragma once
// The commands of criteria as code: run the criteria's test suite (test) and compare two
// versions of the criteria (diff). Each adds its command, options and help to `app`; the
// options object receives the parsed values and must outlive the parse.

#include "cli/command_context.hpp"
#include "commands/diff_command.hpp"
#include "commands/test_command.hpp"

namespace ladder {

void add_test_command(CLI::App& app, TestOptions& test, CommandContext& context);
void add_diff_command(CLI::App& app, DiffOptions& diff, CommandContext& context);

} // namespace ladder
