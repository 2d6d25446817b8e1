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

// Whether a rule, as data, looks at the competency: a rating of it, a points sum over it (or
// over all competencies), or an evidence filter on it.
bool rule_mentions(const nlohmann::json& rule, const std::string& competency) {
    if (rule.is_array()) {
        for (const auto& option : rule) {
            if (rule_mentions(option, competency)) {
                return true;
            }
        }
        return false;
    }
    if (!rule.is_object()) {
        return false;
    }
    for (const auto& [key, value] : rule.items()) {
        bool named = (key == "competency" && value == competency) ||
                     (key == "competencies" && value.is_array() &&
                      std::find(value.begin(), value.end(), competency) != value.end()) ||
                     (key == "points" && value.is_object() && !value.contains("competencies"));
        if (named || rule_mentions(value, competency)) {
            return true;
        }
    }
    return false;
}

std::string rating_meanings(const Framework& framework, const Competency& competency) {
    std::string out = fmt::format("<h2>What each rating means</h2>\n<table class=\"data\"><thead>"
                                  "<tr><th class=\"num\">Rating</th><th>Label</th><th>In {}</th>"
                                  "</tr></thead><tbody>\n",
                                  escape_markup(competency.name));
    for (const auto& [rating, label] : framework.scale) {
        auto it = competency.rating_meanings.find(rating);
        out += fmt::format("<tr><td class=\"num\">{}</td><td>{}</td><td>{}</td></tr>\n", rating,
                           escape_markup(label),
                           it == competency.rating_meanings.end()
                               ? "<span class=\"muted\">not described</span>"
                               : escape_markup(it->second));
    }
    return out + "</tbody></table>\n";
}

std::string minimum_cell(const Framework& framework, const Level* level,
                         const std::string& competency) {
    if (!level) {
        return "<td></td>";
    }
    auto minimums = level_rating_minimums(framework, *level);
    auto it = minimums.find(competency);
    std::string value = it == minimums.end() ? "<span class=\"muted\">no minimum</span>"
                                             : escape_markup(rating_text(framework, it->second));
    return fmt::format("<td>{}: {}</td>", page_link(level_page_file(level->id), level->id), value);
}

std::string minimums_by_band(const Framework& framework, const Competency& competency) {
    std::string out = fmt::format("<h2>Where it is asked for</h2>\n<p>The lowest rating in {} "
                                  "each level asks for, by band (from its required criteria, "
                                  "including those of the levels it includes).</p>\n"
                                  "<table class=\"data\"><thead><tr><th class=\"num\">Band</th>",
                                  escape_markup(competency.name));
    for (const auto& track : framework.tracks) {
        out += fmt::format("<th>{}</th>", escape_markup(track.name));
    }
    out += "</tr></thead><tbody>\n";
    for (const auto& row : ladder_rows(framework)) {
        out += fmt::format("<tr><td class=\"num\">{}</td>", row.band);
        for (const Level* level : row.by_track) {
            out += minimum_cell(framework, level, competency.id);
        }
        out += "</tr>\n";
    }
    return out + "</tbody></table>\n";
}

std::string criteria_looking_at(const Framework& framework, const Competency& competency) {
    std::string items;
    for (const auto& placed : every_criterion(framework)) {
        const Criterion& criterion = *placed.criterion;
        if (criterion.rule && rule_mentions(criterion.rule->to_json(), competency.id)) {
            items += fmt::format("<li>{} <span class=\"muted\">({})</span>: {}</li>\n",
                                 page_link(criterion_href(placed), criterion.title),
                                 escape_markup(placed.stated_by),
                                 escape_markup(criterion.rule->describe(framework)));
        }
    }
    if (items.empty()) {
        return "";
    }
    return fmt::format("<h3>Criteria that look at {}</h3>\n<ul class=\"plain\">\n{}</ul>\n",
                       escape_markup(competency.name), items);
}

std::string competency_pager(const Framework& framework, std::size_t index) {
    const auto& all = framework.competencies;
    std::string previous =
        index > 0
            ? "\u2190 " + page_link(competency_page_file(all[index - 1].id), all[index - 1].name)
            : "";
    std::string next =
        index + 1 < all.size()
            ? page_link(competency_page_file(all[index + 1].id), all[index + 1].name) + " \u2192"
            : "";
    return pager(previous, next);
}

} // namespace

std::string competency_page(const Framework& framework, std::size_t index) {
    const Competency& competency = framework.competencies[index];
    std::string body = fmt::format("<p class=\"meta\">Competency <code>{}</code></p>\n<h1>{}</h1>"
                                   "\n<p class=\"lead\">{}</p>\n",
                                   escape_markup(competency.id), escape_markup(competency.name),
                                   escape_markup(competency.description));
    body += rating_meanings(framework, competency) + minimums_by_band(framework, competency) +
            criteria_looking_at(framework, competency) + competency_pager(framework, index);
    return render_html_page(site_page(framework, competency.name, body));
}

} // namespace ladder::site
