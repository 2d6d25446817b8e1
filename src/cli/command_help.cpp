#include "cli/command_help.hpp"

#include <array>
#include <fmt/format.h>

namespace ladder {

namespace {

struct CommandHelp {
    std::string_view name;
    std::string_view examples;    // one command line a line
    std::string_view exit_status; // that command's statuses only
};

constexpr std::string_view trouble_only = "0 success, 2 trouble (unreadable or invalid input, "
                                          "usage error)";

constexpr std::array<CommandHelp, 12> commands = {{
    {"validate",
     "ladder validate criteria/\n"
     "ladder validate --evidence people/ --criteria criteria/\n"
     "ladder validate criteria/ --format sarif > validate.sarif",
     "0 no errors (warnings allowed, unless --strict), 1 errors found (with --strict, warnings "
     "too), 2 trouble (unreadable path, a path with no YAML file, an --output file not written, "
     "usage error)"},
    {"evaluate",
     "ladder evaluate me.yaml\n"
     "ladder evaluate me.yaml --target M1 --as-of 2026-11-01\n"
     "ladder evaluate alice.yaml --format markdown > alice.md",
     "0 every person ready for the target, 1 someone is not (a target several steps away, or "
     "one no route reaches, counts as not ready), 2 trouble (invalid or unreadable evidence or "
     "criteria, unknown --target, bad --as-of, usage error)"},
    {"place",
     "ladder place me.yaml\nladder place people/*.yaml --format json\n"
     "find people -name '*.yaml' -print0 | ladder place --files-from - -0 --format json",
     "0 every person placed, 2 trouble (invalid or unreadable evidence or criteria, bad --as-of, "
     "an unreadable or empty --files-from list, usage error)"},
    {"show", "ladder show\nladder show ic\nladder show IC4 --format markdown", trouble_only},
    {"template", "ladder template IC4 > me.yaml\nladder template M1 > me.yaml", trouble_only},
    {"schema",
     "ladder schema criteria > criteria.schema.json\n"
     "ladder schema evidence --criteria criteria/ > evidence.schema.json\n"
     "ladder schema evaluations > evaluations.schema.json",
     trouble_only},
    {"batch",
     "ladder batch evidence/ --format csv --output cycle.csv\n"
     "ladder batch evidence/ --layout lines\n"
     "find . -name '*.yaml' | ladder batch - --jobs 4\n"
     "ladder batch evidence/ --summary --by location --format markdown\n"
     "ladder batch evidence/ --pseudonymise-key-file hr.key --format csv\n"
     "ladder batch evidence/ --trials-ending 30 --format csv",
     "0 every file evaluated, 2 one or more files could not be evaluated (they have error "
     "rows), usage error (a pseudonym key under 16 bytes, --bom with json or jsonl, --by on two "
     "fields)"},
    {"candidates",
     "ladder candidates openings.yaml evidence/\n"
     "ladder candidates openings.yaml evidence/ --within 2 --format markdown\n"
     "find . -name '*.yaml' | ladder candidates openings.yaml - --redact --format csv\n"
     "ladder candidates openings.yaml evidence/ --format html --output openings.html",
     "0 every opening has as many ready, interested candidates as it needs, 1 some opening is "
     "short of them, 2 trouble (an invalid openings file, an evidence file that could not be "
     "evaluated, --output that could not be written or is an input, usage error)"},
    {"publish", "ladder publish --out site/\nladder publish --criteria criteria/ --out public/",
     trouble_only},
    {"test",
     "ladder test criteria-tests/\n"
     "ladder test --coverage --min-coverage 80\n"
     "ladder test tests/ --format junit > junit.xml",
     "0 every case passes, 1 a case fails or coverage is below --min-coverage, 2 trouble (no "
     "suite found, an invalid suite, usage error)"},
    {"diff",
     "ladder diff old-criteria/ criteria/\n"
     "ladder diff base/criteria criteria --evidence evidence/ --format markdown\n"
     "ladder diff base/criteria criteria --evidence evidence/ --counts-only --format markdown",
     "0 no changes, 1 changes, 2 trouble (invalid or unreadable criteria, an evidence file that "
     "could not be compared, usage error)"},
    {"init", "ladder init\nladder init hr-criteria/",
     "0 written, 2 trouble (a file it would write exists already, so nothing was written; a "
     "file that could not be written)"},
}};

std::string indented(std::string_view lines) {
    std::string out;
    std::size_t start = 0;
    while (start < lines.size()) {
        std::size_t end = lines.find('\n', start);
        if (end == std::string_view::npos) {
            end = lines.size();
        }
        out += fmt::format("  {}\n", lines.substr(start, end - start));
        start = end + 1;
    }
    return out;
}

const CommandHelp* help_of(std::string_view command) {
    for (const auto& help : commands) {
        if (help.name == command) {
            return &help;
        }
    }
    return nullptr;
}

} // namespace

const std::vector<std::string>& command_names() {
    static const std::vector<std::string> names = [] {
        std::vector<std::string> all;
        for (const auto& command : commands) {
            all.emplace_back(command.name);
        }
        return all;
    }();
    return names;
}

std::string command_footer(std::string_view command) {
    const CommandHelp* help = help_of(command);
    return help ? fmt::format("Examples:\n{}\nExit status:\n  {}", indented(help->examples),
                              help->exit_status)
                : std::string();
}

std::string_view command_examples(std::string_view command) {
    const CommandHelp* help = help_of(command);
    return help ? help->examples : std::string_view();
}

std::string_view command_exit_status(std::string_view command) {
    const CommandHelp* help = help_of(command);
    return help ? help->exit_status : std::string_view();
}

std::string main_footer() {
    return "Examples:\n"
           "  ladder validate criteria/\n"
           "  ladder evaluate me.yaml --target IC4\n"
           "  ladder help evaluate\n"
           "\n"
           "'ladder help COMMAND' (or 'ladder COMMAND --help') shows a command's options, examples "
           "and exit statuses: 0 success, 1 findings (errors, someone not ready, a failing case, "
           "changes), 2 trouble.";
}

} // namespace ladder
