#pragma once
// Placement: which level a person's evidence reaches on each track, and what the next level
// needs. A small API so that `ladder place` and a batch column ask the same question.

#include "eval/evaluation.hpp"

#include <optional>
#include <string_view>
#include <vector>

namespace ladder {

struct TrackPlacement {
    const Track* track = nullptr;
    // The highest level reached climbing the track from its first level: each level up to it
    // has every required criterion (with what it includes) met or waived. Null when not even
    // the first level is.
    const Level* reached = nullptr;
    // The first level above `reached` whose criteria are not all met; none at the top.
    std::optional<LevelResult> next;
};

struct Placement {
    std::vector<TrackPlacement> tracks; // in the framework's track order
};

// Every level is judged on its own criteria (with includes), whatever move leads there; entry
// gates apply to the levels above the person's own (see evaluate_level).
Placement place_person(const Framework& framework, const Person& person, const Date& as_of);

// The placement on one track, built in as much detail as the reader needs: a batch column
// wants only the level reached (Detail::verdicts), `ladder place` the sentences of the gap.
TrackPlacement place_on_track(const Framework& framework, const Person& person, const Track& track,
                              const Date& as_of, Detail detail);
// The same through a judge kept for the person's other evaluations (eval/criterion_judge).
TrackPlacement place_on_track(CriterionJudge& judge, const Track& track);

// The level reached on the person's own track, judged without sentences (the batch column);
// null when not even its first level is reached.
const Level* reached_on_own_track(const Framework& framework, const Person& person,
                                  const Date& as_of);
// The same through a judge kept for the person's other evaluations: judged in its detail.
const Level* reached_on_own_track(CriterionJudge& judge);

// The placement on one track, or null for a track the framework does not have.
const TrackPlacement* placement_on(const Placement& placement, std::string_view track);

} // namespace ladder
