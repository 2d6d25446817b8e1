#pragma once
// What every command's definition shares with run_cli: the options all commands take, standard
// output, and the exit status a command's callback leaves. Each family of commands
// (framework_commands, people_commands, review_commands) adds its commands through it.

#include "commands/common.hpp"
#include "util/fd_output.hpp"

#include <string>
#include <unistd.h>

namespace CLI {
class App;
} // namespace CLI

namespace ladder {

struct CommandContext {
    CommonOptions common;
    FdOutput out{STDOUT_FILENO};
    int status = exit_ok;

    // The console the command that ran prints to, with the colours its options chose.
    // Standard output goes through `out`, so that a failed write keeps its reason.
    Console console();
};

// A new command with its help footer (examples and its own exit statuses).
CLI::App* add_command(CLI::App& app, const std::string& name, const std::string& description);

} // namespace ladder
