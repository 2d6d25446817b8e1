#include "report/common/html.hpp"
#include "report/framework/framework_view.hpp"
#include "report/framework/site_pages.hpp"
#include "report/framework/site_parts.hpp"
#include "util/text.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <map>
#include <nlohmann/json.hpp>
#include <set>

namespace ladder::site {

namespace {

std::string level_neighbours(const Framework& framework, const Level& level) {
    std::vector<std::string> same_band;
    for (const Level* other : framework.levels_in_band(level.band)) {
        if (other != &level) {
            same_band.push_back(fmt::format("{} ({})", level_link(framework, other->id),
                                            escape_markup(track_name(framework, other->track.id))));
        }
    }
    if (same_band.empty()) {
        return "";
    }
    return fmt::format("<p class=\"meta\">Same band on another track: {}.</p>\n",
                       fmt::join(same_band, ", "));
}

// Included criteria are listed by title and rule, each linking to its full text on the page
// of the level that states it: the page stays readable at the top of a track, and nothing is
// stated in two places.
std::string included_section(const Framework& framework, const Level& level) {
    auto resolved = resolve_criteria(framework, level);
    std::vector<const ResolvedCriterion*> inherited;
    for (const auto& item : resolved) {
        if (item.inherited) {
            inherited.push_back(&item);
        }
    }
    if (inherited.empty()) {
        return "";
    }
    std::vector<std::string> includes;
    for (const auto& include : level.includes) {
        includes.push_back(level_link(framework, include.id));
    }
    std::string out = fmt::format(
        "<h2>Included from lower levels ({})</h2>\n<p>{} includes {}, so these criteria apply "
        "here too. Each links to its full description and guidance.</p>\n<table class=\"data\">"
        "<thead><tr><th>Criterion</th><th>From</th><th>How it is checked</th></tr></thead>"
        "<tbody>\n",
        inherited.size(), escape_markup(level.id), fmt::join(includes, ", "));
    for (const ResolvedCriterion* item : inherited) {
        const Criterion& criterion = *item->criterion;
        std::string href = level_page_file(item->from_level) + "#" + criterion_anchor(criterion.id);
        out += fmt::format(
            "<tr><td>{}{}</td><td>{}</td><td>{}</td></tr>\n", page_link(href, criterion.title),
            criterion.required ? "" : " <span class=\"tag\">optional</span>",
            page_link(level_page_file(item->from_level), item->from_level),
            escape_markup(criterion.rule ? criterion.rule->describe(framework) : ""));
    }
    return out + "</tbody></table>\n";
}

// What a move is judged on: its own criteria below, and the levels it includes (linked).
std::string move_judged_on(const Framework& framework, const Transition& move, const Level& level) {
    std::vector<std::string> included;
    if (move.includes_target) {
        included.push_back(escape_markup(level.id) + "'s criteria above");
    }
    for (const auto& include : move.includes) {
        included.push_back(level_link(framework, include.id) + "'s criteria");
    }
    if (included.empty()) {
        return fmt::format("The move is judged on these criteria; {}'s own criteria above "
                           "describe the role once in it, which the trial period is for.",
                           escape_markup(level.id));
    }
    return fmt::format("The move is judged on these criteria and on {}.",
                       fmt::join(included, " and "));
}

std::string moves_into(const Framework& framework, const Level& level) {
    std::string out;
    for (const auto& move : framework.transitions) {
        if (move.to.id != level.id) {
            continue;
        }
        out += fmt::format(
            "<h2 id=\"{}\">Moving here from {}</h2>\n<p>{}{}, {}. {}</p>\n<p>{}"
            "</p>\n",
            move_anchor(move), level_link(framework, move.from.id), escape_markup(trial_text(move)),
            escape_markup(band_change(framework, move)), move.reversible ? "reversible" : "one way",
            escape_markup(move.summary), move_judged_on(framework, move, level));
        for (const auto& criterion : move.criteria) {
            out += criterion_block(framework, criterion);
        }
    }
    return out;
}

std::string moves_out_of(const Framework& framework, const Level& level) {
    std::vector<std::string> items;
    for (const auto& move : framework.transitions) {
        if (move.from.id == level.id) {
            items.push_back(fmt::format(
                "<li>{} ({}, {}): {}</li>",
                page_link(move_href(move), fmt::format("to {}", move.to.id)),
                escape_markup(trial_text(move)), move.reversible ? "reversible" : "one way",
                escape_markup(move.summary)));
        }
    }
    if (items.empty()) {
        return "";
    }
    return fmt::format("<h2>Moves from here to another track</h2>\n<ul>\n{}\n</ul>\n",
                       fmt::join(items, "\n"));
}

std::string ratings_section(const Framework& framework, const Level& level) {
    auto minimums = level_rating_minimums(framework, level);
    if (minimums.empty()) {
        return "";
    }
    std::string out = "<h2>Ratings this level asks for</h2>\n<p>The lowest rating anyone meeting "
                      "every required criterion has.</p>\n<table class=\"data\"><thead><tr>"
                      "<th>Competency</th><th>At least</th></tr></thead><tbody>\n";
    for (const auto& competency : framework.competencies) {
        if (auto it = minimums.find(competency.id); it != minimums.end()) {
            out += fmt::format("<tr><td>{}</td><td>{}</td></tr>\n",
                               page_link(competency_page_file(competency.id), competency.name),
                               escape_markup(rating_text(framework, it->second)));
        }
    }
    return out + "</tbody></table>\n";
}

std::string level_pager(const Framework& framework, const Level& level) {
    auto levels = framework.levels_on_track(level.track.id);
    std::string previous;
    std::string next;
    for (std::size_t i = 0; i < levels.size(); ++i) {
        if (levels[i] != &level) {
            continue;
        }
        if (i > 0) {
            previous = "\u2190 " + level_link(framework, levels[i - 1]->id);
        }
        if (i + 1 < levels.size()) {
            next = level_link(framework, levels[i + 1]->id) + " \u2192";
        }
    }
    return pager(previous, next);
}

} // namespace

std::string level_page(const Framework& framework, const Level& level) {
    std::string body = fmt::format(
        "<p class=\"meta\">{} track \u00b7 band {}</p>\n<h1><span class=\"badge\">{}</span> {}"
        "</h1>\n<p class=\"lead\">{}</p>\n",
        escape_markup(track_name(framework, level.track.id)), level.band, escape_markup(level.id),
        escape_markup(level.title), escape_markup(level.summary));
    body += level_neighbours(framework, level);
    body += fmt::format("<h2>What {} asks for ({})</h2>\n", escape_markup(level.id),
                        level.criteria.size());
    for (const auto& criterion : level.criteria) {
        body += criterion_block(framework, criterion);
    }
    body += included_section(framework, level) + moves_into(framework, level) +
            moves_out_of(framework, level) + ratings_section(framework, level) +
            level_pager(framework, level);
    return render_html_page(
        site_page(framework, fmt::format("{} {}", level.id, level.title), body));
}

} // namespace ladder::site
