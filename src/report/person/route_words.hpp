#pragma once
// A route across tracks in plain words, shared by every format of the gap report: the line
// that says why there is a route, and one row per step (where the person stands on each).

#include "eval/evaluation.hpp"

#include <string>
#include <vector>

namespace ladder {

// "M1 is 3 steps away: the framework defines no move from IC2 to M1. The way there, and where
// you stand on each step today:"
std::string route_summary(const Evaluation& evaluation);

// "promotion on Individual contributor" or "move, 6-month trial, reversible".
std::string describe_route_step(const Framework& framework, const RouteStep& step);

// "NOT READY for M1: 3 steps away; the next steps below are for the first, IC2 -> IC3."
std::string route_verdict_line(const Evaluation& evaluation);

// "NO ROUTE to IC3: the framework defines no promotion or move, nor any sequence of them, from
// M1 to IC3."
std::string no_route_verdict_line(const Evaluation& evaluation);

// The route as a table: a header row, then one row a step (step, from, to, how, ready, met,
// progress).
std::vector<std::vector<std::string>> route_table(const Framework& framework,
                                                  const Evaluation& evaluation);

// The heading over the steps of a route after the first.
inline constexpr std::string_view later_steps_heading =
    "Later steps, judged on today's evidence (each is judged again once the step before it is "
    "taken)";

// Where a person stands on one step of a route, by criterion: "Step 2, IC4 -> M1 (move,
// 6-month trial, reversible): 2 of 5 criteria met (m1-a, m1-b); missing: m1-c (required),
// m1-d (optional)". `number` counts from 1.
std::string route_step_standing(const Framework& framework, const RouteStep& step,
                                std::size_t number);

// What a row of the cross-track view is: "you" (the person's level), "promotion" or "move".
std::string cross_track_step(const CrossTrackEntry& entry);

} // namespace ladder
