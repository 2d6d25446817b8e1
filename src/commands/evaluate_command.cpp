#include "commands/evaluate_command.hpp"

#include "commands/people_facts_input.hpp"
#include "commands/person_input.hpp"
#include "eval/evaluation.hpp"
#include "report/diagnostics/diagnostics_report.hpp"
#include "report/person/evaluation_html.hpp"
#include "report/person/evaluation_json.hpp"
#include "report/person/evaluation_markdown.hpp"
#include "report/person/evaluation_text.hpp"
#include "util/json_text.hpp"
#include "util/text.hpp"

#include <fmt/format.h>
#include <ostream>

namespace ladder {

int run_evaluate(const CommonOptions& common, const EvaluateOptions& options,
                 const Console& console) {
    auto as_of = parse_as_of(options.as_of, console);
    auto criteria = load_valid_criteria(common, console);
    std::optional<std::string> target = options.target;
    if (!as_of || !criteria || !resolve_target(criteria->framework, target, console)) {
        return exit_trouble;
    }
    const Framework& framework = criteria->framework;
    auto facts = load_people_facts(common, framework, console);
    if (!facts) {
        return exit_trouble;
    }
    bool trouble = false;
    bool all_ready = true;
    nlohmann::ordered_json json_people = nlohmann::ordered_json::array();
    nlohmann::ordered_json json_errors = nlohmann::ordered_json::array();
    // HTML: one page holding every person in its own section (and every file that could not
    // be evaluated), written once all are done.
    std::vector<std::string> html_sections;
    std::string html_title = "Gap reports";
    bool first = true;
    for (const auto& path : options.files) {
        PersonInput input = read_person(path, framework, *facts, *as_of, common.limits);
        auto sorted = input.diagnostics.sorted();
        if (!input.person) {
            trouble = true;
            json_errors.push_back(report_unread_person(input, sorted, "evaluated", console));
            if (options.format == Format::html) {
                html_sections.push_back(render_not_evaluated_section(path, sorted));
            }
            continue;
        }
        report_warnings(input, console, common.quiet);
        Evaluation evaluation = evaluate_person(framework, *input.person, *as_of, target);
        // Only the verdict `ready` is ready: a route of several steps, or none, is not.
        if (!ready_for_target(evaluation)) {
            all_ready = false;
        }
        switch (options.format) {
        case Format::json:
            json_people.push_back(evaluation_to_json(framework, evaluation));
            break;
        case Format::html:
            html_sections.push_back(render_evaluation_section(framework, evaluation));
            html_title = "Gap report: " + input.person->name;
            break;
        case Format::markdown:
            console.out << (first ? "" : "\n---\n\n")
                        << render_evaluation_markdown(framework, evaluation);
            break;
        default:
            console.out << (first ? "" : "\n")
                        << render_evaluation_text(framework, evaluation,
                                                  {console.out_style,
                                                   options.explain == "all" ? Explain::all
                                                   : options.explain == "near"
                                                       ? Explain::near_misses
                                                       : Explain::none,
                                                   console.out_width});
        }
        first = false;
    }
    if (options.format == Format::json) {
        console.out << json_text(people_document(framework, *as_of, "evaluations",
                                                 std::move(json_people), std::move(json_errors)),
                                 2)
                    << "\n";
    }
    if (options.format == Format::html) {
        console.out << render_evaluation_page(
            framework, html_sections.size() == 1 ? html_title : "Gap reports", html_sections);
    }
    if (trouble) {
        return exit_trouble;
    }
    return all_ready ? exit_ok : exit_findings;
}

} // namespace ladder
