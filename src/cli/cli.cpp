#include "cli/cli.hpp"

#include "commands/validate_command.hpp"

#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <iostream>

namespace ladder {

namespace {

const char* exit_status_help = R"(Exit status:
  validate   0 no errors, 1 errors found, 2 trouble (unreadable path, usage error)
  evaluate   0 every person ready for the target, 1 someone is not, 2 trouble
  batch      0 all evaluated, 2 one or more files could not be evaluated
  others     0 success, 2 trouble)";

std::map<std::string, ColorMode> color_modes() {
    return {{"auto", ColorMode::automatic}, {"always", ColorMode::always},
            {"never", ColorMode::never}};
}

// Options every command takes.
void add_common_options(CLI::App& command, CommonOptions& common) {
    command.add_option("--criteria", common.criteria,
                       "Criteria file or directory (default: the built-in framework)");
    command.add_option("--color", common.color, "Colour: auto (on a terminal), always, never")
        ->transform(CLI::CheckedTransformer(color_modes(), CLI::ignore_case))
        ->option_text("auto|always|never");
    command.add_flag("-q,--quiet", common.quiet, "Print no summary lines on stderr");
    command.add_option("--max-file-size", common.limits.max_file_bytes,
                       "Largest input file in bytes")
        ->capture_default_str();
    command.add_option("--max-depth", common.limits.max_depth, "Deepest YAML nesting")
        ->capture_default_str();
    command.add_option("--max-nodes", common.limits.max_nodes,
                       "Most YAML nodes in a file, counting expanded aliases")
        ->capture_default_str();
    command.add_option("--max-string-length", common.limits.max_string_length,
                       "Longest text value in a file")
        ->capture_default_str();
}

// A --format option restricted to the formats a command supports.
void add_format_option(CLI::App& command, Format& format, const std::vector<Format>& allowed) {
    std::vector<std::string> names;
    for (Format value : allowed) {
        names.emplace_back(to_string(value));
    }
    command
        .add_option_function<std::string>(
            "-f,--format", [&format](const std::string& name) { format = *parse_format(name); },
            "Output format (default: " + names.front() + ")")
        ->check(CLI::IsMember(names))
        ->option_text(fmt::format("{}", fmt::join(names, "|")));
}

Console make_console(const CommonOptions& common) {
    return Console{std::cout, std::cerr, Style(should_use_color(common.color, stdout)),
                   Style(should_use_color(common.color, stderr)), is_terminal(stderr)};
}

} // namespace

int run_cli(int argc, char** argv) {
    CLI::App app{"ladder: transparent, checkable promotion criteria.\n"
                 "Reads a career framework (tracks, levels, criteria) and people's evidence "
                 "files, and explains where each person stands.",
                 "ladder"};
    app.set_version_flag("-V,--version", std::string("ladder ") + LADDER_VERSION);
    app.footer(exit_status_help);
    app.require_subcommand(1);

    CommonOptions common;
    int status = exit_ok;

    ValidateOptions validate;
    CLI::App* validate_command = app.add_subcommand(
        "validate", "Check criteria files (or evidence files, with --evidence) and report every "
                    "problem as path:line:column");
    validate_command->add_option("paths", validate.paths,
                                 "Criteria files or directories (default: --criteria or the "
                                 "built-in framework); with --evidence, evidence files");
    validate_command->add_flag("--evidence", validate.evidence,
                               "The paths are evidence files, checked against --criteria");
    validate_command->add_option("--as-of", validate.as_of,
                                 "Evaluation date YYYY-MM-DD for evidence dates (default: today)");
    add_format_option(*validate_command, validate.format,
                      {Format::text, Format::json, Format::github});
    add_common_options(*validate_command, common);
    validate_command->callback(
        [&] { status = run_validate(common, validate, make_console(common)); });

    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& error) {
        int code = app.exit(error);
        return code == 0 ? exit_ok : exit_trouble;
    }
    return status;
}

} // namespace ladder
