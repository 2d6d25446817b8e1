#pragma once
// A command line ladder cannot run: an unknown command, an unknown flag, a bad option value.
// Each is one line with the prefix of every other error, a suggestion when a known word is
// close, and a pointer to the right help; the exit status is 2.

#include <optional>
#include <string>
#include <string_view>

namespace CLI {
class App;
class ParseError;
} // namespace CLI

namespace ladder {

// Prints CLI11's complaint about the command line, with the closest flag of the command for
// each unknown one; returns the exit status.
int usage_error(const CLI::App& app, const CLI::ParseError& error);

// The message for a first word that is no command (`ladder evalute`), which CLI11 would only
// call a missing command; nullopt for a command or a flag.
std::optional<std::string> unknown_command(std::string_view word);

} // namespace ladder
