#include "eval/track_choice.hpp"

namespace ladder {

bool on_track_not_chosen(const Person& person) {
    return !person.interests.empty() && !person.is_interested_in(person.track.id);
}

std::vector<InterestWithoutStep> interests_without_step(const Framework& framework,
                                                        const Person& person) {
    std::vector<InterestWithoutStep> found;
    const Level* current = framework.find_level(person.level.id);
    if (current == nullptr) {
        return found;
    }
    for (const auto& interest : person.interests) {
        const Track* track = framework.find_track(interest.id);
        if (track == nullptr || framework.on_track(*current, track->id)) {
            continue;
        }
        std::vector<RouteStep> route = find_route_to_track(framework, *current, track->id);
        if (route.size() != 1) {
            found.push_back({track, std::move(route)});
        }
    }
    return found;
}

} // namespace ladder
