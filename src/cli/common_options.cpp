#include "cli/common_options.hpp"

#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <map>
#include <string>

namespace ladder {

namespace {

std::map<std::string, ColorMode> color_modes() {
    return {
        {"auto", ColorMode::automatic}, {"always", ColorMode::always}, {"never", ColorMode::never}};
}

} // namespace

void add_as_of_option(CLI::App& command, std::optional<std::string>& as_of,
                      std::string_view purpose) {
    command
        .add_option("--as-of", as_of,
                    fmt::format("Evaluation date{}, YYYY-MM-DD (default: today, in UTC)", purpose))
        ->type_name("DATE");
}

void add_common_options(CLI::App& command, CommonOptions& common) {
    command
        .add_option("--criteria", common.criteria,
                    "Criteria file, or a directory whose criteria files are read (default: "
                    "$LADDER_CRITERIA, else the criteria .ladder.yaml names, else the built-in "
                    "framework)")
        ->each([&common](const std::string&) { common.criteria_from_environment = false; })
        ->type_name("PATH");
    command.add_option("--color", common.color, "Colour: auto (on a terminal), always, never")
        ->transform(CLI::CheckedTransformer(color_modes(), CLI::ignore_case))
        ->option_text("auto|always|never");
    command.add_flag("-q,--quiet", common.quiet, "Print no summary lines on stderr");
    // The limits are rarely touched: grouped apart so that they do not crowd the options.
    const char* limits = "Input limits (a file over one is an error that names its flag)";
    command
        .add_option("--max-file-size", common.limits.max_file_bytes, "Largest input file in bytes")
        ->capture_default_str()
        ->type_name("N")
        ->group(limits);
    command.add_option("--max-depth", common.limits.max_depth, "Deepest YAML nesting")
        ->capture_default_str()
        ->type_name("N")
        ->group(limits);
    command
        .add_option("--max-nodes", common.limits.max_nodes,
                    "Most YAML nodes in a file, counting expanded aliases")
        ->capture_default_str()
        ->type_name("N")
        ->group(limits);
    command
        .add_option("--max-string-length", common.limits.max_string_length,
                    "Longest text value in a file")
        ->capture_default_str()
        ->type_name("N")
        ->group(limits);
    command.add_option("--max-levels", common.limits.max_levels, "Most levels in a framework")
        ->capture_default_str()
        ->type_name("N")
        ->group(limits);
    command
        .add_option("--max-criteria", common.limits.max_criteria,
                    "Most criteria in a framework, each option of all_of, any_of and at_least "
                    "counting as one, aliases expanded")
        ->capture_default_str()
        ->type_name("N")
        ->group(limits);
}

void add_people_facts_options(CLI::App& command, CommonOptions& common) {
    const char* facts = "Facts about people (default: those .ladder.yaml names)";
    command
        .add_option("--roster", common.roster,
                    "The organisation's people (CSV with an id column, or YAML): the authority "
                    "on labels, managers and endorsers' attributes")
        ->type_name("FILE")
        ->group(facts);
    command
        .add_option("--statements", common.statements,
                    "Statements files (or directories of them) in which raters, endorsers and "
                    "approvers confirm what they said about others; may be repeated")
        ->type_name("PATH")
        ->group(facts);
}

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

} // namespace ladder
