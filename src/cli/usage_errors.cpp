#include "cli/usage_errors.hpp"

#include "cli/command_help.hpp"
#include "commands/common.hpp"
#include "util/text.hpp"

#include <CLI/CLI.hpp>
#include <algorithm>
#include <fmt/format.h>
#include <iostream>
#include <vector>

namespace ladder {

namespace {

std::vector<std::string> long_flags(const CLI::App& command) {
    std::vector<std::string> flags;
    for (const CLI::Option* option : command.get_options()) {
        for (const auto& name : option->get_lnames()) {
            flags.push_back("--" + name);
        }
    }
    return flags;
}

// The words CLI11 did not expect ("The following arguments were not expected: --fromat x"),
// each unknown flag with the closest flag of the command.
std::string suggest_flags(const CLI::App& command, const std::string& message) {
    auto colon = message.rfind(": ");
    if (colon == std::string::npos) {
        return {};
    }
    std::string suggestions;
    std::string words = message.substr(colon + 2);
    std::size_t start = 0;
    while (start < words.size()) {
        std::size_t end = std::min(words.find(' ', start), words.size());
        std::string word = words.substr(start, end - start);
        if (word.starts_with("--")) {
            auto flag = word.substr(0, word.find('='));
            if (auto match = closest_match(flag, long_flags(command))) {
                suggestions += fmt::format(" ('{}': did you mean '{}'?)", flag, *match);
            }
        }
        start = end + 1;
    }
    return suggestions;
}

} // namespace

int usage_error(const CLI::App& app, const CLI::ParseError& error) {
    const CLI::App* command = &app;
    if (!app.get_subcommands().empty()) {
        command = app.get_subcommands().front();
    }
    std::string message = error.what();
    if (dynamic_cast<const CLI::ExtrasError*>(&error) != nullptr) {
        message += suggest_flags(*command, message);
    }
    std::string help = command == &app ? "ladder --help" : "ladder help " + command->get_name();
    std::cerr << fmt::format("ladder: error: {}\nRun '{}' for usage.\n", message, help);
    return exit_trouble;
}

std::optional<std::string> unknown_command(std::string_view word) {
    if (word.starts_with("-") ||
        std::find(command_names().begin(), command_names().end(), word) != command_names().end()) {
        return std::nullopt;
    }
    return fmt::format("ladder: error: unknown command '{}'{}\nRun 'ladder --help' for the "
                       "commands.\n",
                       word, did_you_mean(word, command_names()));
}

} // namespace ladder
