#include "report/framework/site_parts.hpp"

#include "report/common/html.hpp"
#include "report/framework/site_pages.hpp"
#include "util/text.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <map>
#include <nlohmann/json.hpp>
#include <set>

namespace ladder::site {

namespace {

// "optional", "weight 2": only what differs from a required criterion of weight 1.
std::string criterion_notes(const Criterion& criterion) {
    std::vector<std::string> notes;
    if (!criterion.required) {
        notes.emplace_back("optional");
    }
    if (criterion.weight != 1.0) {
        notes.push_back(fmt::format("weight {}", format_number(criterion.weight)));
    }
    if (criterion.entry_gate) {
        notes.emplace_back("entry gate: asked only when moving into this level");
    }
    return join(notes, ", ");
}

} // namespace

std::string track_name(const Framework& framework, std::string_view id) {
    const Track* track = framework.find_track(id);
    return track ? track->name : std::string(id);
}

std::string criterion_anchor(std::string_view criterion_id) {
    return "c-" + slug(criterion_id);
}

std::string move_anchor(const Transition& move) {
    return "move-from-" + slug(move.from.id);
}

std::string move_href(const Transition& move) {
    return level_page_file(move.to.id) + "#" + move_anchor(move);
}

std::string level_link(const Framework& framework, std::string_view level_id) {
    const Level* level = framework.find_level(level_id);
    std::string text =
        level ? fmt::format("{} {}", level->id, level->title) : std::string(level_id);
    return page_link(level_page_file(level_id), text);
}

std::string trial_text(const Transition& move) {
    return move.trial_months && *move.trial_months > 0
               ? fmt::format("{}-month trial", *move.trial_months)
               : "no trial";
}

HtmlPage site_page(const Framework& framework, std::string title, std::string body) {
    return {std::move(title), framework.name, framework.version, "index.html", std::move(body)};
}

std::vector<PlacedCriterion> every_criterion(const Framework& framework) {
    std::vector<PlacedCriterion> placed;
    for (const auto& level : framework.levels) {
        for (const auto& criterion : level.criteria) {
            placed.push_back({&criterion, level.id, level_page_file(level.id)});
        }
    }
    for (const auto& move : framework.transitions) {
        for (const auto& criterion : move.criteria) {
            placed.push_back({&criterion, fmt::format("{} -> {}", move.from.id, move.to.id),
                              level_page_file(move.to.id)});
        }
    }
    return placed;
}

std::string criterion_href(const PlacedCriterion& placed) {
    return placed.page + "#" + criterion_anchor(placed.criterion->id);
}

std::string band_change(const Framework& framework, const Transition& move) {
    const Level* from = framework.find_level(move.from.id);
    const Level* to = framework.find_level(move.to.id);
    if (from == nullptr || to == nullptr || from->band == to->band) {
        return "";
    }
    return fmt::format(" (band {} to {})", from->band, to->band);
}

std::string rating_text(const Framework& framework, int rating) {
    auto it = framework.scale.find(rating);
    return it == framework.scale.end() ? std::to_string(rating)
                                       : fmt::format("{} {}", rating, it->second);
}

std::string criterion_block(const Framework& framework, const Criterion& criterion) {
    std::string parts =
        fmt::format("<dt>What it means</dt><dd>{}</dd>\n", html_text_blocks(criterion.description));
    if (criterion.rule) {
        parts += fmt::format("<dt>How it is checked</dt><dd>{}</dd>\n",
                             escape_markup(criterion.rule->describe(framework)));
    }
    if (!criterion.guidance.empty()) {
        parts += fmt::format("<dt>How to get there</dt><dd>{}</dd>\n",
                             html_text_blocks(criterion.guidance));
    }
    std::string notes = criterion_notes(criterion);
    return fmt::format(
        "<section class=\"criterion{}\" id=\"{}\">\n<h3>{}<span class=\"id\">{}"
        "</span>{}</h3>\n<dl class=\"parts\">\n{}</dl>\n</section>\n",
        criterion.required ? "" : " optional", criterion_anchor(criterion.id),
        escape_markup(criterion.title), escape_markup(criterion.id),
        notes.empty() ? "" : " <span class=\"tag\">" + escape_markup(notes) + "</span>", parts);
}

std::string pager(const std::string& previous, const std::string& next) {
    if (previous.empty() && next.empty()) {
        return "";
    }
    return fmt::format("<nav class=\"pager\"><span>{}</span><span>{}</span></nav>\n", previous,
                       next);
}

} // namespace ladder::site
