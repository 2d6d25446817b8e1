#include "cli/cli.hpp"

#include "commands/batch_command.hpp"
#include "commands/diff_command.hpp"
#include "commands/evaluate_command.hpp"
#include "commands/place_command.hpp"
#include "commands/publish_command.hpp"
#include "commands/schema_command.hpp"
#include "commands/show_command.hpp"
#include "commands/template_command.hpp"
#include "commands/test_command.hpp"
#include "commands/validate_command.hpp"

#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <iostream>

namespace ladder {

namespace {

const char* exit_status_help = R"(Exit status:
  validate   0 no errors, 1 errors found, 2 trouble (unreadable path, usage error)
  evaluate   0 every person ready for the target, 1 someone is not, 2 trouble
  place      0 every person placed, 2 trouble
  batch      0 all evaluated, 2 one or more files could not be evaluated
  test       0 every case passes, 1 a case fails or coverage is too low, 2 trouble
  diff       0 no changes, 1 changes, 2 trouble
  others     0 success, 2 trouble)";

std::map<std::string, ColorMode> color_modes() {
    return {
        {"auto", ColorMode::automatic}, {"always", ColorMode::always}, {"never", ColorMode::never}};
}

// Options every command takes.
void add_common_options(CLI::App& command, CommonOptions& common) {
    command.add_option("--criteria", common.criteria,
                       "Criteria file or directory (default: the built-in framework)");
    command.add_option("--color", common.color, "Colour: auto (on a terminal), always, never")
        ->transform(CLI::CheckedTransformer(color_modes(), CLI::ignore_case))
        ->option_text("auto|always|never");
    command.add_flag("-q,--quiet", common.quiet, "Print no summary lines on stderr");
    command
        .add_option("--max-file-size", common.limits.max_file_bytes, "Largest input file in bytes")
        ->capture_default_str();
    command.add_option("--max-depth", common.limits.max_depth, "Deepest YAML nesting")
        ->capture_default_str();
    command
        .add_option("--max-nodes", common.limits.max_nodes,
                    "Most YAML nodes in a file, counting expanded aliases")
        ->capture_default_str();
    command
        .add_option("--max-string-length", common.limits.max_string_length,
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
                      {Format::text, Format::json, Format::github, Format::junit, Format::sarif});
    add_common_options(*validate_command, common);
    validate_command->callback(
        [&] { status = run_validate(common, validate, make_console(common)); });

    EvaluateOptions evaluate;
    CLI::App* evaluate_command = app.add_subcommand(
        "evaluate", "Gap report for each person: what is met, what is missing, why, and how to "
                    "close the gap; plus the cross-track view");
    evaluate_command->add_option("files", evaluate.files, "Evidence files")->required();
    evaluate_command->add_option("-t,--target", evaluate.target,
                                 "Level to evaluate against, on any track (default: the next "
                                 "level up on the person's track)");
    evaluate_command->add_option("--as-of", evaluate.as_of,
                                 "Evaluation date YYYY-MM-DD (default: today)");
    evaluate_command->add_flag("--explain", evaluate.explain,
                               "Show which evidence items each criterion considered, and why "
                               "each counted or not");
    add_format_option(*evaluate_command, evaluate.format,
                      {Format::text, Format::markdown, Format::json, Format::html});
    add_common_options(*evaluate_command, common);
    evaluate_command->callback(
        [&] { status = run_evaluate(common, evaluate, make_console(common)); });

    PlaceOptions place;
    CLI::App* place_command = app.add_subcommand(
        "place", "The level each person's evidence reaches on each track, and what the next "
                 "level needs");
    place_command->add_option("files", place.files, "Evidence files")->required();
    place_command->add_option("--as-of", place.as_of,
                              "Evaluation date YYYY-MM-DD (default: today)");
    add_format_option(*place_command, place.format, {Format::text, Format::json});
    add_common_options(*place_command, common);
    place_command->callback([&] { status = run_place(common, place, make_console(common)); });

    ShowOptions show;
    CLI::App* show_command =
        app.add_subcommand("show", "Print the framework as people read it: the tracks side by "
                                   "side by band, a track, or a level with all its criteria");
    show_command->add_option("what", show.what, "A track id (ic) or a level id (IC4)");
    add_format_option(*show_command, show.format, {Format::text, Format::markdown, Format::json});
    add_common_options(*show_command, common);
    show_command->callback([&] { status = run_show(common, show, make_console(common)); });

    TemplateOptions template_options;
    CLI::App* template_command = app.add_subcommand(
        "template", "Print an evidence-file skeleton listing what to gather for a level");
    template_command->add_option("level", template_options.level, "The target level id")
        ->required();
    add_common_options(*template_command, common);
    template_command->callback(
        [&] { status = run_template(common, template_options, make_console(common)); });

    SchemaOptions schema;
    CLI::App* schema_command = app.add_subcommand(
        "schema", "Print the JSON Schema of a file format, for editors and other tools");
    schema_command->add_option("format", schema.which, "criteria or evidence")
        ->required()
        ->check(CLI::IsMember({"criteria", "evidence"}));
    schema_command->callback([&] { status = run_schema(schema, make_console(common)); });

    BatchOptions batch;
    batch.in = &std::cin;
    CLI::App* batch_command = app.add_subcommand(
        "batch", "One row per person (files, directories walked for *.yaml/*.yml, or - for "
                 "paths on stdin): verdict, progress, most important gaps, best cross-track "
                 "fit. In csv, a cell starting with =, +, -, @, tab or carriage return gets a "
                 "leading ' so that spreadsheets do not run it as a formula");
    batch_command->add_option("paths", batch.paths, "Evidence files, directories, or -")
        ->required();
    batch_command->add_option("-t,--target", batch.target,
                              "Level to evaluate everyone against (default: each person's next "
                              "level up)");
    batch_command->add_option("--as-of", batch.as_of,
                              "Evaluation date YYYY-MM-DD (default: today)");
    batch_command
        ->add_option("-j,--jobs", batch.jobs,
                     "Files evaluated in parallel (default: the number of cores)")
        ->check(CLI::Range(1, 1024));
    batch_command->add_option("-o,--output", batch.output,
                              "Write the report to FILE, whole or not at all (not an input)");
    batch_command->add_flag("--summary", batch.summary,
                            "Counts per track and level instead of one row per person");
    batch_command
        ->add_option("--min-group", batch.min_group,
                     "With --summary, the smallest group whose counts are shown")
        ->capture_default_str()
        ->check(CLI::Range(1, 1000000));
    batch_command->add_flag("--redact", batch.redact, "Leave names out (ids remain)");
    add_format_option(
        *batch_command, batch.format,
        {Format::text, Format::csv, Format::jsonl, Format::json, Format::markdown, Format::html});
    add_common_options(*batch_command, common);
    batch_command->callback([&] { status = run_batch(common, batch, make_console(common)); });

    PublishOptions publish;
    CLI::App* publish_command = app.add_subcommand(
        "publish", "Write the framework as a static HTML site: the tracks side by side by band, "
                   "a page per level and per competency");
    publish_command
        ->add_option("-o,--out", publish.out,
                     "Directory to write; replaced whole if ladder wrote it before")
        ->required()
        ->option_text("DIR (required)");
    publish_command->add_flag("--force", publish.force,
                              "Replace DIR even if ladder did not write it (deletes its content)");
    add_common_options(*publish_command, common);
    publish_command->callback([&] { status = run_publish(common, publish, make_console(common)); });

    TestOptions test;
    CLI::App* test_command = app.add_subcommand(
        "test", "Run the criteria's test cases (ladder-tests.yaml: evidence files with the "
                "verdict each must get) and report each case, with a diff of expected and "
                "actual; exit 0 all pass, 1 a case fails, 2 trouble");
    test_command->add_option("path", test.path,
                             "A ladder-tests.yaml file, or a directory searched for them "
                             "(default: .)");
    test_command->add_flag("--coverage", test.coverage,
                           "List the criteria no case saw both met and not met");
    test_command
        ->add_option("--min-coverage", test.min_coverage,
                     "Fail (exit 1) when less than this percentage of the criteria is "
                     "seen both met and not met")
        ->check(CLI::Range(0.0, 100.0));
    add_format_option(*test_command, test.format,
                      {Format::text, Format::json, Format::junit, Format::sarif, Format::github});
    add_common_options(*test_command, common);
    test_command->callback([&] { status = run_test(common, test, make_console(common)); });

    DiffOptions diff;
    CLI::App* diff_command = app.add_subcommand(
        "diff", "What changed between two versions of the criteria (levels, criteria, rules "
                "stricter or looser, bands, moves) and, with --evidence, whose verdicts change; "
                "exit 0 no changes, 1 changes, 2 trouble");
    diff_command->add_option("old", diff.before, "The criteria before: a file or directory")
        ->required();
    diff_command->add_option("new", diff.after, "The criteria after: a file or directory")
        ->required();
    diff_command->add_option("-e,--evidence", diff.evidence,
                             "Evidence files or a directory: list whose verdicts change");
    diff_command->add_option("--as-of", diff.as_of,
                             "Evaluation date YYYY-MM-DD for --evidence (default: today)");
    add_format_option(*diff_command, diff.format, {Format::text, Format::markdown, Format::json});
    add_common_options(*diff_command, common);
    diff_command->callback([&] { status = run_diff(common, diff, make_console(common)); });

    // New commands go above this line.
    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& error) {
        int code = app.exit(error);
        return code == 0 ? exit_ok : exit_trouble;
    }
    return status;
}

} // namespace ladder
