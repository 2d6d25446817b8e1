#include "report/framework/site_pages.hpp"

#include "report/common/html.hpp"
#include "report/framework/framework_view.hpp"
#include "util/text.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <map>
#include <nlohmann/json.hpp>
#include <set>

namespace ladder {

namespace {

// ---- shared pieces -------------------------------------------------------------------------

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

// A criterion and the page where it is shown in full: a level's own criteria on its page, a
// move's criteria on the page of the level the move leads to.
struct PlacedCriterion {
    const Criterion* criterion;
    std::string stated_by; // "IC4" or "IC4 -> M1"
    std::string page;
};

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

// The lowest rating in each competency that anyone meeting every required criterion of the
// level (its own and those it includes) must have.
std::map<std::string, int> level_rating_minimums(const Framework& framework, const Level& level) {
    std::map<std::string, int> minimums;
    for (const auto& resolved : resolve_criteria(framework, level)) {
        if (resolved.criterion->required && resolved.criterion->rule) {
            resolved.criterion->rule->guaranteed_ratings(minimums);
        }
    }
    return minimums;
}

std::string rating_text(const Framework& framework, int rating) {
    auto it = framework.scale.find(rating);
    return it == framework.scale.end() ? std::to_string(rating)
                                       : fmt::format("{} {}", rating, it->second);
}

// "optional", "weight 2": only what differs from a required criterion of weight 1.
std::string criterion_notes(const Criterion& criterion) {
    std::vector<std::string> notes;
    if (!criterion.required) {
        notes.emplace_back("optional");
    }
    if (criterion.weight != 1.0) {
        notes.push_back(fmt::format("weight {}", format_number(criterion.weight)));
    }
    return join(notes, ", ");
}

// One criterion in full: what it means, how ladder checks it (the same words as `ladder
// show`), and how to close the gap.
std::string criterion_block(const Framework& framework, const Criterion& criterion) {
    std::string parts =
        fmt::format("<dt>What it means</dt><dd>{}</dd>\n", escape_html(criterion.description));
    if (criterion.rule) {
        parts += fmt::format("<dt>How it is checked</dt><dd>{}</dd>\n",
                             escape_html(criterion.rule->describe(framework)));
    }
    if (!criterion.guidance.empty()) {
        parts +=
            fmt::format("<dt>How to get there</dt><dd>{}</dd>\n", escape_html(criterion.guidance));
    }
    std::string notes = criterion_notes(criterion);
    return fmt::format(
        "<section class=\"criterion{}\" id=\"{}\">\n<h3>{}<span class=\"id\">{}"
        "</span>{}</h3>\n<dl class=\"parts\">\n{}</dl>\n</section>\n",
        criterion.required ? "" : " optional", criterion_anchor(criterion.id),
        escape_html(criterion.title), escape_html(criterion.id),
        notes.empty() ? "" : " <span class=\"tag\">" + escape_html(notes) + "</span>", parts);
}

// ---- the index: the dual ladder ------------------------------------------------------------

bool joins(const Transition& move, const Level* from, const Level* to) {
    return from && to && move.from.id == from->id && move.to.id == to->id;
}

// The moves drawn between two neighbouring columns of a row: both ends in this band.
std::vector<const Transition*> moves_between(const Framework& framework, const Level* left,
                                             const Level* right) {
    std::vector<const Transition*> found;
    for (const auto& move : framework.transitions) {
        if (joins(move, left, right) || joins(move, right, left)) {
            found.push_back(&move);
        }
    }
    return found;
}

std::set<const Transition*> drawn_moves(const Framework& framework) {
    std::set<const Transition*> drawn;
    for (const auto& row : ladder_rows(framework)) {
        for (std::size_t i = 0; i + 1 < row.by_track.size(); ++i) {
            for (const Transition* move :
                 moves_between(framework, row.by_track[i], row.by_track[i + 1])) {
                drawn.insert(move);
            }
        }
    }
    return drawn;
}

// The moves between two neighbouring levels of a row, each as a labelled arrow pointing from
// the level it starts at to the level it leads to.
std::string gutter_cell(const Framework& framework, const Level* left, const Level* right) {
    std::string out = "<td class=\"gutter\">";
    bool all_reversible = true;
    auto moves = moves_between(framework, left, right);
    for (const Transition* move : moves) {
        all_reversible = all_reversible && move->reversible;
        out +=
            fmt::format("<a class=\"move {}\" href=\"{}\"><span class=\"label\">{} \u2192 {}: "
                        "{}{}</span><span class=\"line\"></span></a>",
                        joins(*move, left, right) ? "right" : "left", escape_html(move_href(*move)),
                        escape_html(move->from.id), escape_html(move->to.id),
                        escape_html(trial_text(*move)), move->reversible ? "" : ", one way");
    }
    if (!moves.empty() && all_reversible) {
        out += "<span class=\"move-note\">with a way back</span>";
    }
    return out + "</td>";
}

// Moves that the ladder cannot draw between neighbouring columns (another band, or tracks
// that are not side by side) are listed on the card of the level they start from.
std::string other_moves(const Framework& framework, const Level& level,
                        const std::set<const Transition*>& drawn) {
    std::vector<std::string> links;
    for (const auto& move : framework.transitions) {
        if (move.from.id == level.id && !drawn.count(&move)) {
            links.push_back(
                page_link(move_href(move), fmt::format("move to {} \u2192", move.to.id)));
        }
    }
    return links.empty() ? ""
                         : fmt::format("<p class=\"moves\">{}</p>", fmt::join(links, " \u00b7 "));
}

// A band with no level on a track: an empty slot, which says where the track starts when it
// is the first slot below the track's lowest level (the management track starts higher).
std::string empty_slot(std::string_view note) {
    return fmt::format("<td><div class=\"level-empty\">{}</div></td>", escape_html(note));
}

std::string level_card(const Framework& framework, const Level* level,
                       const std::set<const Transition*>& drawn) {
    return fmt::format("<td><div class=\"level-card\"><span class=\"badge\">{}</span> "
                       "<a class=\"title\" href=\"{}\">{}</a><p>{}</p>{}</div></td>",
                       escape_html(level->id), escape_html(level_page_file(level->id)),
                       escape_html(level->title), escape_html(level->summary),
                       other_moves(framework, *level, drawn));
}

std::string ladder_header(const Framework& framework) {
    std::string out = "<thead><tr><th class=\"band-h\"><span class=\"muted\">Band</span></th>";
    for (std::size_t i = 0; i < framework.tracks.size(); ++i) {
        if (i > 0) {
            out += "<th class=\"gutter\"><span class=\"muted\">Moves</span></th>";
        }
        out += fmt::format("<th>{}</th>", escape_html(framework.tracks[i].name));
    }
    return out + "</tr></thead>\n";
}

std::string ladder_table(const Framework& framework) {
    auto drawn = drawn_moves(framework);
    std::string out = "<div class=\"ladder-wrap\"><table class=\"ladder\">\n";
    out += ladder_header(framework) + "<tbody>\n";
    std::vector<const Level*> lowest_so_far(framework.tracks.size(), nullptr);
    std::vector<bool> noted(framework.tracks.size(), false);
    for (const auto& row : ladder_rows(framework)) {
        out += fmt::format("<tr><td class=\"band\"><span class=\"band-no\" title=\"band {0}\">{0}"
                           "</span></td>",
                           row.band);
        for (std::size_t i = 0; i < row.by_track.size(); ++i) {
            if (i > 0) {
                out += gutter_cell(framework, row.by_track[i - 1], row.by_track[i]);
            }
            const Level* level = row.by_track[i];
            if (level) {
                lowest_so_far[i] = level;
                out += level_card(framework, level, drawn);
                continue;
            }
            bool below_track = lowest_so_far[i] && !noted[i];
            noted[i] = noted[i] || below_track;
            out += empty_slot(below_track
                                  ? fmt::format("{} starts at band {}", framework.tracks[i].name,
                                                lowest_so_far[i]->band)
                                  : "");
        }
        out += "</tr>\n";
    }
    return out + "</tbody></table></div>\n";
}

// "IC1 to IC7, bands 1 to 7", or "M1, band 4" for a track of one level.
std::string track_range(const Framework& framework, const Track& track) {
    auto levels = framework.levels_on_track(track.id);
    if (levels.empty()) {
        return "no levels yet";
    }
    if (levels.size() == 1) {
        return fmt::format("{}, band {}", levels.front()->id, levels.front()->band);
    }
    return fmt::format("{} to {}, bands {} to {}", levels.front()->id, levels.back()->id,
                       levels.front()->band, levels.back()->band);
}

std::string tracks_section(const Framework& framework) {
    std::string out = "<h2>The tracks</h2>\n<dl class=\"parts\">\n";
    for (const auto& track : framework.tracks) {
        out += fmt::format("<dt>{}</dt><dd>{} <span class=\"muted\">({})</span></dd>\n",
                           escape_html(track.name), escape_html(track.description),
                           escape_html(track_range(framework, track)));
    }
    return out + "</dl>\n";
}

std::string moves_section(const Framework& framework) {
    if (framework.transitions.empty()) {
        return "";
    }
    std::string out = "<h2>Moves between tracks</h2>\n<p>A move across tracks is not a promotion: "
                      "it keeps the band. Each move has its own criteria, listed on the page of "
                      "the level it leads to.</p>\n<table class=\"data\"><thead><tr><th>Move</th>"
                      "<th>Trial</th><th>Way back</th><th>What it means</th></tr></thead><tbody>\n";
    for (const auto& move : framework.transitions) {
        out += fmt::format(
            "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>\n",
            page_link(move_href(move), fmt::format("{} \u2192 {}", move.from.id, move.to.id)),
            escape_html(trial_text(move)), move.reversible ? "reversible" : "one way",
            escape_html(move.summary));
    }
    return out + "</tbody></table>\n";
}

std::string competencies_section(const Framework& framework) {
    std::string out = "<h2>Competencies</h2>\n<p>Every level is judged on these. Each page says "
                      "what each rating means and which levels ask for it.</p>\n"
                      "<ul class=\"plain\">\n";
    for (const auto& competency : framework.competencies) {
        out += fmt::format("<li>{}: {}</li>\n",
                           page_link(competency_page_file(competency.id), competency.name),
                           escape_html(competency.description));
    }
    out += "</ul>\n<p class=\"meta\">Rating scale: ";
    std::vector<std::string> ratings;
    for (const auto& [rating, label] : framework.scale) {
        ratings.push_back(fmt::format("{} {}", rating, escape_html(label)));
    }
    return out + fmt::format("{}.</p>\n", fmt::join(ratings, " \u00b7 "));
}

std::string index_page(const Framework& framework) {
    std::string body = fmt::format("<h1>{}</h1>\n", escape_html(framework.name));
    if (!framework.description.empty()) {
        body += fmt::format("<p class=\"lead\">{}</p>\n", escape_html(framework.description));
    }
    body += "<h2>The ladder</h2>\n<p class=\"legend\">Each row is a band. Levels in the same row "
            "stand level with each other, in standing and in pay band. The arrows between the "
            "columns are the moves between tracks. Open a level for everything it asks for.</p>\n";
    body += ladder_table(framework);
    body += tracks_section(framework) + moves_section(framework) + competencies_section(framework);
    return render_html_page(site_page(framework, "The ladder", body));
}

// ---- a level's page ------------------------------------------------------------------------

std::string level_neighbours(const Framework& framework, const Level& level) {
    std::vector<std::string> same_band;
    for (const Level* other : framework.levels_in_band(level.band)) {
        if (other != &level) {
            same_band.push_back(fmt::format("{} ({})", level_link(framework, other->id),
                                            escape_html(track_name(framework, other->track.id))));
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
        inherited.size(), escape_html(level.id), fmt::join(includes, ", "));
    for (const ResolvedCriterion* item : inherited) {
        const Criterion& criterion = *item->criterion;
        std::string href = level_page_file(item->from_level) + "#" + criterion_anchor(criterion.id);
        out += fmt::format("<tr><td>{}{}</td><td>{}</td><td>{}</td></tr>\n",
                           page_link(href, criterion.title),
                           criterion.required ? "" : " <span class=\"tag\">optional</span>",
                           page_link(level_page_file(item->from_level), item->from_level),
                           escape_html(criterion.rule ? criterion.rule->describe(framework) : ""));
    }
    return out + "</tbody></table>\n";
}

std::string moves_into(const Framework& framework, const Level& level) {
    std::string out;
    for (const auto& move : framework.transitions) {
        if (move.to.id != level.id) {
            continue;
        }
        out +=
            fmt::format("<h2 id=\"{}\">Moving here from {}</h2>\n<p>{}, {}. {}</p>\n"
                        "<p>The move is judged on these criteria; {}'s own criteria above "
                        "describe the role once in it, which the trial period is for.</p>\n",
                        move_anchor(move), level_link(framework, move.from.id),
                        escape_html(trial_text(move)), move.reversible ? "reversible" : "one way",
                        escape_html(move.summary), escape_html(level.id));
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
            items.push_back(
                fmt::format("<li>{} ({}, {}): {}</li>",
                            page_link(move_href(move), fmt::format("to {}", move.to.id)),
                            escape_html(trial_text(move)),
                            move.reversible ? "reversible" : "one way", escape_html(move.summary)));
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
                               escape_html(rating_text(framework, it->second)));
        }
    }
    return out + "</tbody></table>\n";
}

std::string pager(const std::string& previous, const std::string& next) {
    if (previous.empty() && next.empty()) {
        return "";
    }
    return fmt::format("<nav class=\"pager\"><span>{}</span><span>{}</span></nav>\n", previous,
                       next);
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

std::string level_page(const Framework& framework, const Level& level) {
    std::string body = fmt::format(
        "<p class=\"meta\">{} track \u00b7 band {}</p>\n<h1><span class=\"badge\">{}</span> {}"
        "</h1>\n<p class=\"lead\">{}</p>\n",
        escape_html(track_name(framework, level.track.id)), level.band, escape_html(level.id),
        escape_html(level.title), escape_html(level.summary));
    body += level_neighbours(framework, level);
    body += fmt::format("<h2>What {} asks for ({})</h2>\n", escape_html(level.id),
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

// ---- a competency's page -------------------------------------------------------------------

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
                                  escape_html(competency.name));
    for (const auto& [rating, label] : framework.scale) {
        auto it = competency.rating_meanings.find(rating);
        out += fmt::format("<tr><td class=\"num\">{}</td><td>{}</td><td>{}</td></tr>\n", rating,
                           escape_html(label),
                           it == competency.rating_meanings.end()
                               ? "<span class=\"muted\">not described</span>"
                               : escape_html(it->second));
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
                                             : escape_html(rating_text(framework, it->second));
    return fmt::format("<td>{}: {}</td>", page_link(level_page_file(level->id), level->id), value);
}

std::string minimums_by_band(const Framework& framework, const Competency& competency) {
    std::string out = fmt::format("<h2>Where it is asked for</h2>\n<p>The lowest rating in {} "
                                  "each level asks for, by band (from its required criteria, "
                                  "including those of the levels it includes).</p>\n"
                                  "<table class=\"data\"><thead><tr><th class=\"num\">Band</th>",
                                  escape_html(competency.name));
    for (const auto& track : framework.tracks) {
        out += fmt::format("<th>{}</th>", escape_html(track.name));
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
                                 escape_html(placed.stated_by),
                                 escape_html(criterion.rule->describe(framework)));
        }
    }
    if (items.empty()) {
        return "";
    }
    return fmt::format("<h3>Criteria that look at {}</h3>\n<ul class=\"plain\">\n{}</ul>\n",
                       escape_html(competency.name), items);
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

std::string competency_page(const Framework& framework, std::size_t index) {
    const Competency& competency = framework.competencies[index];
    std::string body = fmt::format("<p class=\"meta\">Competency <code>{}</code></p>\n<h1>{}</h1>"
                                   "\n<p class=\"lead\">{}</p>\n",
                                   escape_html(competency.id), escape_html(competency.name),
                                   escape_html(competency.description));
    body += rating_meanings(framework, competency) + minimums_by_band(framework, competency) +
            criteria_looking_at(framework, competency) + competency_pager(framework, index);
    return render_html_page(site_page(framework, competency.name, body));
}

} // namespace

std::string slug(std::string_view id) {
    std::string out;
    for (char c : id) {
        bool keep = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                    c == '-' || c == '_' || c == '.';
        out += keep ? std::string(1, c) : fmt::format("~{:02x}", static_cast<unsigned char>(c));
    }
    return out;
}

std::string level_page_file(std::string_view level_id) {
    return "level-" + slug(level_id) + ".html";
}

std::string competency_page_file(std::string_view competency_id) {
    return "competency-" + slug(competency_id) + ".html";
}

std::vector<SitePage> render_site(const Framework& framework) {
    std::vector<SitePage> pages;
    pages.push_back({"index.html", index_page(framework)});
    for (const auto& level : framework.levels) {
        pages.push_back({level_page_file(level.id), level_page(framework, level)});
    }
    for (std::size_t i = 0; i < framework.competencies.size(); ++i) {
        pages.push_back(
            {competency_page_file(framework.competencies[i].id), competency_page(framework, i)});
    }
    return pages;
}

} // namespace ladder
