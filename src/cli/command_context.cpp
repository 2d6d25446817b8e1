#include "cli/command_context.hpp"

#include "cli/command_help.hpp"

#include <CLI/CLI.hpp>
#include <iostream>

namespace ladder {

Console CommandContext::console() {
    return Console{out,
                   std::cerr,
                   Style(should_use_color(common.color, stdout)),
                   Style(should_use_color(common.color, stderr)),
                   is_terminal(stderr),
                   output_width(stdout)};
}

CLI::App* add_command(CLI::App& app, const std::string& name, const std::string& description) {
    CLI::App* command = app.add_subcommand(name, description);
    command->footer(command_footer(name));
    return command;
}

} // namespace ladder
