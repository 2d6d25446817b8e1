#include "cli/cli.hpp"

#include "cli/command_help.hpp"
#include "cli/last_resort.hpp"
#include "commands/batch_command.hpp"
#include "commands/candidates_command.hpp"
#include "commands/diff_command.hpp"
#include "commands/evaluate_command.hpp"
#include "commands/place_command.hpp"
#include "commands/publish_command.hpp"
#include "commands/schema_command.hpp"
#include "commands/show_command.hpp"
#include "commands/template_command.hpp"
#include "commands/test_command.hpp"
#include "commands/validate_command.hpp"
#include "commands/version_command.hpp"
#include "report/schemas/output_schemas.hpp"
#include "util/text.hpp"

#include <CLI/CLI.hpp>
#include <cstdlib>
#include <fmt/format.h>
#include <iostream>
#include <unistd.h>

namespace ladder {

namespace {

std::map<std::string, ColorMode> color_modes() {
    return {
        {"auto", ColorMode::automatic}, {"always", ColorMode::always}, {"never", ColorMode::never}};
}

// "a,b,c" -> {a, b, c}.
std::vector<std::string> split_list(const std::string& list) {
    std::vector<std::string> parts;
    std::size_t start = 0;
    while (true) {
        std::size_t comma = list.find(',', start);
        parts.push_back(list.substr(start, comma - start));
        if (comma == std::string::npos) {
            return parts;
        }
        start = comma + 1;
    }
}

// Options every command takes.
void add_common_options(CLI::App& command, CommonOptions& common) {
    command
        .add_option("--criteria", common.criteria,
                    "Criteria file, or a directory whose criteria files are read (default: "
                    "$LADDER_CRITERIA, else the built-in framework)")
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

// Standard output goes through an FdOutput, so that a failed write keeps its reason.
Console make_console(const CommonOptions& common, std::ostream& out) {
    return Console{out,
                   std::cerr,
                   Style(should_use_color(common.color, stdout)),
                   Style(should_use_color(common.color, stderr)),
                   is_terminal(stderr),
                   output_width(stdout)};
}

// A new command with its help footer (examples and its own exit statuses).
CLI::App* add_command(CLI::App& app, const std::string& name, const std::string& description) {
    CLI::App* command = app.add_subcommand(name, description);
    command->footer(command_footer(name));
    return command;
}

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

// A usage error, with the prefix of every other error and a pointer to the right help.
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

// `ladder evalute`: CLI11 would only say that a command is required.
std::optional<std::string> unknown_command(std::string_view word) {
    if (word.starts_with("-") ||
        std::find(command_names().begin(), command_names().end(), word) != command_names().end()) {
        return std::nullopt;
    }
    return fmt::format("ladder: error: unknown command '{}'{}\nRun 'ladder --help' for the "
                       "commands.\n",
                       word, did_you_mean(word, command_names()));
}

// `ladder help COMMAND` is `ladder COMMAND --help`; `ladder help` is `ladder --help`.
std::vector<std::string> arguments_of(int argc, char** argv) {
    std::vector<std::string> arguments(argv + 1, argv + argc);
    if (!arguments.empty() && arguments.front() == "help") {
        arguments.erase(arguments.begin());
        arguments.resize(std::min<std::size_t>(arguments.size(), 1));
        arguments.emplace_back("--help");
    }
    return arguments;
}

} // namespace

int run_cli(int argc, char** argv) {
    CLI::App app{"ladder: transparent, checkable promotion criteria.\n"
                 "Reads a career framework (tracks, levels, criteria) and people's evidence "
                 "files, and explains where each person stands.",
                 "ladder"};
    app.set_version_flag(
        "-V,--version",
        [] {
            std::string text = version_text();
            text.pop_back(); // CLI11 adds the final newline
            return text;
        },
        "Print the version and the built-in framework's id and version");
    app.footer(main_footer());
    app.require_subcommand(1);

    CommonOptions common;
    // The default criteria path; --criteria, parsed later, overwrites it. (CLI11's envname
    // would let another subcommand's copy of the option write the variable over the flag.)
    if (const char* variable = std::getenv("LADDER_CRITERIA"); variable && *variable) {
        common.criteria = variable;
        common.criteria_from_environment = true;
    }
    int status = exit_ok;
    FdOutput out(STDOUT_FILENO);

    ValidateOptions validate;
    CLI::App* validate_command = add_command(
        app, "validate",
        "Check criteria, evidence, test-suite and openings files (each YAML file as what its "
        "keys say it is) and report every problem as path:line:column");
    validate_command
        ->add_option("paths", validate.paths,
                     "Files or directories (default: --criteria or the built-in framework); "
                     "with --evidence, evidence files")
        ->type_name("PATH");
    validate_command->add_flag("--evidence", validate.evidence,
                               "The paths are evidence files, checked against --criteria");
    validate_command
        ->add_option("--as-of", validate.as_of,
                     "Evaluation date for evidence dates, YYYY-MM-DD (default: today, in UTC)")
        ->type_name("DATE");
    validate_command
        ->add_option_function<std::string>(
            "-f,--format",
            [&validate](const std::string& name) {
                validate.format_auto = name == "auto";
                validate.format = parse_format(name).value_or(Format::text);
            },
            "Output format (default: text; auto: github in GitHub Actions, else text)")
        ->check(CLI::IsMember({"text", "json", "github", "junit", "sarif", "auto"}))
        ->option_text("text|json|github|junit|sarif|auto");
    validate_command
        ->add_option("-o,--output", validate.outputs,
                     "Also write the findings to FILE in FORMAT (text, json, github, junit, "
                     "sarif); may be repeated")
        ->type_name("FORMAT=FILE");
    validate_command->add_flag("--strict", validate.strict, "Warnings fail too (exit 1)");
    validate_command
        ->add_option("--disable", validate.disabled,
                     "Switch off the check with this diagnostic code; may be repeated (one line: "
                     "a '# ladder: disable=CODE' comment on it)")
        ->type_name("CODE");
    add_common_options(*validate_command, common);
    validate_command->callback(
        [&] { status = run_validate(common, validate, make_console(common, out)); });

    EvaluateOptions evaluate;
    CLI::App* evaluate_command = add_command(
        app, "evaluate",
        "Gap report for each person: what is met, what is missing, why, and how to close the "
        "gap; plus the cross-track view");
    evaluate_command
        ->add_option("files", evaluate.files, "Evidence files; - reads one from standard input")
        ->required()
        ->type_name("FILE");
    evaluate_command
        ->add_option("-t,--target", evaluate.target,
                     "Level to evaluate against, on any track (default: the next level up on "
                     "the person's track); a level no single step reaches shows the route")
        ->type_name("LEVEL");
    evaluate_command
        ->add_option("--as-of", evaluate.as_of,
                     "Evaluation date, YYYY-MM-DD (default: today, in UTC)")
        ->type_name("DATE");
    evaluate_command
        ->add_flag("--explain{near}", evaluate.explain,
                   "Show the evidence items that nearly counted for each criterion (failing one "
                   "filter), and why; --explain=all: every item considered")
        ->check(CLI::IsMember({"near", "all"}))
        ->type_name("all");
    add_format_option(*evaluate_command, evaluate.format,
                      {Format::text, Format::markdown, Format::json, Format::html});
    add_common_options(*evaluate_command, common);
    evaluate_command->callback(
        [&] { status = run_evaluate(common, evaluate, make_console(common, out)); });

    PlaceOptions place;
    CLI::App* place_command = add_command(
        app, "place",
        "The level each person's evidence reaches on each track, and what the next level needs");
    place_command->add_option("files", place.files, "Evidence files")
        ->required()
        ->type_name("FILE");
    place_command
        ->add_option("--as-of", place.as_of, "Evaluation date, YYYY-MM-DD (default: today)")
        ->type_name("DATE");
    add_format_option(*place_command, place.format, {Format::text, Format::json});
    add_common_options(*place_command, common);
    place_command->callback([&] { status = run_place(common, place, make_console(common, out)); });

    ShowOptions show;
    CLI::App* show_command =
        add_command(app, "show",
                    "Print the framework as people read it: the tracks side by side by band, a "
                    "track, or a level with all its criteria");
    show_command
        ->add_option("what", show.what,
                     "A track id (ic), a level id (IC4) or a competency id (delivery)")
        ->type_name("TRACK|LEVEL|COMPETENCY");
    add_format_option(*show_command, show.format, {Format::text, Format::markdown, Format::json});
    add_common_options(*show_command, common);
    show_command->callback([&] { status = run_show(common, show, make_console(common, out)); });

    TemplateOptions template_options;
    CLI::App* template_command = add_command(
        app, "template", "Print an evidence-file skeleton listing what to gather for a level");
    template_command->add_option("level", template_options.level, "The target level id")
        ->required()
        ->type_name("LEVEL");
    add_common_options(*template_command, common);
    template_command->callback(
        [&] { status = run_template(common, template_options, make_console(common, out)); });

    SchemaOptions schema;
    CLI::App* schema_command = add_command(
        app, "schema",
        "Print the JSON Schema of an input file or a JSON output, for editors and tools");
    std::vector<std::string> schema_names = {"criteria", "evidence", "test-suite", "openings"};
    schema_names.insert(schema_names.end(), output_schema_names().begin(),
                        output_schema_names().end());
    schema_command
        ->add_option("format", schema.which, "An input file format, or a JSON output's name")
        ->required()
        ->check(CLI::IsMember(schema_names))
        ->type_name("FORMAT");
    add_common_options(*schema_command, common);
    schema_command->callback(
        [&] { status = run_schema(common, schema, make_console(common, out)); });

    BatchOptions batch;
    batch.in = &std::cin;
    CLI::App* batch_command = add_command(
        app, "batch",
        "One row per person (files, directories walked for *.yaml/*.yml, or - for paths on "
        "stdin): verdict, progress, most important gaps, best cross-track fit");
    batch_command->add_option("paths", batch.paths, "Evidence files, directories, or -")
        ->required()
        ->type_name("PATH");
    batch_command
        ->add_option("-t,--target", batch.target,
                     "Level to evaluate everyone against (default: each person's next level up)")
        ->type_name("LEVEL");
    batch_command
        ->add_option("--as-of", batch.as_of, "Evaluation date, YYYY-MM-DD (default: today, in UTC)")
        ->type_name("DATE");
    batch_command
        ->add_option("-j,--jobs", batch.jobs,
                     "Files evaluated in parallel (default: the number of cores)")
        ->check(CLI::Range(1, 1024))
        ->type_name("N");
    batch_command
        ->add_option("-o,--output", batch.output,
                     "Write the report to FILE, whole or not at all (not an input)")
        ->type_name("FILE");
    batch_command->add_flag("-0,--null", batch.null_separated,
                            "With -, the paths on stdin end with a NUL byte (find -print0)");
    batch_command->add_flag("--summary", batch.summary,
                            "Counts per group (--by) instead of one row per person");
    // One word each, split here: a list option would also swallow the paths after it.
    batch_command
        ->add_option_function<std::string>(
            "--by", [&](const std::string& list) { batch.by = split_list(list); },
            "With --summary, the fields to group on: track, level, another column, or a label "
            "key (default: track,level)")
        ->option_text("LIST");
    batch_command
        ->add_option_function<std::string>(
            "--columns", [&](const std::string& list) { batch.columns = split_list(list); },
            "The columns and their order, comma-separated (default: all; see the manual)")
        ->option_text("LIST");
    batch_command
        ->add_option_function<std::string>(
            "--layout", [&](const std::string& layout) { batch.lines = layout == "lines"; },
            "Text format: an aligned table, one line per person (default), or lines: one "
            "sentence per person with every missing criterion")
        ->check(CLI::IsMember({"table", "lines"}))
        ->option_text("table|lines");
    batch_command->add_flag("--bom", batch.bom,
                            "Start the output with a UTF-8 byte order mark, so that spreadsheets "
                            "read non-ASCII names right");
    batch_command
        ->add_option("--min-group", batch.min_group,
                     "With --summary, the smallest group whose counts are shown")
        ->capture_default_str()
        ->check(CLI::Range(1, 1000000))
        ->type_name("N");
    batch_command
        ->add_option("--trials-ending", batch.trials_ending,
                     "List only the people whose trial ends within DAYS (ended ones too), with "
                     "the trial's columns; files in error stay listed")
        ->check(CLI::Range(0, 100000))
        ->type_name("DAYS");
    batch_command->add_flag("--redact", batch.redact,
                            "Empty the name and file columns, and take them out of error "
                            "messages (the columns remain)");
    batch_command
        ->add_option("--pseudonymise", batch.pseudonym_key,
                     "Redact, and replace each id by a pseudonym keyed with this secret "
                     "(HMAC-SHA-256): the same key gives the same pseudonyms")
        ->type_name("KEY");
    add_format_option(
        *batch_command, batch.format,
        {Format::text, Format::csv, Format::jsonl, Format::json, Format::markdown, Format::html});
    add_common_options(*batch_command, common);
    batch_command->callback([&] { status = run_batch(common, batch, make_console(common, out)); });

    CandidatesOptions candidates;
    candidates.in = &std::cin;
    CLI::App* candidates_command = add_command(
        app, "candidates",
        "For each opening, who could fill it (ready and interested; ready or nearly but never "
        "asked for the track, apart; nearly ready, with next steps), who is ready with no role, "
        "and who is on a track they did not choose");
    candidates_command->add_option("openings", candidates.openings, "The openings file")
        ->required()
        ->type_name("OPENINGS");
    candidates_command->add_option("paths", candidates.paths, "Evidence files, directories, or -")
        ->required()
        ->type_name("PATH");
    candidates_command
        ->add_option("--as-of", candidates.as_of,
                     "Evaluation date, YYYY-MM-DD (default: today, in UTC)")
        ->type_name("DATE");
    candidates_command
        ->add_option("--within", candidates.within,
                     "Nearly ready: at most N required criteria missing (0: none shown)")
        ->capture_default_str()
        ->check(CLI::Range(0, 1000))
        ->type_name("N");
    candidates_command
        ->add_option("--trials-ending", candidates.trials_ending,
                     "List only the trials that end within DAYS (ended ones too; default: every "
                     "trial in progress)")
        ->check(CLI::Range(0, 100000))
        ->type_name("DAYS");
    candidates_command
        ->add_option("-j,--jobs", candidates.jobs,
                     "Files evaluated in parallel (default: the number of cores)")
        ->check(CLI::Range(1, 1024))
        ->type_name("N");
    candidates_command
        ->add_option("-o,--output", candidates.output,
                     "Write the report to FILE, whole or not at all (not an input)")
        ->type_name("FILE");
    candidates_command->add_flag("-0,--null", candidates.null_separated,
                                 "With -, the paths on stdin end with a NUL byte (find -print0)");
    candidates_command->add_flag("--redact", candidates.redact,
                                 "Leave out names and file paths, here and in error messages");
    candidates_command
        ->add_option("--pseudonymise", candidates.pseudonym_key,
                     "Redact, and replace each id by a pseudonym keyed with this secret "
                     "(HMAC-SHA-256): the same key gives the same pseudonyms")
        ->type_name("KEY");
    add_format_option(*candidates_command, candidates.format,
                      {Format::text, Format::markdown, Format::json, Format::csv, Format::html});
    add_common_options(*candidates_command, common);
    candidates_command->callback(
        [&] { status = run_candidates(common, candidates, make_console(common, out)); });

    PublishOptions publish;
    CLI::App* publish_command =
        add_command(app, "publish",
                    "Write the framework as a static HTML site: the tracks side by side by band, "
                    "a page per level and per competency");
    publish_command
        ->add_option("-o,--out", publish.out,
                     "Directory to write; replaced whole if ladder wrote it before")
        ->required()
        ->type_name("DIR");
    publish_command->add_flag("--force", publish.force,
                              "Replace DIR even if ladder did not write it (deletes its content)");
    add_common_options(*publish_command, common);
    publish_command->callback(
        [&] { status = run_publish(common, publish, make_console(common, out)); });

    TestOptions test;
    CLI::App* test_command = add_command(
        app, "test",
        "Run the criteria's test cases (ladder-tests.yaml: evidence files with the verdict each "
        "must get) and report each case, with a diff of expected and actual");
    test_command
        ->add_option("path", test.path,
                     "A ladder-tests.yaml file, or a directory searched for them (default: .)")
        ->type_name("PATH");
    test_command->add_flag("--fail-only", test.fail_only,
                           "List only the cases that did not pass (the counts cover all)");
    test_command->add_flag("--coverage", test.coverage,
                           "List the criteria no case saw both met and not met");
    test_command
        ->add_option("--min-coverage", test.min_coverage,
                     "Fail (exit 1) when less than N% of the criteria are seen both met and not "
                     "met")
        ->check(CLI::Range(0.0, 100.0))
        ->type_name("N");
    add_format_option(*test_command, test.format,
                      {Format::text, Format::json, Format::junit, Format::sarif, Format::github});
    add_common_options(*test_command, common);
    test_command->callback([&] { status = run_test(common, test, make_console(common, out)); });

    DiffOptions diff;
    CLI::App* diff_command = add_command(
        app, "diff",
        "What changed between two versions of the criteria (levels, criteria, rules stricter or "
        "looser, bands, moves) and, with --evidence, whose verdicts change");
    diff_command->add_option("old", diff.before, "The criteria before: a file or directory")
        ->required()
        ->type_name("PATH");
    diff_command->add_option("new", diff.after, "The criteria after: a file or directory")
        ->required()
        ->type_name("PATH");
    diff_command
        ->add_option("-e,--evidence", diff.evidence,
                     "Evidence files or a directory: list whose verdicts change")
        ->type_name("PATH");
    diff_command
        ->add_option("--as-of", diff.as_of,
                     "Evaluation date for --evidence, YYYY-MM-DD (default: today, in UTC)")
        ->type_name("DATE");
    diff_command->add_flag("--redact", diff.redact,
                           "With --evidence, leave out people's names and file paths (ids stay)");
    diff_command->add_flag("--counts-only", diff.counts_only,
                           "With --evidence, count the verdicts that change per level and name "
                           "nobody (for a pull-request comment)");
    diff_command
        ->add_option("-j,--jobs", diff.jobs,
                     "Evidence files compared in parallel (default: the number of cores)")
        ->check(CLI::Range(1, 1024))
        ->type_name("N");
    add_format_option(*diff_command, diff.format, {Format::text, Format::markdown, Format::json});
    add_common_options(*diff_command, common);
    diff_command->callback([&] { status = run_diff(common, diff, make_console(common, out)); });

    // New commands go above this line, and in cli/command_help.cpp.
    std::vector<std::string> arguments = arguments_of(argc, argv);
    if (arguments.empty()) {
        std::cout << app.help();
        return exit_ok;
    }
    if (auto error = unknown_command(arguments.front())) {
        std::cerr << *error;
        return exit_trouble;
    }
    std::reverse(arguments.begin(), arguments.end()); // CLI11 takes them last first
    try {
        app.parse(arguments);
    } catch (const CLI::CallForHelp& help) {
        return app.exit(help);
    } catch (const CLI::CallForAllHelp& help) {
        return app.exit(help);
    } catch (const CLI::CallForVersion& version) {
        return app.exit(version);
    } catch (const CLI::ParseError& error) {
        return usage_error(app, error);
    } catch (...) {
        return report_escaped_exception();
    }
    return check_output(out, status);
}

} // namespace ladder
