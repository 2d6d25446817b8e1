#include "commands/person_input.hpp"

#include "commands/people_facts_input.hpp"
#include "load/evidence_loader.hpp"
#include "report/common/output_format.hpp"
#include "report/diagnostics/diagnostics_report.hpp"
#include "util/visible_text.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <ostream>

namespace ladder {

namespace {

// The carets under a problem found in the roster or statements need that file's text; a copy
// for every person whose diagnostics never point there would cost a roster's size a person.
void add_sources_pointed_at(const std::vector<SourceText>& facts_sources, PersonInput& input) {
    for (const SourceText& source : facts_sources) {
        const auto& items = input.diagnostics.items();
        const bool pointed_at = std::any_of(items.begin(), items.end(), [&](const Diagnostic& d) {
            return d.where.file == source.path;
        });
        if (pointed_at) {
            input.sources.push_back(source);
        }
    }
}

} // namespace

PersonInput read_person(const std::string& path, const Framework& framework,
                        const PeopleFacts& facts, const Date& as_of, const InputLimits& limits) {
    PersonInput input;
    input.path = path == "-" ? "<stdin>" : path;
    input.sources = read_sources_or_stdin(path, limits, input.diagnostics);
    if (input.sources.size() != 1) {
        if (input.sources.size() > 1) {
            input.diagnostics.error({path, 0, 0}, "unreadable-file",
                                    "expected an evidence file, found a directory (use 'ladder "
                                    "batch' for directories)");
        }
        return input;
    }
    input.person =
        load_person(input.sources.front(), limits, input.diagnostics, framework.vocabularies);
    if (input.person) {
        settle_person(framework, facts, *input.person, as_of, input.diagnostics);
    }
    add_sources_pointed_at(facts.sources, input);
    if (input.diagnostics.has_errors()) {
        input.person.reset();
    }
    return input;
}

void report_warnings(const PersonInput& input, const Console& console, bool quiet) {
    if (quiet || input.diagnostics.empty()) {
        return;
    }
    console.err << render_diagnostics_text(input.diagnostics.sorted(), input.sources,
                                           {console.err_style, console.err_is_terminal});
}

nlohmann::ordered_json report_unread_person(const PersonInput& input,
                                            const std::vector<Diagnostic>& sorted,
                                            std::string_view verb, const Console& console) {
    console.err << render_diagnostics_text(sorted, input.sources,
                                           {console.err_style, console.err_is_terminal});
    // Shown escaped: a line break in a file name must not forge a line of the report.
    console.err << fmt::format("ladder: error: {}: not {}\n", visible_text(input.path), verb);
    return {{"file", input.path}, {"diagnostics", diagnostics_to_json(sorted)}};
}

nlohmann::ordered_json people_document(const Framework& framework, const Date& as_of,
                                       std::string_view key, nlohmann::ordered_json people,
                                       nlohmann::ordered_json errors) {
    // evaluations -> ladder-evaluations, placements -> ladder-placements
    return {{"format", output_format("ladder-" + std::string(key))},
            {"framework", {{"id", framework.id}, {"version", framework.version}}},
            {"as_of", as_of.to_string()},
            {key, std::move(people)},
            {"errors", std::move(errors)}};
}

} // namespace ladder
