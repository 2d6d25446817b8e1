#include "cli/cli.hpp"

#include "cli/command_context.hpp"
#include "cli/command_help.hpp"
#include "cli/framework_commands.hpp"
#include "cli/help_formatter.hpp"
#include "cli/last_resort.hpp"
#include "cli/man_page.hpp"
#include "cli/people_commands.hpp"
#include "cli/review_commands.hpp"
#include "cli/usage_errors.hpp"
#include "commands/version_command.hpp"
#include "util/output_width.hpp"

#include <CLI/CLI.hpp>
#include <algorithm>
#include <cstdlib>
#include <iostream>
#include <string>
#include <vector>

namespace ladder {

namespace {

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
    // Before the commands are added: each takes its parent's formatter.
    app.formatter(std::make_shared<HelpFormatter>(output_width(stdout)));
    app.footer(main_footer());
    app.require_subcommand(1);

    CommandContext context;
    // The default criteria path; --criteria, parsed later, overwrites it. (CLI11's envname
    // would let another subcommand's copy of the option write the variable over the flag.)
    if (const char* variable = std::getenv("LADDER_CRITERIA"); variable && *variable) {
        context.common.criteria = variable;
        context.common.criteria_from_environment = true;
    }

    // Each command's parsed options; in the order `ladder --help` lists the commands.
    ValidateOptions validate;
    add_validate_command(app, validate, context);
    EvaluateOptions evaluate;
    add_evaluate_command(app, evaluate, context);
    PlaceOptions place;
    add_place_command(app, place, context);
    ShowOptions show;
    add_show_command(app, show, context);
    TemplateOptions template_options;
    add_template_command(app, template_options, context);
    SchemaOptions schema;
    add_schema_command(app, schema, context);
    BatchOptions batch;
    add_batch_command(app, batch, context);
    CandidatesOptions candidates;
    add_candidates_command(app, candidates, context);
    PublishOptions publish;
    add_publish_command(app, publish, context);
    TestOptions test;
    add_test_command(app, test, context);
    DiffOptions diff;
    add_diff_command(app, diff, context);
    InitOptions init;
    add_init_command(app, init, context);
    // New commands go above this line (defined in the file of their family), and in
    // cli/command_help.cpp.

    std::vector<std::string> arguments = arguments_of(argc, argv);
    if (arguments.empty()) {
        std::cout << app.help();
        return exit_ok;
    }
    // Hidden: the man page's reference parts, which the build writes into packaging/ladder.1.in.
    if (arguments.size() == 2 && arguments.front() == "--man") {
        if (auto part = man_page_part(app, arguments.back())) {
            std::cout << *part;
            return exit_ok;
        }
        std::cerr << "ladder: error: --man takes one of " << man_page_parts() << "\n";
        return exit_trouble;
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
    return check_output(context.out, context.status);
}

} // namespace ladder
