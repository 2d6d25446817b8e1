#pragma once
// Evaluating a person against a level: every criterion (own, included, and the transition's
// when the level is on another track) with its outcome, the verdict, and the cross-track view.

#include "model/framework.hpp"
#include "model/person.hpp"

#include <optional>
#include <string>
#include <vector>

namespace ladder {

struct CriterionResult {
    const Criterion* criterion = nullptr;
    std::string stated_by; // the level id, or "IC4 -> M1" for a transition's criterion
    bool inherited = false;
    Outcome outcome;
    const CriterionException* exception = nullptr; // set when waived or not applicable
};

struct LevelResult {
    const Level* level = nullptr;
    const Transition* transition = nullptr; // the cross-track move applied, if any
    std::vector<CriterionResult> criteria;  // in the framework's order
    bool ready = false;
    int met = 0;       // met or waived
    int set_aside = 0; // of those, waived or not applicable (headlines say both)
    int total = 0;
    double progress = 0.0; // weighted share of criteria met or waived
};

struct CrossTrackEntry {
    int band = 0;
    const Track* track = nullptr;
    LevelResult result;
    bool interested = false;
    bool current = false; // the person's own level
};

struct Evaluation {
    const Person* person = nullptr;
    const Level* current = nullptr;
    Date as_of;
    std::optional<LevelResult> target; // none at the top of a track with no --target
    std::string note;                  // e.g. why there is no target
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

// The level's own criteria (with what it includes), whatever move leads there: what the
// placement asks of each level.
LevelResult evaluate_level_criteria(const Framework& framework, const Person& person,
                                    const Level& level, const Date& as_of,
                                    Detail detail = Detail::items);

// Whether the person holds the level or has passed it: their own level, or a lower one on
// their track (entry gates of such a level no longer apply).
bool holds_or_passed(const Framework& framework, const Person& person, const Level& level);

// The transition from the person's level to `level` on another track, if the framework has one.
const Transition* transition_for(const Framework& framework, const Person& person,
                                 const Level& level);

// The whole evaluation: the target (`target_id` or the next level on the person's track, which
// may be a track that forks from a shared level) and
// the cross-track view of the person's band and the next band up. The person's level must
// exist in the framework (check_person reports it otherwise).
Evaluation evaluate_person(const Framework& framework, const Person& person, const Date& as_of,
                           const std::optional<std::string>& target_id,
                           Detail detail = Detail::items);

} // namespace ladder
