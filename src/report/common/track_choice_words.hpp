#pragma once
// A person's track choice in words, the same in every report that shows it (the gap report,
// `ladder candidates`): on a track they did not choose, and an interest in a track no step
// leads to yet.

#include "eval/track_choice.hpp"

#include <string>
#include <vector>

namespace ladder {

// The levels of the route, the person's own first: {"IC2", "IC3", "IC4", "M1"}; empty when
// no route leads to the track.
std::vector<std::string> route_level_ids(const InterestWithoutStep& interest);

// "management: no step from IC2 leads there yet; the shortest route: IC2 -> IC3 -> IC4 -> M1
// (3 steps)", or "management: no route from IC5 leads there"
std::string interest_without_step_words(const InterestWithoutStep& interest,
                                        const std::string& level);

// The gap report's lines: "On a track not among the declared interests (ic)" and one
// "Interest with no step yet: ..." per track.
std::vector<std::string> track_choice_lines(const Framework& framework, const Person& person);

} // namespace ladder
