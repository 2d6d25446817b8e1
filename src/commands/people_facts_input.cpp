#include "commands/people_facts_input.hpp"

#include "check/evidence_checks.hpp"
#include "load/project_config.hpp"
#include "load/roster_loader.hpp"
#include "load/statements_loader.hpp"
#include "report/diagnostics/diagnostics_report.hpp"

#include <fmt/format.h>
#include <ostream>

namespace ladder {

namespace {

// --roster and --statements, or, when neither is given, the nearest .ladder.yaml's.
bool choose_paths(const CommonOptions& options, CommonOptions& chosen, const Console& console,
                  Diagnostics& diagnostics) {
    chosen.roster = options.roster;
    chosen.statements = options.statements;
    if (options.roster || !options.statements.empty()) {
        return true;
    }
    auto found = find_project_config(".");
    if (!found) {
        return true;
    }
    auto config = load_project_config(*found, options.limits, diagnostics);
    if (!config) {
        return false;
    }
    chosen.roster = config->roster;
    chosen.statements = config->statements;
    if (!options.quiet && (config->roster || !config->statements.empty())) {
        console.err << fmt::format("ladder: facts about people from {}\n", config->path);
    }
    return true;
}

void read_facts(const CommonOptions& paths, const InputLimits& limits, PeopleFacts& facts,
                Diagnostics& diagnostics) {
    if (paths.roster) {
        auto sources = read_sources_or_stdin(*paths.roster, limits, diagnostics);
        if (sources.size() > 1) {
            diagnostics.error({*paths.roster, 0, 0}, "unreadable-file",
                              "--roster: expected one roster file, found a directory");
        } else if (sources.size() == 1) {
            facts.roster = load_roster(sources.front(), limits, diagnostics);
            facts.sources.push_back(std::move(sources.front()));
        }
    }
    for (const auto& path : paths.statements) {
        for (auto& source : read_sources_or_stdin(path, limits, diagnostics)) {
            load_statements(source, limits, facts.statements, diagnostics);
            source.parsed.reset();
            facts.sources.push_back(std::move(source));
        }
    }
    facts.statements.index();
}

} // namespace

std::optional<PeopleFacts> load_people_facts(const CommonOptions& options,
                                             const Framework& framework, const Console& console) {
    PeopleFacts facts;
    Diagnostics diagnostics;
    CommonOptions paths;
    if (choose_paths(options, paths, console, diagnostics)) {
        read_facts(paths, options.limits, facts, diagnostics);
        check_people_facts(framework, facts, diagnostics);
    }
    if (!diagnostics.empty()) {
        console.err << render_diagnostics_text(diagnostics.sorted(), facts.sources,
                                               {console.err_style, console.err_is_terminal});
    }
    if (diagnostics.has_errors()) {
        console.err << "ladder: error: the roster or statements have errors; nobody was judged\n";
        return std::nullopt;
    }
    return facts;
}

void settle_person(const Framework& framework, const PeopleFacts& facts, Person& person,
                   const Date& as_of, Diagnostics& diagnostics) {
    apply_people_facts(framework, facts, person, diagnostics);
    check_person(framework, person, as_of, diagnostics);
}

} // namespace ladder
