#pragma once
// Evaluating a person against a level: every criterion (own, included, and the transition's
// when the level is on another track) with its outcome, the verdict, and the cross-track view.

#include "eval/criterion_judge.hpp"
#include "eval/level_result.hpp"
#include "eval/route.hpp"
#include "model/person.hpp"

#include <optional>
#include <string>
#include <vector>

namespace ladder {

struct CrossTrackEntry {
    int band = 0;
    const Track* track = nullptr;
    LevelResult result;
    bool interested = false;
    bool current = false; // the person's own level; otherwise a promotion, or a move when
                          // result.transition is set
};

struct Evaluation {
    const Person* person = nullptr;
    const Level* current = nullptr;
    Date as_of;
    const Level* asked = nullptr;      // the target: --target, or the next level on the track
    std::optional<LevelResult> target; // `asked`, or the first step of the route to it; none at
                                       // the top of a track, or when no route reaches `asked`
    std::vector<RouteStep> route;      // the steps to `asked` when no single step reaches it
    // The verdict on `asked` (judge_target's, the same in every command); none when there is no
    // target (the top of a track).
    std::optional<TargetVerdict> verdict;
    std::string note; // e.g. why there is no target
    std::vector<CrossTrackEntry> cross_track;
};

// Evaluates `level` for the person. A move across tracks that the framework defines from the
// person's level is judged on the move's own criteria and on those of the levels it includes
// (the target's when it says `includes: target`): by default the target level's criteria
// describe the role once in it, which the trial period is for.
// Entry gates apply only when moving into the level that states them: not to a level the person
// holds or has passed on their track, nor through another level's includes.
// `detail`: how much of the why to build (model/rule.hpp); by default everything, down to why
// each evidence item counted or not (--explain, JSON).
LevelResult evaluate_level(const Framework& framework, const Person& person, const Level& level,
                           const Date& as_of, Detail detail = Detail::items);
// The same through a judge the caller keeps for further levels of the same person and date
// (each of these functions has this form too): a criterion several levels ask for is judged
// once (eval/criterion_judge).
LevelResult evaluate_level(CriterionJudge& judge, const Level& level);

// A move's criteria (with the levels it includes) judged on the person's evidence, whatever
// level the person holds now: a later step of a route across tracks (eval/route).
LevelResult evaluate_move(const Framework& framework, const Person& person, const Transition& move,
                          const Level& to, const Date& as_of, Detail detail = Detail::items);
LevelResult evaluate_move(CriterionJudge& judge, const Transition& move, const Level& to);

// The level's own criteria (with what it includes), whatever move leads there: what the
// placement asks of each level.
LevelResult evaluate_level_criteria(const Framework& framework, const Person& person,
                                    const Level& level, const Date& as_of,
                                    Detail detail = Detail::items);
LevelResult evaluate_level_criteria(CriterionJudge& judge, const Level& level);

// Whether the person holds the level or has passed it: their own level, or a lower one on
// their track (entry gates of such a level no longer apply).
bool holds_or_passed(const Framework& framework, const Person& person, const Level& level);

// The transition from the person's level to `level` on another track, if the framework has one.
const Transition* transition_for(const Framework& framework, const Person& person,
                                 const Level& level);

// The whole evaluation: the target (`target_id` or the next level on the person's track, which
// may be a track that forks from a shared level), judged through judge_target (eval/route), and
// the cross-track view: the person's level and the steps the framework defines from it (the
// next band on each track the level is on, then each move from it). The person's level must
// exist in the framework (check_person reports it otherwise).
Evaluation evaluate_person(const Framework& framework, const Person& person, const Date& as_of,
                           const std::optional<std::string>& target_id,
                           Detail detail = Detail::items);
Evaluation evaluate_person(CriterionJudge& judge, const std::optional<std::string>& target_id);

// Whether the person is ready for the evaluation's target: its verdict is `ready` (a route of
// several steps, or none, is not), or there is no target to be ready for (the top of a track).
bool ready_for_target(const Evaluation& evaluation);

} // namespace ladder
