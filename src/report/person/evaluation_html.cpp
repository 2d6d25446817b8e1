#include "report/person/evaluation_html.hpp"

#include "eval/next_steps.hpp"
#include "report/common/html.hpp"
#include "report/common/next_steps_words.hpp"
#include "report/common/svg_chart.hpp"
#include "report/common/track_choice_words.hpp"
#include "report/common/trial_words.hpp"
#include "report/person/evidence_use.hpp"
#include "report/person/gap_groups.hpp"
#include "report/person/route_words.hpp"
#include "report/person/statement_sources.hpp"
#include "report/person/timeline_words.hpp"
#include "util/text.hpp"

#include <algorithm>
#include <fmt/format.h>

namespace ladder {

namespace {

// The status word with '-' for '_', as CSS class names are written ("not-met").
std::string status_class(Status status) {
    std::string name(to_string(status));
    std::replace(name.begin(), name.end(), '_', '-');
    return name;
}

std::string status_badge(const CriterionResult& result) {
    return fmt::format("<span class=\"status {}\">{}</span>", status_class(result.outcome.status),
                       escape_markup(status_label(result)));
}

std::string criterion_notes(const CriterionResult& result) {
    std::vector<std::string> notes{result.criterion->required ? "required" : "optional"};
    for (auto& note : criterion_origin_notes(result)) {
        notes.push_back(std::move(note));
    }
    return join(notes, " \u00b7 ");
}

std::string part(std::string_view name, std::string_view text) {
    return text.empty() ? ""
                        : fmt::format("<dt>{}</dt><dd>{}</dd>\n", name, html_text_blocks(text));
}

// A missing criterion in full: the rule in the words `ladder show` uses, what was found, what
// exactly is missing, and the guidance.
std::string missing_block(const Framework& framework, const CriterionResult& result) {
    const Criterion& criterion = *result.criterion;
    std::string parts = part("Needs", criterion.rule ? criterion.rule->describe(framework) : "") +
                        part("Found", result.outcome.reason) +
                        part("Missing", result.outcome.missing) +
                        part("How to close it", criterion.guidance);
    return fmt::format("<section class=\"criterion missing{}\">\n<h3>{}{}<span class=\"id\">{}"
                       "</span></h3>\n<p class=\"meta\">{}</p>\n<dl class=\"parts\">\n{}</dl>\n"
                       "</section>\n",
                       criterion.required ? " required" : "", status_badge(result),
                       escape_markup(criterion.title), escape_markup(criterion.id),
                       escape_markup(criterion_notes(result)), parts);
}

// Met and set-aside criteria in a compact table: status, criterion, what was found.
std::string compact_table(const std::vector<const CriterionResult*>& results) {
    std::string out = "<table class=\"data compact\"><thead><tr><th>Status</th>"
                      "<th>Criterion</th><th>Found</th></tr></thead><tbody>\n";
    for (const CriterionResult* result : results) {
        out += "<tr>" + labelled_cell("Status", status_badge(*result)) +
               labelled_cell("Criterion",
                             fmt::format("{}<br><span class=\"meta\"><span class=\"id\">{}"
                                         "</span> \u00b7 {}</span>",
                                         escape_markup(result->criterion->title),
                                         escape_markup(result->criterion->id),
                                         escape_markup(criterion_notes(*result)))) +
               labelled_cell("Found", escape_markup(result->outcome.reason)) + "</tr>\n";
    }
    return out + "</tbody></table>\n";
}

std::string figure(const BarChart& chart, std::string_view caption) {
    return fmt::format("<figure class=\"chart\">\n{}<figcaption>{}</figcaption>\n</figure>\n",
                       render_bar_chart_for_screens(chart), escape_markup(caption));
}

std::string rating_value_text(const Framework& framework, const Rating* rating,
                              std::optional<int> minimum) {
    std::string text = "not rated";
    if (rating) {
        auto label = framework.scale.find(rating->value);
        text = label == framework.scale.end() ? std::to_string(rating->value)
                                              : fmt::format("{} {}", rating->value, label->second);
    }
    return minimum ? fmt::format("{}, needs {}", text, *minimum) : text;
}

ChartBar rating_bar(const Framework& framework, const Person& person, const Competency& competency,
                    std::optional<int> minimum) {
    const Rating* rating = person.rating_for(competency.id);
    ChartBar bar{competency.name, std::nullopt, std::nullopt,
                 rating_value_text(framework, rating, minimum), BarTone::neutral};
    if (rating) {
        bar.value = rating->value;
    }
    if (minimum) {
        bar.marker = *minimum;
        bar.tone = rating && rating->value >= *minimum ? BarTone::good : BarTone::short_of;
    }
    return bar;
}

std::string ratings_chart(const Framework& framework, const Person& person,
                          const LevelResult& target) {
    auto minimums = target_rating_minimums(target);
    BarChart chart{
        fmt::format("{}'s ratings against what {} asks for", person.name, target.level->id),
        static_cast<double>(framework.scale_max()),
        {},
        {}};
    for (const auto& [value, label] : framework.scale) {
        chart.ticks.emplace_back(value, std::to_string(value));
    }
    for (const auto& competency : framework.competencies) {
        auto it = minimums.find(competency.id);
        chart.bars.push_back(
            rating_bar(framework, person, competency,
                       it == minimums.end() ? std::nullopt : std::optional<int>(it->second)));
    }
    return "<h2>Ratings against the target</h2>\n" +
           figure(chart, fmt::format("Bars: the ratings in the evidence file. Black marks: the "
                                     "minimum rating {}'s required criteria ask for; green bars "
                                     "reach it, amber bars do not.",
                                     target.level->id));
}

std::string cross_track_value(const CrossTrackEntry& entry) {
    const LevelResult& result = entry.result;
    std::string text = result.ready ? "ready" : fmt::format("{}", percent(result.progress));
    text += fmt::format(", {} of {} met", result.met, result.total);
    return entry.interested ? text + ", wanted" : text;
}

std::string cross_track_chart(const Evaluation& evaluation) {
    BarChart chart{"Progress towards the current level and the steps the framework defines from it",
                   1.0,
                   {{0.0, "0%"}, {0.25, "25%"}, {0.5, "50%"}, {0.75, "75%"}, {1.0, "100%"}},
                   {}};
    for (const auto& entry : evaluation.cross_track) {
        const LevelResult& result = entry.result;
        chart.bars.push_back({fmt::format("{} {}{}", result.level->id, result.level->title,
                                          entry.current ? " (now)" : ""),
                              result.progress, std::nullopt, cross_track_value(entry),
                              result.ready ? BarTone::good : BarTone::neutral});
    }
    return figure(chart, "Each bar: the weighted share of the level's criteria met (for a level "
                         "on another track, the criteria of the move there). \"Wanted\": the "
                         "person declared interest in that track.");
}

std::string cross_track_table(const Evaluation& evaluation) {
    std::string out = "<table class=\"data\"><thead><tr><th>Step</th><th class=\"num\">Band</th>"
                      "<th>Track</th>"
                      "<th>Level</th><th>Ready</th><th class=\"num\">Met</th>"
                      "<th class=\"num\">Progress</th><th>Interest</th></tr></thead><tbody>\n";
    for (const auto& entry : evaluation.cross_track) {
        const LevelResult& result = entry.result;
        out += "<tr>" + labelled_cell("Step", cross_track_step(entry)) +
               labelled_cell("Band", std::to_string(entry.band), "num") +
               labelled_cell("Track", escape_markup(entry.track ? entry.track->name : "")) +
               labelled_cell("Level",
                             fmt::format("{} {}{}", escape_markup(result.level->id),
                                         escape_markup(result.level->title),
                                         entry.current ? " <span class=\"tag\">now</span>" : "")) +
               labelled_cell("Ready", result.ready ? "yes" : "no") +
               labelled_cell("Met", fmt::format("{}/{}", result.met, result.total), "num") +
               labelled_cell("Progress", percent(result.progress), "num") +
               labelled_cell("Interest", entry.interested ? "yes" : "-") + "</tr>\n";
    }
    return out + "</tbody></table>\n";
}

std::string item_links(const EvidenceItem& item) {
    std::vector<std::string> links;
    for (const auto& url : item.links) {
        links.push_back(html_link(url, url));
    }
    return join(links, "<br>");
}

std::string evidence_table(const Evaluation& evaluation) {
    const Person& person = *evaluation.person;
    if (person.evidence.empty()) {
        return "";
    }
    std::string out = fmt::format(
        "<h2>Evidence ({})</h2>\n<table class=\"data\"><thead><tr><th>Date</th><th>Item</th>"
        "<th>Counted for</th><th>Links</th></tr></thead><tbody>\n",
        person.evidence.size());
    for (const auto& item : person.evidence) {
        out += "<tr>" + labelled_cell("Date", item.date.to_string(), "nowrap") +
               labelled_cell(
                   "Item",
                   fmt::format("{}<br><span class=\"meta\">{} \u00b7 {}{}</span>",
                               escape_markup(item.title), escape_markup(item.id),
                               escape_markup(item.type),
                               item.role.empty() ? "" : " \u00b7 " + escape_markup(item.role))) +
               labelled_cell("Counted for",
                             escape_markup(join(counted_for(evaluation.target, item.id), ", "))) +
               labelled_cell("Links", item_links(item)) + "</tr>\n";
    }
    return out + "</tbody></table>\n";
}

// The target, the move to it if it is on another track, the verdict and the ratings chart.
std::string target_overview(const Framework& framework, const Person& person,
                            const LevelResult& target, std::string_view label) {
    std::string out = fmt::format("<p><strong>{}:</strong> {}</p>\n", label,
                                  escape_markup(level_label(framework, *target.level)));
    if (auto move = describe_move(target); !move.empty()) {
        out += fmt::format("<p><strong>Move:</strong> {}</p>\n", escape_markup(move));
    }
    out += fmt::format("<p class=\"verdict{}\">{}</p>\n", target.ready ? " ready" : "",
                       escape_markup(verdict_line(target)));
    return out + ratings_chart(framework, person, target);
}

// What to do first, before the criteria that explain why.
std::string next_steps_section(const Framework& framework, const LevelResult& target,
                               const Date& as_of,
                               std::string_view heading = "<h2>Next steps</h2>") {
    NextSteps plan = plan_next_steps(framework, target, as_of);
    std::string out = fmt::format("{}\n<p>{}</p>\n", heading,
                                  escape_markup(next_steps_summary(plan, target.ready)));
    if (plan.steps.empty()) {
        return out;
    }
    out += "<ol class=\"next-steps\">\n";
    for (const auto& step : plan.steps) {
        out += fmt::format("<li>{}<br><span class=\"meta\">{}</span></li>\n",
                           escape_markup(describe_step(framework, step)),
                           escape_markup(describe_closes(step)));
    }
    return out + "</ol>\n";
}

std::string timeline_section(const Framework& framework, const Person& person,
                             const LevelResult& target, const Date& as_of) {
    Timeline timeline = project_timeline(framework, person, *target.level, as_of);
    if (timeline.events.empty()) {
        return "";
    }
    std::string out = "<h2>Timeline</h2>\n<p>If no evidence is added. " +
                      escape_markup(describe_readiness_change(timeline)) + "</p>\n<ul>\n";
    for (const auto& event : timeline.events) {
        out += "<li>" + escape_markup(describe_event(event)) + "</li>\n";
    }
    return out + "</ul>\n";
}

// The steps of a route after the first: which criteria each already meets, and what would
// close the rest.
std::string later_steps_section(const Framework& framework, const Evaluation& evaluation) {
    if (evaluation.route.size() < 2) {
        return "";
    }
    std::string out = fmt::format("<h2>{}</h2>\n", escape_markup(later_steps_heading));
    for (std::size_t i = 1; i < evaluation.route.size(); ++i) {
        const RouteStep& step = evaluation.route[i];
        out +=
            fmt::format("<p>{}</p>\n", escape_markup(route_step_standing(framework, step, i + 1)));
        out += next_steps_section(
            framework, step.result, evaluation.as_of,
            fmt::format("<h3>Next steps for {}</h3>", escape_markup(step.to->id)));
    }
    return out;
}

// A target no single step reaches: the steps of the route, with where the person stands on
// each; the sections after it are about the first step.
std::string route_section(const Framework& framework, const Evaluation& evaluation) {
    std::string out = fmt::format("<p><strong>Target:</strong> {}</p>\n<h2>Route</h2>\n<p>{}</p>\n",
                                  escape_markup(level_label(framework, *evaluation.asked)),
                                  escape_markup(route_summary(evaluation)));
    auto rows = route_table(framework, evaluation);
    out += "<table class=\"data\"><thead><tr>";
    for (const auto& cell : rows.front()) {
        out += "<th>" + escape_markup(cell) + "</th>";
    }
    out += "</tr></thead><tbody>\n";
    for (std::size_t r = 1; r < rows.size(); ++r) {
        out += "<tr>";
        for (std::size_t c = 0; c < rows[r].size(); ++c) {
            out += labelled_cell(rows.front()[c], escape_markup(rows[r][c]));
        }
        out += "</tr>\n";
    }
    return out + fmt::format("</tbody></table>\n<p class=\"verdict\">{}</p>\n",
                             escape_markup(route_verdict_line(evaluation)));
}

// A target no route reaches: what it is and why nothing is judged.
std::string no_route_section(const Framework& framework, const Evaluation& evaluation) {
    return fmt::format("<p><strong>Target:</strong> {}</p>\n<p class=\"verdict\">{}</p>\n",
                       escape_markup(level_label(framework, *evaluation.asked)),
                       escape_markup(no_route_verdict_line(evaluation)));
}

std::string gaps(const Framework& framework, const GapGroups& groups) {
    std::string out;
    if (!groups.missing.empty()) {
        out += fmt::format("<h2>Missing ({})</h2>\n", groups.missing.size());
        for (const CriterionResult* result : groups.missing) {
            out += missing_block(framework, *result);
        }
    }
    if (!groups.waived.empty()) {
        out += fmt::format("<h2>Set aside ({})</h2>\n", groups.waived.size()) +
               compact_table(groups.waived);
    }
    return out;
}

std::string cross_track_section(const Evaluation& evaluation) {
    if (evaluation.cross_track.empty()) {
        return "";
    }
    return "<h2>Cross-track view</h2>\n<p>The current level and the steps the framework defines "
           "from it (the next band on the track, the moves to other tracks): which the evidence "
           "fits.</p>\n" +
           cross_track_chart(evaluation) + cross_track_table(evaluation);
}

} // namespace

std::map<std::string, int> target_rating_minimums(const LevelResult& target) {
    std::map<std::string, int> minimums;
    for (const auto& result : target.criteria) {
        if (result.criterion->required && result.criterion->rule) {
            result.criterion->rule->guaranteed_ratings(minimums);
        }
    }
    return minimums;
}

std::string render_evaluation_section(const Framework& framework, const Evaluation& evaluation) {
    const Person& person = *evaluation.person;
    std::string out =
        fmt::format("<section class=\"person\">\n<h1>{} <span class=\"id muted\">{}</span></h1>\n"
                    "<p class=\"meta\">Now {} \u00b7 evaluated as of {} \u00b7 {}</p>\n",
                    escape_markup(person.name), escape_markup(person.id),
                    escape_markup(evaluation.current ? level_label(framework, *evaluation.current)
                                                     : person.level.id),
                    evaluation.as_of.to_string(), escape_markup(person.file));
    // What is missing comes before the long list of what is met, with the cross-track view
    // between them: the order a person reading their own report needs.
    std::optional<GapGroups> groups;
    if (!evaluation.route.empty()) {
        out += route_section(framework, evaluation);
    }
    if (auto trial = trial_status(framework, person, evaluation.as_of)) {
        out += "<p class=\"trial\"><strong>In trial:</strong> " +
               escape_markup(trial_words(*trial)) + "</p>\n";
    }
    for (const auto& line : track_choice_lines(framework, person)) {
        out += "<p class=\"track-choice\">" + escape_markup(line) + "</p>\n";
    }
    if (evaluation.target) {
        groups = group_gaps(*evaluation.target);
        out += target_overview(framework, person, *evaluation.target,
                               evaluation.route.empty() ? "Target" : "First step") +
               next_steps_section(framework, *evaluation.target, evaluation.as_of) +
               timeline_section(framework, person, *evaluation.target, evaluation.as_of) +
               gaps(framework, *groups) + later_steps_section(framework, evaluation);
    } else if (evaluation.verdict == TargetVerdict::no_route) {
        out += no_route_section(framework, evaluation);
    }
    if (!evaluation.note.empty()) {
        out += fmt::format("<p>{}</p>\n", escape_markup(evaluation.note));
    }
    out += cross_track_section(evaluation);
    if (groups && !groups->met.empty()) {
        out += fmt::format("<h2>Met ({})</h2>\n", groups->met.size()) + compact_table(groups->met);
    }
    return out + evidence_table(evaluation) +
           statement_sources_html(framework, *evaluation.person) + "</section>\n";
}

std::string render_not_evaluated_section(std::string_view file,
                                         const std::vector<Diagnostic>& diagnostics) {
    std::string items;
    for (const auto& diagnostic : diagnostics) {
        items += fmt::format("<li><code>{}:{}:{}</code> {}: {} <span class=\"muted\">[{}]</span>"
                             "</li>\n",
                             escape_markup(diagnostic.where.file), diagnostic.where.line,
                             diagnostic.where.column, to_string(diagnostic.severity),
                             escape_markup(diagnostic.message), escape_markup(diagnostic.code));
    }
    return fmt::format("<section class=\"person not-evaluated\">\n<h1>{}</h1>\n<p class=\""
                       "verdict\">Not evaluated: the file has errors.</p>\n<ul class=\""
                       "error-list plain\">\n{}</ul>\n</section>\n",
                       escape_markup(file), items);
}

std::string render_evaluation_page(const Framework& framework, std::string_view title,
                                   const std::vector<std::string>& sections) {
    std::string body;
    for (const auto& section : sections) {
        body += section;
    }
    return render_html_page({std::string(title), framework.name, framework.version, "", body});
}

} // namespace ladder
