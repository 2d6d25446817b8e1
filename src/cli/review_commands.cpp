#include "cli/review_commands.hpp"

#include "cli/common_options.hpp"
#include "commands/repository_discovery.hpp"

#include <CLI/CLI.hpp>

namespace ladder {

void add_test_command(CLI::App& app, TestOptions& test, CommandContext& context) {
    CLI::App* test_command = add_command(
        app, "test",
        "Run the criteria's test cases (ladder-tests.yaml: evidence files with the verdict each "
        "must get) and report each case, with a diff of expected and actual");
    test_command
        ->add_option("path", test.path,
                     "A ladder-tests.yaml file, or a directory searched for them (default: the "
                     "tests .ladder.yaml names, else .)")
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
    test_command
        ->add_option_function<std::string>(
            "-f,--format",
            [&test](const std::string& name) {
                test.format_auto = name == "auto";
                test.format = parse_format(name).value_or(Format::text);
            },
            "Output format (default: text; auto: github in GitHub Actions, else text)")
        ->check(CLI::IsMember({"text", "json", "junit", "sarif", "github", "auto"}))
        ->option_text("text|json|junit|sarif|github|auto");
    test_command
        ->add_option("-o,--output", test.outputs,
                     "Also write the report to FILE in FORMAT (text, json, github, junit, "
                     "sarif); may be repeated")
        ->type_name("FORMAT=FILE");
    add_common_options(*test_command, context.common);
    add_people_facts_options(*test_command, context.common);
    test_command->callback([&test, &context, test_command] {
        if (test_command->count("path") == 0) { // .ladder.yaml's, else "."
            test.path = discover_test_path(context.common, context.console());
        }
        context.status = run_test(context.common, test, context.console());
    });
}

void add_diff_command(CLI::App& app, DiffOptions& diff, CommandContext& context) {
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
    add_as_of_option(*diff_command, diff.as_of, " for --evidence");
    diff_command->add_flag("--redact", diff.redact,
                           "With --evidence, leave out people's names, file paths and the "
                           "messages about files (ids stay)");
    CLI::Option* counts_only =
        diff_command->add_flag("--counts-only", diff.counts_only,
                               "With --evidence, count the verdicts that change per level and "
                               "name nobody (for a pull-request comment)");
    diff_command
        ->add_option("--min-group", diff.min_group,
                     "With --counts-only, the smallest count shown (a smaller one would single "
                     "people out)")
        ->capture_default_str()
        ->check(CLI::Range(1, 1000000))
        ->needs(counts_only)
        ->type_name("N");
    diff_command
        ->add_option("-j,--jobs", diff.jobs,
                     "Evidence files compared in parallel (default, and 0: the number of cores)")
        ->check(CLI::Range(0, 1024))
        ->type_name("N");
    add_format_option(*diff_command, diff.format, {Format::text, Format::markdown, Format::json});
    add_common_options(*diff_command, context.common);
    add_people_facts_options(*diff_command, context.common);
    diff_command->callback([&diff, &context, diff_command] {
        if (diff_command->count("--min-group") == 0) { // .ladder.yaml's, else the default
            diff.min_group = discover_min_group(context.common.limits, diff.min_group);
        }
        context.status = run_diff(context.common, diff, context.console());
    });
}

} // namespace ladder
