#include "report/person/placement_report.hpp"

#include "report/person/evaluation_json.hpp"
#include "report/person/gap_groups.hpp"
#include "report/person/person_headline.hpp"
#include "util/text.hpp"

#include <fmt/format.h>

namespace ladder {

namespace {

constexpr std::size_t detail_indent = 14;

std::string level_name(const Level& level) {
    return fmt::format("{} {} (band {})", level.id, level.title, level.band);
}

// What the next level still needs: its required criteria not met, each with what is missing.
void render_needs(std::string& out, const LevelResult& next, const Style& style,
                  std::size_t width) {
    int optional_open = 0;
    for (const auto& result : next.criteria) {
        if (counts_as_met(result)) {
            continue;
        }
        if (!result.criterion->required) {
            ++optional_open;
            continue;
        }
        std::vector<std::string> notes = criterion_origin_notes(result);
        std::string heading = fmt::format("{}: {}{}", result.criterion->id, result.criterion->title,
                                          notes.empty() ? "" : " (" + join(notes, ", ") + ")");
        out += "    " + pad_right(status_label(result), 10) + wrap_text(heading, width, 14) + "\n";
        std::string_view missing =
            result.outcome.missing.empty() ? result.outcome.reason : result.outcome.missing;
        out += std::string(detail_indent, ' ') + style.dim("missing: ") +
               wrap_text(missing, width, detail_indent + 9) + "\n";
    }
    if (optional_open > 0) {
        out += fmt::format("    and {} optional {} not met\n", optional_open,
                           optional_open == 1 ? "criterion" : "criteria");
    }
}

void render_track(std::string& out, const TrackPlacement& entry, const Style& style,
                  std::size_t width) {
    std::string reaches =
        wrap_text(fmt::format("{}: {}", entry.track->name,
                              entry.reached ? "reaches " + level_name(*entry.reached)
                                            : "reaches no level yet"),
                  width, 2);
    // Bolded after wrapping: escape sequences must not count as width.
    out += "\n" +
           (reaches.starts_with(entry.track->name)
                ? style.bold(entry.track->name) + reaches.substr(entry.track->name.size())
                : reaches) +
           "\n";
    if (!entry.next) {
        out += "  the top of the track\n";
        return;
    }
    const LevelResult& next = *entry.next;
    out += "  " +
           wrap_text(fmt::format("next: {}, {} of {} criteria met, progress {}",
                                 level_name(*next.level), next.met, next.total,
                                 percent(next.progress)),
                     width, 4) +
           "\n";
    render_needs(out, next, style, width);
}

} // namespace

std::string render_placement_text(const Framework& framework, const Person& person,
                                  const Date& as_of, const Placement& placement, const Style& style,
                                  std::size_t width) {
    const Level* current = framework.find_level(person.level.id);
    std::string out = person_headline(framework, person, current, as_of, style, width);
    out += wrap_text("Placement: on each track, the highest level whose criteria (with what it "
                     "includes) are met, climbing from the track's first level, and what the "
                     "next level needs.",
                     width, 0) +
           "\n";
    for (const auto& entry : placement.tracks) {
        render_track(out, entry, style, width);
    }
    return out;
}

nlohmann::ordered_json placement_to_json(const Framework& framework, const Person& person,
                                         const Placement& placement) {
    nlohmann::ordered_json tracks = nlohmann::ordered_json::array();
    for (const auto& entry : placement.tracks) {
        nlohmann::ordered_json reached = nullptr;
        if (entry.reached) {
            reached = {{"level", entry.reached->id},
                       {"title", entry.reached->title},
                       {"band", entry.reached->band}};
        }
        tracks.push_back({{"track", entry.track->id},
                          {"reached", reached},
                          {"next", entry.next ? level_result_to_json(framework, *entry.next, true)
                                              : nlohmann::ordered_json(nullptr)}});
    }
    return {{"file", person.file},
            {"person", {{"id", person.id}, {"name", person.name}}},
            {"track", person.track.id},
            {"level", person.level.id},
            {"tracks", tracks}};
}

} // namespace ladder
