#include "report/framework/competency_view.hpp"

#include "util/text.hpp"

#include <fmt/format.h>

namespace ladder {

namespace {

std::string rating_label(const Framework& framework, int rating) {
    auto it = framework.scale.find(rating);
    return it == framework.scale.end() ? std::to_string(rating)
                                       : fmt::format("{} ({})", rating, it->second);
}

void rating_meanings(std::string& out, const Framework& framework, const Competency& competency,
                     const Style& style, std::size_t text_width) {
    out += "\n" + style.bold("What each rating means") + "\n";
    std::size_t width = 0;
    for (const auto& [rating, label] : framework.scale) {
        width = std::max(width, display_width(fmt::format("{} {}", rating, label)));
    }
    for (const auto& [rating, label] : framework.scale) {
        auto meaning = competency.rating_meanings.find(rating);
        std::string text = meaning == competency.rating_meanings.end()
                               ? style.dim("(not described)")
                               : wrap_text(meaning->second, text_width, width + 4);
        out +=
            fmt::format("  {}  {}\n", pad_right(fmt::format("{} {}", rating, label), width), text);
    }
}

void levels_asking(std::string& out, const Framework& framework, const Competency& competency,
                   const Style& style, std::size_t text_width) {
    // Wrapped before styling: escape sequences must not count as width.
    constexpr std::string_view title = "Where each level asks for it";
    std::string heading = wrap_text(
        std::string(title) + " (the lowest rating anyone meeting every required criterion has)",
        text_width, 2);
    out += "\n" + style.bold(title) + style.dim(heading.substr(title.size())) + "\n";
    std::size_t width = 0;
    for (const auto& level : framework.levels) {
        width = std::max(width, display_width(level.id + " " + level.title));
    }
    for (const auto& track : framework.tracks) {
        for (const Level* level : framework.levels_on_track(track.id)) {
            if (level->track.id != track.id) {
                continue; // a shared trunk level is listed under its own track
            }
            auto minimums = level_rating_minimums(framework, *level);
            auto it = minimums.find(competency.id);
            out += fmt::format("  {}  {}\n", pad_right(level->id + " " + level->title, width),
                               it == minimums.end()
                                   ? style.dim("not asked")
                                   : "at least " + rating_label(framework, it->second));
        }
    }
}

} // namespace

std::map<std::string, int> level_rating_minimums(const Framework& framework, const Level& level) {
    std::map<std::string, int> minimums;
    for (const auto& resolved : resolve_criteria(framework, level)) {
        if (resolved.criterion->required && resolved.criterion->rule) {
            resolved.criterion->rule->guaranteed_ratings(minimums);
        }
    }
    return minimums;
}

std::string render_competency_text(const Framework& framework, const Competency& competency,
                                   const Style& style, std::size_t text_width) {
    std::string out =
        style.bold(fmt::format("{} ({})", competency.name, competency.id)) + " - competency\n";
    out += wrap_text(competency.description, text_width, 0) + "\n";
    rating_meanings(out, framework, competency, style, text_width);
    levels_asking(out, framework, competency, style, text_width);
    return out;
}

} // namespace ladder
