#pragma once
// Routes across tracks: the promotions and moves the framework defines that lead from the
// person's level to a target no single step reaches (IC3 -> IC4, then the IC4 -> M1 move), and
// where the person stands on each step today. `evaluate --target` judges a target through
// judge_target; so may any other command that asks "what would it take to get there?".

#include "eval/criterion_judge.hpp"
#include "eval/level_result.hpp"
#include "model/person.hpp"

#include <optional>
#include <string_view>
#include <vector>

namespace ladder {

struct RouteStep {
    const Level* from = nullptr;
    const Level* to = nullptr;
    const Transition* move = nullptr; // null: a promotion to the next band on a track
    LevelResult result;               // the step's criteria judged on today's evidence
};

// A target as `evaluate --target` judges it.
struct TargetJudgement {
    // The target itself when one step reaches it; the route's first step (the one to work on
    // now) when the target is further away; none when no route reaches it.
    std::optional<LevelResult> result;
    std::vector<RouteStep> route; // two steps or more: the target is not one step away
    bool reachable = true;        // false: no promotion or move leads there from the person
};

// Whether judging `target` needs a route: it is on another track than the person's, the
// person's level is not on the target's track either (a fork), and the framework defines no
// move from the person's level to it.
bool needs_route(const Framework& framework, const Person& person, const Level& target);

// The shortest route (fewest steps) from `from` to `to`: a step is the promotion to the next
// band on a track the level is on, or a move the framework defines from the level. Ties go to
// promotions before moves, then to the framework's order of tracks and moves. Empty when no
// route exists or `from` is `to`. The steps carry no results yet.
std::vector<RouteStep> find_route(const Framework& framework, const Level& from, const Level& to);

// The shortest route from `from` to any level on `track`, by the same steps and ties.
std::vector<RouteStep> find_route_to_track(const Framework& framework, const Level& from,
                                           std::string_view track);

// Judges `target` for the person: directly when one step reaches it (a level on their track,
// or a move the framework defines), else step by step along the route. Each step is judged on
// the person's evidence today: the first as evaluate_level would, a later promotion on the
// level's own criteria, a later move on the move's criteria.
TargetJudgement judge_target(const Framework& framework, const Person& person, const Level& target,
                             const Date& as_of, Detail detail = Detail::items);
TargetJudgement judge_target(CriterionJudge& judge, const Level& target);

} // namespace ladder
