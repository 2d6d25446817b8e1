#include "commands/place_command.hpp"

#include "commands/people_facts_input.hpp"
#include "commands/people_json_stream.hpp"
#include "commands/person_input.hpp"
#include "eval/placement.hpp"
#include "report/diagnostics/diagnostics_report.hpp"
#include "report/person/placement_report.hpp"

#include <fmt/format.h>
#include <ostream>

namespace ladder {

int run_place(const CommonOptions& common, const PlaceOptions& options, const Console& console) {
    auto as_of = parse_as_of(options.as_of, console);
    auto criteria = load_valid_criteria(common, console);
    if (!as_of || !criteria) {
        return exit_trouble;
    }
    const Framework& framework = criteria->framework;
    auto facts = load_people_facts(common, framework, console);
    if (!facts) {
        return exit_trouble;
    }
    bool trouble = false;
    // Each placement is written as soon as it is made: memory stays that of one person.
    PeopleJsonStream json(console.out, framework, *as_of, "placements");
    bool first = true;
    for (const auto& path : options.files) {
        PersonInput input = read_person(path, framework, *facts, *as_of, common.limits);
        auto sorted = input.diagnostics.sorted();
        if (!input.person) {
            trouble = true;
            json.add_error(report_unread_person(input, sorted, "placed", console));
            continue;
        }
        report_warnings(input, console, common.quiet);
        Placement placement = place_person(framework, *input.person, *as_of);
        if (options.format == Format::json) {
            json.add_person(placement_to_json(framework, *input.person, placement));
        } else {
            console.out << (first ? "" : "\n")
                        << render_placement_text(framework, *input.person, *as_of, placement,
                                                 console.out_style, console.out_width);
        }
        first = false;
    }
    if (options.format == Format::json) {
        json.finish();
    }
    return trouble ? exit_trouble : exit_ok;
}

} // namespace ladder
