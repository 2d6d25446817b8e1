#include "eval/route.hpp"

#include "eval/evaluation.hpp"
#include "model/track_ladders.hpp"
#include "util/text.hpp"

#include <algorithm>
#include <deque>
#include <fmt/format.h>
#include <string_view>
#include <unordered_map>

namespace ladder {

namespace {

// Every step the framework defines out of each level, built once per route search: a search
// over a framework of tens of thousands of levels stays linear.
class StepIndex {
public:
    explicit StepIndex(const Framework& framework) : ladders_(framework) {
        for (const auto& level : framework.levels) {
            by_id_.emplace(level.id, &level);
        }
        for (const auto& move : framework.transitions) {
            moves_from_[move.from.id].push_back(&move);
        }
    }

    // The promotions first (tracks in the framework's order), then the moves in written order.
    std::vector<RouteStep> steps_from(const Level& level) const {
        std::vector<RouteStep> steps;
        for (const Track* track : ladders_.tracks_containing(level)) {
            const Level* next = ladders_.next_on(level, track->id);
            bool known = std::any_of(steps.begin(), steps.end(),
                                     [&](const RouteStep& step) { return step.to == next; });
            if (next != nullptr && !known) {
                steps.push_back({&level, next, nullptr, {}});
            }
        }
        if (auto it = moves_from_.find(level.id); it != moves_from_.end()) {
            for (const Transition* move : it->second) {
                if (auto to = by_id_.find(move->to.id); to != by_id_.end()) {
                    steps.push_back({&level, to->second, move, {}});
                }
            }
        }
        return steps;
    }

private:
    TrackLadders ladders_;
    std::unordered_map<std::string_view, const Level*> by_id_;
    std::unordered_map<std::string_view, std::vector<const Transition*>> moves_from_;
};

} // namespace

bool needs_route(const Framework& framework, const Person& person, const Level& target) {
    const Level* current = framework.find_level(person.level.id);
    if (current == nullptr || framework.on_track(target, person.track.id) ||
        framework.on_track(*current, target.track.id)) {
        return false;
    }
    return framework.find_transition(person.level.id, target.id) == nullptr;
}

namespace {

// Breadth first from `from` to the first level `arrived` accepts: the first time a level is
// reached, it is reached in the fewest steps.
template <typename Arrived>
std::vector<RouteStep> search_route(const Framework& framework, const Level& from,
                                    Arrived arrived) {
    StepIndex index(framework);
    std::unordered_map<const Level*, RouteStep> reached_by;
    std::deque<const Level*> queue = {&from};
    const Level* goal = nullptr;
    while (!queue.empty() && goal == nullptr) {
        const Level* level = queue.front();
        queue.pop_front();
        for (auto& step : index.steps_from(*level)) {
            if (step.to != &from && !reached_by.contains(step.to)) {
                queue.push_back(step.to);
                if (goal == nullptr && arrived(*step.to)) {
                    goal = step.to;
                }
                reached_by.emplace(step.to, std::move(step));
            }
        }
    }
    std::vector<RouteStep> route;
    for (auto it = reached_by.find(goal); goal != nullptr && it != reached_by.end();
         it = reached_by.find(it->second.from)) {
        route.push_back(it->second);
    }
    std::reverse(route.begin(), route.end());
    return route;
}

} // namespace

std::vector<RouteStep> find_route(const Framework& framework, const Level& from, const Level& to) {
    return search_route(framework, from, [&to](const Level& level) { return &level == &to; });
}

std::vector<RouteStep> find_route_to_track(const Framework& framework, const Level& from,
                                           std::string_view track) {
    return search_route(framework, from,
                        [&](const Level& level) { return framework.on_track(level, track); });
}

std::string_view to_string(TargetVerdict verdict) {
    switch (verdict) {
    case TargetVerdict::ready:
        return "ready";
    case TargetVerdict::not_ready:
        return "not_ready";
    case TargetVerdict::steps_away:
        return "steps_away";
    case TargetVerdict::no_route:
        return "no_route";
    }
    return "no_route";
}

TargetVerdict verdict_of(const std::optional<LevelResult>& one_step,
                         const std::vector<RouteStep>& route) {
    if (one_step) {
        return one_step->ready ? TargetVerdict::ready : TargetVerdict::not_ready;
    }
    return route.empty() ? TargetVerdict::no_route : TargetVerdict::steps_away;
}

TargetJudgement judge_target(CriterionJudge& judge, const Level& target) {
    const Framework& framework = judge.framework();
    const Person& person = judge.person();
    TargetJudgement judgement;
    judgement.target = &target;
    if (!needs_route(framework, person, target)) {
        judgement.result = evaluate_level(judge, target);
        judgement.verdict = verdict_of(judgement.result, judgement.route);
        return judgement;
    }
    const Level* current = framework.find_level(person.level.id);
    judgement.route = find_route(framework, *current, target);
    for (auto& step : judgement.route) {
        if (step.from == current) {
            step.result = evaluate_level(judge, *step.to);
        } else if (step.move != nullptr) {
            step.result = evaluate_move(judge, *step.move, *step.to);
        } else {
            step.result = evaluate_level_criteria(judge, *step.to);
        }
    }
    judgement.verdict = verdict_of(std::nullopt, judgement.route);
    if (!judgement.route.empty()) {
        judgement.result = judgement.route.front().result;
    }
    return judgement;
}

TargetJudgement judge_target(const Framework& framework, const Person& person, const Level& target,
                             const Date& as_of, Detail detail) {
    CriterionJudge judge(framework, person, as_of, detail);
    return judge_target(judge, target);
}

std::string target_verdict_words(TargetVerdict verdict, std::size_t steps) {
    switch (verdict) {
    case TargetVerdict::ready:
        return "ready";
    case TargetVerdict::not_ready:
        return "not ready";
    case TargetVerdict::steps_away:
        return plural(static_cast<long>(steps), "step") + " away";
    case TargetVerdict::no_route:
        return "no route";
    }
    return "no route";
}

std::vector<std::string> route_levels(const std::vector<RouteStep>& route) {
    std::vector<std::string> levels;
    for (const auto& step : route) {
        if (levels.empty()) {
            levels.push_back(step.from->id);
        }
        levels.push_back(step.to->id);
    }
    return levels;
}

std::string no_route_words(const std::string& from, const std::string& to) {
    return fmt::format(
        "the framework defines no promotion or move, nor any sequence of them, from {} to {}", from,
        to);
}

std::string steps_away_words(const std::string& target, const std::vector<std::string>& levels) {
    long steps = levels.empty() ? 0 : static_cast<long>(levels.size()) - 1;
    return fmt::format("{} is {} away: {}; ready means one step, so not ready for {}", target,
                       plural(steps, "step"), join(levels, " -> "), target);
}

} // namespace ladder
