#include "eval/evaluation.hpp"

#include "util/text.hpp"

#include <algorithm>
#include <fmt/format.h>

namespace ladder {

namespace {

void summarise(LevelResult& result) {
    double met_weight = 0;
    double total_weight = 0;
    result.ready = true;
    for (const auto& criterion : result.criteria) {
        bool done = counts_as_met(criterion);
        result.met += done ? 1 : 0;
        result.set_aside += criterion.outcome.status == Status::waived ? 1 : 0;
        result.total += 1;
        total_weight += criterion.criterion->weight;
        met_weight += done ? criterion.criterion->weight : 0;
        if (!done && criterion.criterion->required) {
            result.ready = false;
        }
    }
    result.progress = total_weight > 0 ? met_weight / total_weight : 1.0;
}

} // namespace

bool holds_or_passed(const Framework& framework, const Person& person, const Level& level) {
    if (level.id == person.level.id) {
        return true;
    }
    const Level* current = framework.find_level(person.level.id);
    return current != nullptr && level.band < current->band &&
           framework.on_track(level, person.track.id);
}

const Transition* transition_for(const Framework& framework, const Person& person,
                                 const Level& level) {
    if (framework.on_track(level, person.track.id)) {
        return nullptr;
    }
    return framework.find_transition(person.level.id, level.id);
}

namespace {

LevelResult evaluate_resolved(CriterionJudge& judge, const Level& level,
                              const std::vector<ResolvedCriterion>& criteria) {
    LevelResult result;
    result.level = &level;
    result.criteria.reserve(criteria.size());
    bool held = holds_or_passed(judge.framework(), judge.person(), level);
    for (const auto& resolved : criteria) {
        // A gate is asked by the level being entered or by the move into it, not through
        // another level's includes.
        bool through_includes = resolved.inherited && resolved.from_level != level.id;
        if (resolved.criterion->entry_gate && (held || through_includes)) {
            continue;
        }
        CriterionResult& judged = result.criteria.emplace_back();
        judge.judge(resolved, judged);
        judged.stated_by = resolved.from_level;
        judged.inherited = resolved.inherited;
    }
    summarise(result);
    return result;
}

} // namespace

LevelResult evaluate_level(CriterionJudge& judge, const Level& level) {
    const Transition* move = transition_for(judge.framework(), judge.person(), level);
    if (move == nullptr) {
        return evaluate_level_criteria(judge, level);
    }
    return evaluate_move(judge, *move, level);
}

LevelResult evaluate_level(const Framework& framework, const Person& person, const Level& level,
                           const Date& as_of, Detail detail) {
    CriterionJudge judge(framework, person, as_of, detail);
    return evaluate_level(judge, level);
}

LevelResult evaluate_move(CriterionJudge& judge, const Transition& move, const Level& to) {
    // (Not `indexed ? *indexed : resolve...()`: that would copy the indexed list.)
    const auto* indexed = indexed_criteria(judge.framework(), move);
    LevelResult result =
        indexed ? evaluate_resolved(judge, to, *indexed)
                : evaluate_resolved(judge, to, resolve_move_criteria(judge.framework(), move));
    result.transition = &move;
    return result;
}

LevelResult evaluate_move(const Framework& framework, const Person& person, const Transition& move,
                          const Level& to, const Date& as_of, Detail detail) {
    CriterionJudge judge(framework, person, as_of, detail);
    return evaluate_move(judge, move, to);
}

LevelResult evaluate_level_criteria(CriterionJudge& judge, const Level& level) {
    if (const auto* indexed = indexed_criteria(judge.framework(), level)) {
        return evaluate_resolved(judge, level, *indexed);
    }
    return evaluate_resolved(judge, level, resolve_criteria(judge.framework(), level));
}

LevelResult evaluate_level_criteria(const Framework& framework, const Person& person,
                                    const Level& level, const Date& as_of, Detail detail) {
    CriterionJudge judge(framework, person, as_of, detail);
    return evaluate_level_criteria(judge, level);
}

namespace {

CrossTrackEntry cross_track_entry(const Framework& framework, const Person& person,
                                  const Level& level, LevelResult result) {
    CrossTrackEntry entry;
    entry.band = level.band;
    entry.track = framework.find_track(level.track.id);
    entry.result = std::move(result);
    entry.interested = person.is_interested_in(level.track.id);
    return entry;
}

// A level's result is a function of the level and of the move into it (none for a promotion):
// the result judged for the target already is taken again rather than evaluated twice.
LevelResult judged_or_evaluate(const std::optional<LevelResult>& judged, const Level& level,
                               const Transition* move, const auto& evaluate) {
    if (judged && judged->level == &level && judged->transition == move) {
        return *judged;
    }
    return evaluate();
}

// The person's level, then the steps the framework defines from it: the next band on each
// track the level is on (one track, or several where tracks fork), then each move.
std::vector<CrossTrackEntry> reachable_steps(CriterionJudge& judge, const Level& current,
                                             const std::optional<LevelResult>& judged) {
    const Framework& framework = judge.framework();
    const Person& person = judge.person();
    std::vector<CrossTrackEntry> entries;
    const Transition* into_current = transition_for(framework, person, current);
    entries.push_back(cross_track_entry(framework, person, current,
                                        judged_or_evaluate(judged, current, into_current, [&] {
                                            return evaluate_level(judge, current);
                                        })));
    entries.back().current = true;
    std::vector<const Level*> promotions;
    for (const Track* track : framework.tracks_of(current)) {
        const Level* next = framework.next_level_on(current, track->id);
        if (next != nullptr &&
            std::find(promotions.begin(), promotions.end(), next) == promotions.end()) {
            promotions.push_back(next);
            entries.push_back(cross_track_entry(framework, person, *next,
                                                judged_or_evaluate(judged, *next, nullptr, [&] {
                                                    return evaluate_level_criteria(judge, *next);
                                                })));
        }
    }
    for (const auto& move : framework.transitions) {
        const Level* to = move.from.id == current.id ? framework.find_level(move.to.id) : nullptr;
        if (to != nullptr) {
            entries.push_back(cross_track_entry(framework, person, *to,
                                                judged_or_evaluate(judged, *to, &move, [&] {
                                                    return evaluate_move(judge, move, *to);
                                                })));
        }
    }
    return entries;
}

} // namespace

namespace {

// A person who does not meet their own level is rarely below it: usually the evidence of what
// they already do was never written down. Said in the note, with the criteria to look at.
void explain_own_level(Evaluation& evaluation) {
    auto own = std::find_if(evaluation.cross_track.begin(), evaluation.cross_track.end(),
                            [](const CrossTrackEntry& entry) { return entry.current; });
    if (own == evaluation.cross_track.end() || own->result.ready) {
        return;
    }
    std::vector<std::string> missing;
    for (const auto& result : own->result.criteria) {
        bool counts = counts_as_met(result);
        if (result.criterion->required && !counts) {
            missing.push_back(result.criterion->id);
        }
    }
    std::string words = fmt::format(
        "This file does not show everything your own level, {}, asks for ({} not met: {}). "
        "That rarely means you are below your level: usually the evidence of work you already do "
        "is not recorded here. Add it, or ask your manager which of it is missing.",
        own->result.level->id,
        missing.size() == 1 ? "1 required criterion"
                            : fmt::format("{} required criteria", missing.size()),
        join(missing, ", "));
    evaluation.note = evaluation.note.empty() ? words : evaluation.note + " " + words;
}

} // namespace

Evaluation evaluate_person(const Framework& framework, const Person& person, const Date& as_of,
                           const std::optional<std::string>& target_id, Detail detail) {
    CriterionJudge judge(framework, person, as_of, detail);
    return evaluate_person(judge, target_id);
}

Evaluation evaluate_person(CriterionJudge& judge, const std::optional<std::string>& target_id) {
    const Framework& framework = judge.framework();
    const Person& person = judge.person();
    Evaluation evaluation;
    evaluation.person = &person;
    evaluation.as_of = judge.as_of();
    evaluation.current = framework.find_level(person.level.id);
    if (evaluation.current == nullptr) {
        evaluation.note = fmt::format("unknown level '{}'", person.level.id);
        return evaluation;
    }
    const Level* target = target_id ? framework.find_level(*target_id)
                                    : framework.next_level_on(*evaluation.current, person.track.id);
    evaluation.asked = target;
    if (target) {
        TargetJudgement judgement = judge_target(judge, *target);
        evaluation.target = std::move(judgement.result);
        evaluation.route = std::move(judgement.route);
        evaluation.verdict = judgement.verdict;
        if (!judgement.reachable()) {
            evaluation.note = "Ask whoever owns the framework whether a move should exist.";
        }
    } else if (!target_id) {
        bool moves = std::any_of(
            framework.transitions.begin(), framework.transitions.end(),
            [&](const Transition& move) { return move.from.id == evaluation.current->id; });
        const Track* track = framework.find_track(person.track.id);
        const std::string& track_name = track != nullptr ? track->name : person.track.id;
        evaluation.note =
            fmt::format("{} is the top of the {} track; {}", evaluation.current->id, track_name,
                        moves ? "the cross-track view shows the moves the framework defines from it"
                              : "the framework defines no move from it to another track");
    }
    evaluation.cross_track = reachable_steps(judge, *evaluation.current, evaluation.target);
    if (judge.detail() != Detail::verdicts) {
        explain_own_level(evaluation);
    }
    return evaluation;
}

bool ready_for_target(const Evaluation& evaluation) {
    return !evaluation.verdict || *evaluation.verdict == TargetVerdict::ready;
}

} // namespace ladder
