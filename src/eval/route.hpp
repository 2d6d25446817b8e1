#pragma once
// Routes across tracks: the promotions and moves the framework defines that lead from the
// person's level to a target no single step reaches (IC3 -> IC4, then the IC4 -> M1 move), and
// where the person stands on each step today. Every command that judges a person against a
// target (evaluate, test, batch, candidates, diff --evidence) does it through judge_target, so
// that they all give the same verdict.

#include "eval/criterion_judge.hpp"
#include "eval/level_result.hpp"
#include "model/person.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ladder {

struct RouteStep {
    const Level* from = nullptr;
    const Level* to = nullptr;
    const Transition* move = nullptr; // null: a promotion to the next band on a track
    LevelResult result;               // the step's criteria judged on today's evidence
};

// The one verdict on a target that every command gives (evaluate, test, batch, candidates,
// diff --evidence; docs/formats.md, "Judging a target"). Only `ready` is ready.
enum class TargetVerdict {
    ready,      // one step reaches the target, and every required criterion of it is met or waived
    not_ready,  // one step reaches it, and a required criterion is not
    steps_away, // only a route of two steps or more reaches it: not ready for the target, whatever
                // its steps say (the first must be taken first)
    no_route,   // no promotion or move, nor any sequence of them, leads there: nothing is judged
};
// The machine word: "ready", "not_ready", "steps_away", "no_route".
std::string_view to_string(TargetVerdict verdict);

// The verdict in words, the same in every output that shows it (the gap report, batch rows,
// test and diff results, `ladder candidates`): "ready", "not ready", "2 steps away", "no
// route"; `steps`: the route's length (steps away).
std::string target_verdict_words(TargetVerdict verdict, std::size_t steps);

// The levels of a route, the person's own first: {"IC3", "IC4", "M1"}; empty for no route.
std::vector<std::string> route_levels(const std::vector<RouteStep>& route);

// "the framework defines no promotion or move, nor any sequence of them, from M1 to IC3"
std::string no_route_words(const std::string& from, const std::string& to);

// "M1 is 2 steps away: IC3 -> IC4 -> M1; ready means one step, so not ready for M1"
std::string steps_away_words(const std::string& target, const std::vector<std::string>& levels);

// A target as every command judges it.
struct TargetJudgement {
    const Level* target = nullptr;
    TargetVerdict verdict = TargetVerdict::no_route;
    // The target itself when one step reaches it; the route's first step (the one to work on
    // now) when it is steps away; none when no route reaches it.
    std::optional<LevelResult> result;
    std::vector<RouteStep> route; // two steps or more: the target is steps away

    bool ready() const { return verdict == TargetVerdict::ready; }
    bool reachable() const { return verdict != TargetVerdict::no_route; }
};

// The verdict of a target one step reaches, or of a route (empty: no route reaches it).
TargetVerdict verdict_of(const std::optional<LevelResult>& one_step,
                         const std::vector<RouteStep>& route);

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
// level's own criteria, a later move on the move's criteria. The verdict is the one every
// command gives (TargetVerdict).
TargetJudgement judge_target(const Framework& framework, const Person& person, const Level& target,
                             const Date& as_of, Detail detail = Detail::items);
TargetJudgement judge_target(CriterionJudge& judge, const Level& target);

} // namespace ladder
