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
        out += fmt::format("<a class=\"move {}\" href=\"{}\"><span class=\"label\">{} \u2192 {}: "
                           "{}{}</span><span class=\"line\"></span></a>",
                           joins(*move, left, right) ? "right" : "left",
                           escape_markup(move_href(*move)), escape_markup(move->from.id),
                           escape_markup(move->to.id), escape_markup(trial_text(*move)),
                           move->reversible ? "" : ", one way");
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
                page_link(move_href(move), fmt::format("move to {}{} \u2192", move.to.id,
                                                       band_change(framework, move))));
        }
    }
    return links.empty() ? ""
                         : fmt::format("<p class=\"moves\">{}</p>", fmt::join(links, " \u00b7 "));
}

// A band with no level on a track: an empty slot, which says where the track starts when it
// is the first slot below the track's lowest level (the management track starts higher).
std::string empty_slot(std::string_view note) {
    return fmt::format("<td><div class=\"level-empty\">{}</div></td>", escape_markup(note));
}

std::string level_card(const Framework& framework, const Level* level,
                       const std::set<const Transition*>& drawn) {
    return fmt::format("<td><div class=\"level-card\"><span class=\"badge\">{}</span> "
                       "<a class=\"title\" href=\"{}\">{}</a><p>{}</p>{}</div></td>",
                       escape_markup(level->id), escape_markup(level_page_file(level->id)),
                       escape_markup(level->title), escape_markup(level->summary),
                       other_moves(framework, *level, drawn));
}

std::string ladder_header(const Framework& framework) {
    std::string out = "<thead><tr><th class=\"band-h\"><span class=\"muted\">Band</span></th>";
    for (std::size_t i = 0; i < framework.tracks.size(); ++i) {
        if (i > 0) {
            out += "<th class=\"gutter\"><span class=\"muted\">Moves</span></th>";
        }
        out += fmt::format("<th>{}</th>", escape_markup(framework.tracks[i].name));
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
                           escape_markup(track.name), escape_markup(track.description),
                           escape_markup(track_range(framework, track)));
    }
    return out + "</dl>\n";
}

std::string moves_section(const Framework& framework) {
    if (framework.transitions.empty()) {
        return "";
    }
    // Never claim that moves keep the band when one does not.
    bool all_keep_band =
        std::all_of(framework.transitions.begin(), framework.transitions.end(),
                    [&](const Transition& move) { return band_change(framework, move).empty(); });
    std::string out = fmt::format(
        "<h2>Moves between tracks</h2>\n<p>{}Each move has its own criteria, listed on the page "
        "of the level it leads to.</p>\n<table class=\"data\"><thead><tr><th>Move</th>"
        "<th>Band</th><th>Trial</th><th>Way back</th><th>What it means</th></tr></thead>"
        "<tbody>\n",
        all_keep_band ? "A move across tracks is not a promotion: it keeps the band. " : "");
    for (const auto& move : framework.transitions) {
        std::string band = band_change(framework, move);
        out += fmt::format(
            "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>\n",
            page_link(move_href(move), fmt::format("{} \u2192 {}", move.from.id, move.to.id)),
            band.empty() ? "keeps the band" : escape_markup(band.substr(2, band.size() - 3)),
            escape_markup(trial_text(move)), move.reversible ? "reversible" : "one way",
            escape_markup(move.summary));
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
                           escape_markup(competency.description));
    }
    out += "</ul>\n<p class=\"meta\">Rating scale: ";
    std::vector<std::string> ratings;
    for (const auto& [rating, label] : framework.scale) {
        ratings.push_back(fmt::format("{} {}", rating, escape_markup(label)));
    }
    return out + fmt::format("{}.</p>\n", fmt::join(ratings, " \u00b7 "));
}

} // namespace

std::string index_page(const Framework& framework) {
    std::string body = fmt::format("<h1>{}</h1>\n", escape_markup(framework.name));
    if (!framework.description.empty()) {
        body +=
            fmt::format("<div class=\"lead\">{}</div>\n", html_text_blocks(framework.description));
    }
    body += "<h2>The ladder</h2>\n<p class=\"legend\">Each row is a band. Levels in the same row "
            "stand level with each other, in standing and in pay band. The arrows between the "
            "columns are the moves between tracks. Open a level for everything it asks for.</p>\n";
    body += ladder_table(framework);
    body += tracks_section(framework) + moves_section(framework) + competencies_section(framework);
    return render_html_page(site_page(framework, "The ladder", body));
}

} // namespace ladder::site
