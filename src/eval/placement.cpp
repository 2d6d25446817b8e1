#include "eval/placement.hpp"

namespace ladder {

// The climb stops at the first level not met, even if a higher one happens to be: a ladder is
// climbed a rung at a time, and the gap shown is the one that comes first.
TrackPlacement place_on_track(CriterionJudge& judge, const Track& track) {
    TrackPlacement placement;
    placement.track = &track;
    for (const Level* level : judge.framework().levels_on_track(track.id)) {
        LevelResult result = evaluate_level_criteria(judge, *level);
        if (!result.ready) {
            placement.next = std::move(result);
            break;
        }
        placement.reached = level;
    }
    return placement;
}

TrackPlacement place_on_track(const Framework& framework, const Person& person, const Track& track,
                              const Date& as_of, Detail detail) {
    CriterionJudge judge(framework, person, as_of, detail);
    return place_on_track(judge, track);
}

Placement place_person(const Framework& framework, const Person& person, const Date& as_of) {
    Placement placement;
    for (const auto& track : framework.tracks) {
        placement.tracks.push_back(
            place_on_track(framework, person, track, as_of, Detail::sentences));
    }
    return placement;
}

const Level* reached_on_own_track(CriterionJudge& judge) {
    const Track* track = judge.framework().find_track(judge.person().track.id);
    if (track == nullptr) {
        return nullptr;
    }
    return place_on_track(judge, *track).reached;
}

const Level* reached_on_own_track(const Framework& framework, const Person& person,
                                  const Date& as_of) {
    CriterionJudge judge(framework, person, as_of, Detail::verdicts);
    return reached_on_own_track(judge);
}

const TrackPlacement* placement_on(const Placement& placement, std::string_view track) {
    for (const auto& entry : placement.tracks) {
        if (entry.track->id == track) {
            return &entry;
        }
    }
    return nullptr;
}

} // namespace ladder
