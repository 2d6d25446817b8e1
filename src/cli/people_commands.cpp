#include "cli/people_commands.hpp"

#include "cli/common_options.hpp"
#include "commands/repository_discovery.hpp"

#include <CLI/CLI.hpp>
#include <algorithm>
#include <iostream>
#include <string>
#include <vector>

namespace ladder {

namespace {

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

// --pseudonymise KEY, --pseudonymise-key-file FILE, --pseudonymise-key-env VAR (one of them:
// commands/pseudonym_key refuses two).
void add_pseudonym_options(CLI::App& command, PseudonymKeyOptions& key) {
    command
        .add_option("--pseudonymise", key.literal,
                    "Redact, and replace each id by a pseudonym keyed with this secret "
                    "(HMAC-SHA-256; at least 16 bytes): the same key gives the same "
                    "pseudonyms. On the command line others can see it: prefer the two "
                    "options below")
        ->type_name("KEY");
    command
        .add_option("--pseudonymise-key-file", key.file,
                    "As --pseudonymise, with the key read from FILE (one trailing line break is "
                    "not part of it)")
        ->type_name("FILE");
    command
        .add_option("--pseudonymise-key-env", key.variable,
                    "As --pseudonymise, with the key taken from the environment variable VAR "
                    "(e.g. LADDER_PSEUDONYM_KEY)")
        ->type_name("VAR");
}

} // namespace

void add_evaluate_command(CLI::App& app, EvaluateOptions& evaluate, CommandContext& context) {
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
    add_as_of_option(*evaluate_command, evaluate.as_of);
    evaluate_command
        ->add_flag("--explain{near}", evaluate.explain,
                   "Show the evidence items that nearly counted for each criterion (failing one "
                   "filter), and why; --explain=all: every item considered")
        ->check(CLI::IsMember({"near", "all"}))
        ->option_text("[=all]");
    add_format_option(*evaluate_command, evaluate.format,
                      {Format::text, Format::markdown, Format::json, Format::html});
    add_common_options(*evaluate_command, context.common);
    add_people_facts_options(*evaluate_command, context.common);
    evaluate_command->callback([&evaluate, &context] {
        context.status = run_evaluate(context.common, evaluate, context.console());
    });
}

void add_place_command(CLI::App& app, PlaceOptions& place, CommandContext& context) {
    place.in = &std::cin;
    CLI::App* place_command = add_command(
        app, "place",
        "The level each person's evidence reaches on each track, and what the next level needs");
    place_command->add_option("files", place.files, "Evidence files (- for one on stdin)")
        ->type_name("FILE");
    place_command
        ->add_option("--files-from", place.files_from,
                     "Also the evidence files listed in LIST, one a line (- for stdin): memory "
                     "stays flat however many")
        ->type_name("LIST");
    place_command->add_flag("-0,--null", place.null_separated,
                            "With --files-from, the paths end with a NUL byte (find -print0)");
    add_as_of_option(*place_command, place.as_of);
    add_format_option(*place_command, place.format, {Format::text, Format::json});
    add_common_options(*place_command, context.common);
    add_people_facts_options(*place_command, context.common);
    place_command->callback([&place, &context] {
        if (place.files.empty() && !place.files_from) {
            throw CLI::RequiredError("files (or --files-from)");
        }
        if (place.files_from == "-" &&
            std::find(place.files.begin(), place.files.end(), "-") != place.files.end()) {
            throw CLI::ValidationError("--files-from -",
                                       "stdin cannot hold both the list and an evidence file");
        }
        context.status = run_place(context.common, place, context.console());
    });
}

void add_batch_command(CLI::App& app, BatchOptions& batch, CommandContext& context) {
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
    add_as_of_option(*batch_command, batch.as_of);
    batch_command
        ->add_option("-j,--jobs", batch.jobs,
                     "Files evaluated in parallel (default, and 0: the number of cores)")
        ->check(CLI::Range(0, 1024))
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
            "--by", [&batch](const std::string& list) { batch.by = split_list(list); },
            "With --summary, the fields to group on: track, level, another column, or a label "
            "key (default: track,level)")
        ->option_text("LIST");
    batch_command
        ->add_option_function<std::string>(
            "--columns", [&batch](const std::string& list) { batch.columns = split_list(list); },
            "The columns and their order, comma-separated (default: the usual ones, and a column "
            "per label the framework lists; see the manual for every column)")
        ->option_text("LIST");
    batch_command
        ->add_option_function<std::string>(
            "--layout", [&batch](const std::string& layout) { batch.lines = layout == "lines"; },
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
                            "Empty the name and file columns (they remain); an error row keeps "
                            "its line, column and code, nothing of the file");
    add_pseudonym_options(*batch_command, batch.pseudonym);
    add_format_option(
        *batch_command, batch.format,
        {Format::text, Format::csv, Format::jsonl, Format::json, Format::markdown, Format::html});
    add_common_options(*batch_command, context.common);
    add_people_facts_options(*batch_command, context.common);
    batch_command->callback([&batch, &context, batch_command] {
        if (batch_command->count("--min-group") == 0) { // .ladder.yaml's, else the default
            batch.min_group = discover_min_group(context.common.limits, batch.min_group);
        }
        context.status = run_batch(context.common, batch, context.console());
    });
}

void add_candidates_command(CLI::App& app, CandidatesOptions& candidates, CommandContext& context) {
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
    add_as_of_option(*candidates_command, candidates.as_of);
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
                     "Files evaluated in parallel (default, and 0: the number of cores)")
        ->check(CLI::Range(0, 1024))
        ->type_name("N");
    candidates_command
        ->add_option("-o,--output", candidates.output,
                     "Write the report to FILE, whole or not at all (not an input)")
        ->type_name("FILE");
    candidates_command->add_flag("-0,--null", candidates.null_separated,
                                 "With -, the paths on stdin end with a NUL byte (find -print0)");
    candidates_command->add_flag("--redact", candidates.redact,
                                 "Leave out names and file paths; an error keeps its line, "
                                 "column and code, nothing of the file");
    add_pseudonym_options(*candidates_command, candidates.pseudonym);
    add_format_option(*candidates_command, candidates.format,
                      {Format::text, Format::markdown, Format::json, Format::csv, Format::html});
    add_common_options(*candidates_command, context.common);
    add_people_facts_options(*candidates_command, context.common);
    candidates_command->callback([&candidates, &context] {
        context.status = run_candidates(context.common, candidates, context.console());
    });
}

} // namespace ladder
