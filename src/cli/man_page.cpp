#include "cli/man_page.hpp"

#include "cli/command_help.hpp"
#include "model/framework.hpp"
#include "report/batch/batch_columns.hpp"
#include "report/batch/batch_summary.hpp"

#include <CLI/CLI.hpp>
#include <algorithm>
#include <cctype>
#include <fmt/format.h>
#include <map>
#include <set>
#include <vector>

namespace ladder {

namespace {

// CLI11's group of the options given none (positionals included).
constexpr std::string_view default_group = "Options";

// One word of prose in roff: a backslash printed as one; an option or a negative number
// (a word starting with '-') with every hyphen a minus sign, as typed, and never hyphenated.
std::string roff_word(std::string_view word) {
    std::string out;
    const std::size_t start = std::min(word.find_first_not_of("(['\"`"), word.size());
    const bool option = start < word.size() && word[start] == '-';
    for (std::size_t i = 0; i < word.size(); ++i) {
        if (option && i == start) {
            out += "\\%";
        }
        if (word[i] == '\\') {
            out += "\\e";
        } else if (word[i] == '-' && option) {
            out += "\\-";
        } else {
            out += word[i];
        }
    }
    return out;
}

// Prose in roff, one output line per input line; a line that would start with a control
// character ('.' or '\'') is protected by `\&`.
std::string roff_text(std::string_view text) {
    std::string out;
    std::size_t line_start = 0;
    for (std::size_t i = 0; i <= text.size(); ++i) {
        if (i == text.size() || text[i] == ' ' || text[i] == '\n') {
            std::string_view word = text.substr(line_start, i - line_start);
            if (!word.empty() && (out.empty() || out.back() == '\n') &&
                (word.front() == '.' || word.front() == '\'')) {
                out += "\\&";
            }
            out += roff_word(word);
            if (i < text.size()) {
                out += text[i];
            }
            line_start = i + 1;
        }
    }
    return out;
}

std::string bold(std::string_view text) {
    return "\\fB" + roff_word(text) + "\\fR";
}

std::string italic(std::string_view text) {
    return "\\fI" + roff_word(text) + "\\fR";
}

// "-f, --format" in bold.
std::string option_names(const CLI::Option* option) {
    std::vector<std::string> names;
    for (const auto& name : option->get_snames()) {
        names.push_back(bold("-" + name));
    }
    for (const auto& name : option->get_lnames()) {
        names.push_back(bold("--" + name));
    }
    return fmt::format("{}", fmt::join(names, ", "));
}

// The value an option takes, as `--help` writes it: `text|json`, `N`, `[=all]`; empty for a
// flag.
std::string option_value(const CLI::Option* option) {
    const std::string& text = option->get_option_text();
    if (!text.empty()) {
        return text.starts_with("[=") ? "[=" + italic(text.substr(2, text.size() - 3)) + "]"
                                      : " " + italic(text);
    }
    const std::string type = option->get_type_name();
    if (option->get_type_size() == 0 || type.empty()) {
        return {}; // a flag
    }
    std::string out = " " + italic(type.substr(0, type.find(':')));
    if (option->get_expected_max() == CLI::detail::expected_max_vector_size) {
        out += "...";
    }
    return out;
}

// The description, with what `--help` shows beside the name: the default, the options it
// needs.
std::string option_description(const CLI::Option* option) {
    std::vector<std::string> notes;
    // The values CLI11's checks allow, which --help leaves to the words (`FORMAT:{criteria,...}`,
    // `N:INT in [1 - 1024]`), unless the name's value lists them (`text|json`).
    const std::string type = option->get_type_name();
    const std::size_t colon = type.find(':');
    if (option->get_option_text().empty() && colon != std::string::npos) {
        std::string check = type.substr(colon + 1);
        if (check.size() > 2 && check.front() == '{' && check.back() == '}') {
            std::string values = check.substr(1, check.size() - 2);
            for (std::size_t comma = values.find(','); comma != std::string::npos;
                 comma = values.find(',', comma + 2)) {
                values.replace(comma, 1, ", ");
            }
            notes.push_back("one of: " + values);
        } else if (const std::size_t in = check.find(" in ["); in != std::string::npos) {
            std::string range = check.substr(in + 5, check.find(']', in) - in - 5);
            if (const std::size_t dash = range.find(" - "); dash != std::string::npos) {
                notes.push_back(range.substr(0, dash) + " to " + range.substr(dash + 3));
            }
        }
    }
    if (!option->get_default_str().empty()) {
        notes.push_back("default: " + option->get_default_str());
    }
    for (const CLI::Option* needed : option->get_needs()) {
        notes.push_back("with " + needed->get_name());
    }
    std::string text = option->get_description();
    if (!notes.empty()) {
        text += fmt::format(" ({})", fmt::join(notes, "; "));
    }
    return roff_text(text);
}

std::string option_entry(const CLI::Option* option) {
    return fmt::format(".TP\n{}{}\n{}\n", option_names(option), option_value(option),
                       option_description(option));
}

// A positional argument's name as the synopsis writes it: PATH, PATH..., [PATH...]; when two
// arguments of the command take the same kind of value (diff's two PATHs), their own names in
// capitals (OLD, NEW).
std::string argument_synopsis(const CLI::App& command, const CLI::Option* option) {
    auto kind = [](const CLI::Option* argument) {
        const std::string type = argument->get_type_name();
        return type.substr(0, type.find(':'));
    };
    std::string word = kind(option);
    const auto arguments =
        command.get_options([](const CLI::Option* argument) { return argument->get_positional(); });
    if (std::count_if(arguments.begin(), arguments.end(),
                      [&](const CLI::Option* argument) { return kind(argument) == word; }) > 1) {
        word = option->get_name();
        std::transform(word.begin(), word.end(), word.begin(),
                       [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
    }
    std::string name = italic(word);
    if (option->get_expected_max() == CLI::detail::expected_max_vector_size) {
        name += "...";
    }
    return option->get_required() ? name : "[" + name + "]";
}

std::vector<const CLI::App*> commands_of(const CLI::App& app) {
    return app.get_subcommands([](const CLI::App*) { return true; });
}

// What identifies an option across commands: its names, its value and its words.
std::string option_key(const CLI::Option* option) {
    return option->get_name(false, true) + "\n" + option->get_option_text() + "\n" +
           option->get_type_name() + "\n" + option->get_description();
}

std::string group_title(const std::string& group) {
    return group.substr(0, group.find(" ("));
}

// The options described once for every command that takes them, out of the commands' own
// sections: the options every command has (in CLI11's default group), and each named group
// (input limits, facts about people).
struct SharedOptions {
    std::set<std::string> every_command; // option keys
    std::vector<const CLI::Option*> every_command_options;
    std::vector<std::string> groups; // in the order they first appear
    std::map<std::string, std::vector<const CLI::Option*>> group_options;

    bool shared(const CLI::Option* option) const {
        return option->get_group() != default_group || every_command.contains(option_key(option));
    }
};

SharedOptions shared_options(const CLI::App& app) {
    SharedOptions shared;
    std::map<std::string, std::size_t> commands_with;
    const auto commands = commands_of(app);
    for (const CLI::App* command : commands) {
        for (const CLI::Option* option : command->get_options()) {
            if (option->get_positional()) {
                continue;
            }
            if (option->get_group() == default_group) {
                ++commands_with[option_key(option)];
                continue;
            }
            const std::string& group = option->get_group();
            if (std::find(shared.groups.begin(), shared.groups.end(), group) ==
                shared.groups.end()) {
                shared.groups.push_back(group);
            }
            auto& options = shared.group_options[group];
            if (std::none_of(options.begin(), options.end(), [&](const CLI::Option* known) {
                    return known->get_name() == option->get_name();
                })) {
                options.push_back(option);
            }
        }
    }
    for (const CLI::Option* option : commands.front()->get_options()) {
        if (!option->get_positional() && option->get_group() == default_group &&
            commands_with[option_key(option)] == commands.size()) {
            shared.every_command.insert(option_key(option));
            shared.every_command_options.push_back(option);
        }
    }
    return shared;
}

std::string command_synopsis(const CLI::App& command) {
    std::string out = "\\fBladder " + command.get_name() + "\\fR";
    for (const CLI::Option* option : command.get_options()) {
        if (!option->get_positional() && option->get_required()) {
            out += " " + bold("--" + option->get_lnames().front()) + option_value(option);
        }
    }
    out += " [\\fIOPTION\\fR...]";
    for (const CLI::Option* option : command.get_options()) {
        if (option->get_positional()) {
            out += " " + argument_synopsis(command, option);
        }
    }
    return out;
}

// "0 success, 2 trouble (...)" as one tagged paragraph per status (commas inside parentheses
// are the status's own).
std::string exit_statuses(std::string_view text) {
    std::vector<std::string_view> statuses;
    int depth = 0;
    std::size_t start = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        depth += text[i] == '(' ? 1 : text[i] == ')' ? -1 : 0;
        if (depth == 0 && text.substr(i).starts_with(", ") && i + 3 < text.size() &&
            text[i + 2] >= '0' && text[i + 2] <= '9' && text[i + 3] == ' ') {
            statuses.push_back(text.substr(start, i - start));
            start = i + 2;
        }
    }
    statuses.push_back(text.substr(start));
    std::string out;
    for (std::string_view status : statuses) {
        const std::size_t space = status.find(' ');
        out += fmt::format(".TP\n.B {}\n{}\n", status.substr(0, space),
                           roff_text(status.substr(space + 1)));
    }
    return out;
}

std::string examples(std::string_view lines) {
    return ".PP\nExamples:\n.RS\n.nf\n" + roff_text(lines) + "\n.fi\n.RE\n";
}

// What only the manual says of batch: every column `--columns` takes, and the fields `--by`
// groups on.
std::string batch_columns() {
    const auto shown = default_batch_columns(Framework{});
    std::vector<std::string> columns;
    for (const auto& name : batch_column_names()) {
        const bool by_default = std::find(shown.begin(), shown.end(), name) != shown.end();
        columns.push_back(fmt::format("{}{} ({})", bold(name), by_default ? "" : "*",
                                      roff_text(batch_column_header(name))));
    }
    std::vector<std::string> fields;
    for (const auto& name : summary_group_columns()) {
        fields.push_back(bold(name));
    }
    return fmt::format(
        ".PP\n"
        "The columns of \\fB\\-\\-columns\\fR, in their default order, each with the header the "
        "HTML page gives it; those marked * are left out unless \\fB\\-\\-columns\\fR names them "
        "(the trial's columns also come with \\fB\\-\\-trials\\-ending\\fR), and \\fBerror\\fR "
        "stays last:\n{}.\n"
        ".PP\n"
        "\\fBlabel.\\fR\\fIKEY\\fR is the label \\fIKEY\\fR of each person (from the evidence "
        "files or the roster); a column per label the framework lists under \\fBpeople: "
        "labels:\\fR is shown by default.\n"
        ".PP\n"
        "\\fB\\-\\-summary \\-\\-by\\fR groups on one of {}, or a label key (\\fIKEY\\fR or "
        "\\fBlabel.\\fR\\fIKEY\\fR); or on \\fBtrack,level\\fR, the default.\n",
        fmt::join(columns, ",\n"), fmt::join(fields, ", "));
}

std::string command_section(const CLI::App& command, const SharedOptions& shared) {
    const std::string name = command.get_name();
    std::string description = command.get_description();
    if (!description.empty() && description.back() != '.') {
        description += '.';
    }
    std::string out = fmt::format(".SS {}\n{}\n.br\n{}\n", name, command_synopsis(command),
                                  roff_text(description));
    for (const CLI::Option* option : command.get_options()) {
        if (option->get_positional()) {
            out += fmt::format(".TP\n{}\n{}\n", argument_synopsis(command, option),
                               option_description(option));
        }
    }
    for (const CLI::Option* option : command.get_options()) {
        if (!option->get_positional() && !shared.shared(option)) {
            out += option_entry(option);
        }
    }
    if (name == "batch") {
        out += batch_columns();
    }
    // The shared options by name, each group apart, described under OPTIONS OF SEVERAL COMMANDS.
    std::vector<std::string> also;
    std::vector<std::string> every;
    for (const CLI::Option* option : shared.every_command_options) {
        every.push_back(option_names(option));
    }
    also.push_back(fmt::format("the options of every command ({})", fmt::join(every, ", ")));
    for (const auto& group : shared.groups) {
        std::vector<std::string> names;
        for (const CLI::Option* option : command.get_options()) {
            if (option->get_group() == group) {
                names.push_back(option_names(option));
            }
        }
        if (!names.empty()) {
            std::string title = group_title(group);
            title.front() =
                static_cast<char>(std::tolower(static_cast<unsigned char>(title.front())));
            also.push_back(fmt::format("{} ({})", roff_text(title), fmt::join(names, ", ")));
        }
    }
    out += fmt::format(".PP\nAlso {}: see \\%OPTIONS \\%OF \\%SEVERAL \\%COMMANDS.\n",
                       fmt::join(also, "; "));
    out += examples(command_examples(name));
    out += ".PP\nExit status:\n" + exit_statuses(command_exit_status(name));
    return out;
}

std::string shared_section(const SharedOptions& shared) {
    std::string out = ".SH \"OPTIONS OF SEVERAL COMMANDS\"\n.SS \"Every command\"\n";
    for (const CLI::Option* option : shared.every_command_options) {
        out += option_entry(option);
    }
    for (const auto& group : shared.groups) {
        out += fmt::format(".SS \"{}\"\n", roff_text(group));
        for (const CLI::Option* option : shared.group_options.at(group)) {
            out += option_entry(option);
        }
    }
    return out;
}

std::string synopsis(const CLI::App& app) {
    std::string out;
    for (const CLI::App* command : commands_of(app)) {
        out += command_synopsis(*command) + "\n.br\n";
    }
    return out + "\\fBladder help\\fR \\fICOMMAND\\fR\n.br\n\\fBladder \\-\\-version\\fR\n";
}

} // namespace

std::string_view man_page_parts() {
    return "synopsis, commands";
}

std::optional<std::string> man_page_part(const CLI::App& app, std::string_view part) {
    if (part == "synopsis") {
        return synopsis(app);
    }
    if (part == "commands") {
        const SharedOptions shared = shared_options(app);
        std::string out = ".SH COMMANDS\n";
        for (const CLI::App* command : commands_of(app)) {
            out += command_section(*command, shared);
        }
        return out + shared_section(shared);
    }
    return std::nullopt;
}

} // namespace ladder
