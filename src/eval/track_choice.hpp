#pragma once
// How the tracks a person declared interest in relate to where they are and where they can
// go: on a track they did not choose (the failure a dual track exists to prevent), and an
// interest in a track no step the framework defines from their level leads to yet.

#include "eval/route.hpp"
#include "model/framework.hpp"
#include "model/person.hpp"

#include <vector>

namespace ladder {

// Their current track is not among the interests they declared (none declared: not flagged).
bool on_track_not_chosen(const Person& person);

struct InterestWithoutStep {
    const Track* track = nullptr;
    // The shortest route to a level of the track (two steps or more; the steps carry no
    // results); empty when no route from the person's level leads there at all.
    std::vector<RouteStep> route;
};

// The tracks the person declared interest in, other than the ones their level is on, that no
// single step from their level reaches (no promotion, no move), in the order declared.
std::vector<InterestWithoutStep> interests_without_step(const Framework& framework,
                                                        const Person& person);

} // namespace ladder
