#include "commands/person_input.hpp"

#include "commands/people_facts_input.hpp"
#include "load/evidence_loader.hpp"
#include "report/common/output_format.hpp"
#include "report/diagnostics/diagnostics_report.hpp"
#include "util/visible_text.hpp"

#include <fmt/format.h>
#include <ostream>

namespace ladder {

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
    // The carets under a problem found in the roster or statements need their text too.
    input.sources.insert(input.sources.end(), facts.sources.begin(), facts.sources.end());
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
