#include "report/framework/framework_view.hpp"

#include "report/common/markdown.hpp"
#include "report/common/text_table.hpp"
#include "util/text.hpp"

#include <fmt/format.h>
#include <set>

namespace ladder {

namespace {

std::string criterion_flags(const Criterion& criterion) {
    std::string flags;
    if (!criterion.required) {
        flags = fmt::format("optional, weight {}", format_number(criterion.weight));
    } else if (criterion.weight != 1.0) {
        flags = fmt::format("weight {}", format_number(criterion.weight));
    }
    if (criterion.entry_gate) {
        flags += flags.empty() ? "entry gate" : ", entry gate";
    }
    return flags;
}

void criterion_text(std::string& out, const Framework& framework, const Criterion& criterion,
                    const std::string& inherited_from, const Style& style, std::size_t width) {
    std::string notes = criterion_flags(criterion);
    if (!inherited_from.empty()) {
        notes += (notes.empty() ? "" : ", ") + std::string("from ") + inherited_from;
    }
    out += fmt::format("  {} {}{}\n", style.bold(criterion.id + ":"), criterion.title,
                       notes.empty() ? "" : style.dim(" (" + notes + ")"));
    auto line = [&](std::string_view name, std::string_view text) {
        if (!text.empty()) {
            out +=
                fmt::format("      {:<9}{}\n", std::string(name) + ":", wrap_text(text, width, 15));
        }
    };
    line("what", criterion.description);
    line("rule", criterion.rule ? criterion.rule->describe(framework) : "");
    line("how", criterion.guidance);
}

std::string track_name(const Framework& framework, const std::string& id) {
    const Track* track = framework.find_track(id);
    return track ? track->name : id;
}

} // namespace

std::vector<LadderRow> ladder_rows(const Framework& framework) {
    std::set<int, std::greater<>> bands;
    for (const auto& level : framework.levels) {
        bands.insert(level.band);
    }
    std::vector<LadderRow> rows;
    for (int band : bands) {
        LadderRow row{band, {}};
        for (const auto& track : framework.tracks) {
            const Level* found = nullptr;
            for (const Level* level : framework.levels_on_track(track.id)) {
                if (level->band == band) {
                    found = level;
                }
            }
            row.by_track.push_back(found);
        }
        rows.push_back(std::move(row));
    }
    return rows;
}

std::string render_framework_text(const Framework& framework, const Style& style,
                                  std::size_t width) {
    std::string out = style.bold(fmt::format("{} {}", framework.name, framework.version)) + "\n";
    if (!framework.description.empty()) {
        out += wrap_text(framework.description, width, 0) + "\n";
    }
    out += "\n" + style.bold("The ladder") + " (same band = same standing and pay band)\n";
    // One column a track; tracks that do not fit the width continue in a block below, beside
    // the band again, rather than run past the reader's width.
    auto cell = [](const Level* level) {
        return level ? fmt::format("{} {}", level->id, level->title) : std::string("-");
    };
    TextRows cells = {{"band"}};
    for (const auto& track : framework.tracks) {
        cells.front().push_back(track.name);
    }
    for (const auto& row : ladder_rows(framework)) {
        cells.push_back({fmt::format("{:>4}", row.band)});
        for (const Level* level : row.by_track) {
            cells.back().push_back(cell(level));
        }
    }
    std::string table = text_table(cells, width > 2 ? width - 2 : width, 1);
    bool header = true; // the first line of each block
    for (std::size_t start = 0; start < table.size();) {
        std::size_t end = table.find('\n', start);
        std::string line = table.substr(start, end - start);
        out += line.empty() ? "\n" : "  " + (header ? style.dim(line) : line) + "\n";
        header = line.empty();
        start = end + 1;
    }
    if (!framework.transitions.empty()) {
        out += "\n" + style.bold("Moves between tracks") + "\n";
        for (const auto& move : framework.transitions) {
            std::string line = fmt::format(
                "{} -> {}{}, {}{}", move.from.id, move.to.id,
                move.trial_months ? fmt::format(": trial period {} months", *move.trial_months)
                                  : "",
                move.reversible ? "reversible" : "not reversible",
                move.summary.empty() ? "" : ". " + move.summary);
            out += "  " + wrap_text(line, width, 4) + "\n";
        }
    }
    out += "\n" + style.bold("Competencies") + "\n";
    // Ids and names stay apart however long an id is.
    std::size_t id_width = 22;
    for (const auto& competency : framework.competencies) {
        id_width = std::max(id_width, display_width(competency.id));
    }
    for (const auto& competency : framework.competencies) {
        out += fmt::format("  {}  {}\n", pad_right(competency.id, id_width), competency.name);
    }
    out += "\nMore: 'ladder show TRACK' or 'ladder show LEVEL' (e.g. ladder show " +
           (framework.levels.empty() ? std::string("IC1") : framework.levels.front().id) + ")\n";
    return out;
}

std::string render_track_text(const Framework& framework, const Track& track, const Style& style,
                              std::size_t width) {
    std::string out = style.bold(fmt::format("{} ({})", track.name, track.id)) + "\n";
    if (!track.description.empty()) {
        out += wrap_text(track.description, width, 0) + "\n";
    }
    for (const Level* level : framework.levels_on_track(track.id)) {
        std::string shared = level->track.id == track.id
                                 ? ""
                                 : ", shared with " + track_name(framework, level->track.id);
        out += fmt::format("\n  {} {} {}\n", style.bold(level->id), level->title,
                           style.dim(fmt::format("(band {}{})", level->band, shared)));
        out += "    " + wrap_text(level->summary, width, 4) + "\n";
        for (const auto& criterion : level->criteria) {
            out += fmt::format("    - {}: {}{}\n", criterion.id, criterion.title,
                               criterion.entry_gate ? style.dim(" (entry gate)") : "");
        }
        if (!level->includes.empty()) {
            std::vector<std::string> ids;
            for (const auto& include : level->includes) {
                ids.push_back(include.id);
            }
            out += fmt::format("    - and everything of {}\n", join(ids, ", "));
        }
    }
    return out;
}

std::string render_level_text(const Framework& framework, const Level& level, const Style& style,
                              std::size_t width) {
    std::string out = style.bold(fmt::format("{} {}", level.id, level.title));
    out += fmt::format(" (band {}, {})\n", level.band, track_name(framework, level.track.id));
    out += wrap_text(level.summary, width, 0) + "\n";
    auto resolved = resolve_criteria(framework, level);
    out += "\n" + style.bold(fmt::format("Criteria ({})", resolved.size())) + "\n";
    for (const auto& item : resolved) {
        criterion_text(out, framework, *item.criterion, item.inherited ? item.from_level : "",
                       style, width);
    }
    for (const auto& move : framework.transitions) {
        if (move.to.id == level.id) {
            out += fmt::format(
                "\nMove here from {}: {} criteria{}\n", move.from.id, move.criteria.size(),
                move.trial_months ? fmt::format(", trial period {} months", *move.trial_months)
                                  : "");
            for (const auto& criterion : move.criteria) {
                criterion_text(out, framework, criterion, "", style, width);
            }
        }
    }
    return out;
}

std::string render_framework_markdown(const Framework& framework) {
    std::string out = fmt::format("# {} {}\n\n", escape_markdown(framework.name),
                                  escape_markdown(framework.version));
    if (!framework.description.empty()) {
        out += escape_markdown_lines(framework.description, "") + "\n\n";
    }
    out += "## The ladder\n\nSame band, same standing and pay band.\n\n| band |";
    for (const auto& track : framework.tracks) {
        out += " " + escape_markdown(track.name) + " |";
    }
    out += "\n|---:|" + std::string();
    for (std::size_t i = 0; i < framework.tracks.size(); ++i) {
        out += "---|";
    }
    out += "\n";
    for (const auto& row : ladder_rows(framework)) {
        out += fmt::format("| {} |", row.band);
        for (const Level* level : row.by_track) {
            out += level ? fmt::format(" {} {} |", level->id, escape_markdown(level->title))
                         : std::string(" |");
        }
        out += "\n";
    }
    if (!framework.transitions.empty()) {
        out += "\n## Moves between tracks\n\n";
        for (const auto& move : framework.transitions) {
            out += fmt::format("- {} -> {}{}, {}\n", move.from.id, move.to.id,
                               move.trial_months
                                   ? fmt::format(": trial period {} months", *move.trial_months)
                                   : "",
                               move.reversible ? "reversible" : "not reversible");
        }
    }
    out += "\n## Competencies\n\n";
    for (const auto& competency : framework.competencies) {
        out += fmt::format("- **{}**: {}\n", escape_markdown(competency.name),
                           escape_markdown(competency.description));
    }
    return out;
}

std::string render_track_markdown(const Framework& framework, const Track& track) {
    std::string out = fmt::format("# {}\n\n", escape_markdown(track.name));
    if (!track.description.empty()) {
        out += escape_markdown_lines(track.description, "") + "\n";
    }
    for (const Level* level : framework.levels_on_track(track.id)) {
        out +=
            fmt::format("\n## {} {} (band {})\n\n{}\n\n", level->id, escape_markdown(level->title),
                        level->band, escape_markdown(level->summary));
        for (const auto& criterion : level->criteria) {
            out += fmt::format("- `{}`: {}\n", criterion.id, escape_markdown(criterion.title));
        }
    }
    return out;
}

std::string render_level_markdown(const Framework& framework, const Level& level) {
    std::string out = fmt::format("# {} {}\n\nBand {}, {}.\n\n{}\n\n## Criteria\n", level.id,
                                  escape_markdown(level.title), level.band,
                                  escape_markdown(track_name(framework, level.track.id)),
                                  escape_markdown(level.summary));
    for (const auto& item : resolve_criteria(framework, level)) {
        const Criterion& criterion = *item.criterion;
        std::string notes = criterion_flags(criterion);
        if (item.inherited) {
            notes += (notes.empty() ? "" : ", ") + std::string("from ") + item.from_level;
        }
        out += fmt::format("\n### {} `{}`{}\n\n{}\n\n", escape_markdown(criterion.title),
                           criterion.id, notes.empty() ? "" : " (" + notes + ")",
                           escape_markdown_lines(criterion.description, ""));
        if (criterion.rule) {
            out +=
                fmt::format("- Rule: {}\n", escape_markdown(criterion.rule->describe(framework)));
        }
        if (!criterion.guidance.empty()) {
            out += fmt::format("- How to get there: {}\n",
                               escape_markdown_lines(criterion.guidance, "  "));
        }
    }
    return out;
}

nlohmann::ordered_json level_to_json(const Framework& framework, const Level& level) {
    nlohmann::ordered_json criteria = nlohmann::ordered_json::array();
    for (const auto& item : resolve_criteria(framework, level)) {
        const Criterion& criterion = *item.criterion;
        criteria.push_back(
            {{"id", criterion.id},
             {"title", criterion.title},
             {"description", criterion.description},
             {"guidance", criterion.guidance},
             {"required", criterion.required},
             {"weight", criterion.weight},
             {"entry_gate", criterion.entry_gate},
             {"stated_by", item.from_level},
             {"rule", criterion.rule ? nlohmann::ordered_json(criterion.rule->to_json())
                                     : nlohmann::ordered_json(nullptr)},
             {"rule_text", criterion.rule
                               ? nlohmann::ordered_json(criterion.rule->describe(framework))
                               : nlohmann::ordered_json(nullptr)}});
    }
    std::vector<std::string> includes;
    for (const auto& include : level.includes) {
        includes.push_back(include.id);
    }
    return {{"id", level.id},      {"track", level.track.id}, {"title", level.title},
            {"band", level.band},  {"includes", includes},    {"summary", level.summary},
            {"criteria", criteria}};
}

nlohmann::ordered_json framework_to_json(const Framework& framework) {
    nlohmann::ordered_json scale = nlohmann::ordered_json::object();
    for (const auto& [rating, label] : framework.scale) {
        scale[std::to_string(rating)] = label;
    }
    nlohmann::ordered_json competencies = nlohmann::ordered_json::array();
    for (const auto& competency : framework.competencies) {
        competencies.push_back({{"id", competency.id},
                                {"name", competency.name},
                                {"description", competency.description}});
    }
    nlohmann::ordered_json tracks = nlohmann::ordered_json::array();
    for (const auto& track : framework.tracks) {
        tracks.push_back(
            {{"id", track.id},
             {"name", track.name},
             {"forks_from", track.forks_from ? nlohmann::ordered_json(track.forks_from->id)
                                             : nlohmann::ordered_json(nullptr)}});
    }
    nlohmann::ordered_json levels = nlohmann::ordered_json::array();
    for (const auto& level : framework.levels) {
        levels.push_back(level_to_json(framework, level));
    }
    nlohmann::ordered_json transitions = nlohmann::ordered_json::array();
    for (const auto& move : framework.transitions) {
        transitions.push_back(
            {{"from", move.from.id},
             {"to", move.to.id},
             {"trial_months", move.trial_months ? nlohmann::ordered_json(*move.trial_months)
                                                : nlohmann::ordered_json(nullptr)},
             {"reversible", move.reversible},
             {"includes_target", move.includes_target},
             {"includes",
              [&] {
                  std::vector<std::string> ids;
                  for (const auto& include : move.includes) {
                      ids.push_back(include.id);
                  }
                  return ids;
              }()},
             {"criteria", move.criteria.size()}});
    }
    nlohmann::ordered_json result = {
        {"id", framework.id}, {"name", framework.name},       {"version", framework.version},
        {"scale", scale},     {"competencies", competencies}, {"tracks", tracks},
        {"levels", levels},   {"transitions", transitions}};
    if (!framework.scale_points.empty()) {
        nlohmann::ordered_json points = nlohmann::ordered_json::object();
        for (const auto& [rating, value] : framework.scale_points) {
            points[std::to_string(rating)] = value;
        }
        result["scale_points"] = points;
    }
    return result;
}

} // namespace ladder
