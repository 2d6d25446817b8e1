#include "report/common/track_choice_words.hpp"

#include "util/text.hpp"

#include <fmt/format.h>

namespace ladder {

std::vector<std::string> route_level_ids(const InterestWithoutStep& interest) {
    return route_levels(interest.route);
}

std::string interest_without_step_words(const InterestWithoutStep& interest,
                                        const std::string& level) {
    if (interest.route.empty()) {
        return fmt::format("{}: no route from {} leads there", interest.track->id, level);
    }
    return fmt::format("{}: no step from {} leads there yet; the shortest route: {} ({})",
                       interest.track->id, level, join(route_level_ids(interest), " -> "),
                       plural(static_cast<long>(interest.route.size()), "step"));
}

std::vector<std::string> track_choice_lines(const Framework& framework, const Person& person) {
    std::vector<std::string> lines;
    if (on_track_not_chosen(person)) {
        std::vector<std::string> interests;
        for (const auto& interest : person.interests) {
            interests.push_back(interest.id);
        }
        lines.push_back(
            fmt::format("On a track not among the declared interests ({})", join(interests, ", ")));
    }
    for (const auto& interest : interests_without_step(framework, person)) {
        lines.push_back("Interest with no step yet: " +
                        interest_without_step_words(interest, person.level.id));
    }
    return lines;
}

} // namespace ladder
