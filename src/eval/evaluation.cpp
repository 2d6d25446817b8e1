#include "eval/evaluation.hpp"

#include <fmt/format.h>

namespace ladder {

namespace {

CriterionResult evaluate_criterion(const Framework& framework, const Person& person,
                                   const Criterion& criterion, const Date& as_of, Detail detail) {
    CriterionResult result;
    result.criterion = &criterion;
    if (const CriterionException* exception = person.exception_for(criterion.id)) {
        result.exception = exception;
        result.outcome.status = Status::waived;
        result.outcome.progress = 1.0;
        result.outcome.reason = fmt::format(
            "{} by {}: {}", exception->kind == ExceptionKind::waived ? "waived" : "not applicable",
            exception->approved_by, exception->justification);
        return result;
    }
    if (criterion.rule) {
        RuleContext context{framework, person, as_of, criterion.id, detail};
        result.outcome = criterion.rule->evaluate(context);
    }
    return result;
}

void summarise(LevelResult& result) {
    double met_weight = 0;
    double total_weight = 0;
    result.ready = true;
    for (const auto& criterion : result.criteria) {
        bool done =
            criterion.outcome.status == Status::met || criterion.outcome.status == Status::waived;
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

LevelResult evaluate_resolved(const Framework& framework, const Person& person, const Level& level,
                              const std::vector<ResolvedCriterion>& criteria, const Date& as_of,
                              Detail detail) {
    LevelResult result;
    result.level = &level;
    result.criteria.reserve(criteria.size());
    bool held = holds_or_passed(framework, person, level);
    for (const auto& resolved : criteria) {
        // A gate is asked by the level being entered or by the move into it, not through
        // another level's includes.
        bool through_includes = resolved.inherited && resolved.from_level != level.id;
        if (resolved.criterion->entry_gate && (held || through_includes)) {
            continue;
        }
        CriterionResult evaluated =
            evaluate_criterion(framework, person, *resolved.criterion, as_of, detail);
        evaluated.stated_by = resolved.from_level;
        evaluated.inherited = resolved.inherited;
        result.criteria.push_back(std::move(evaluated));
    }
    summarise(result);
    return result;
}

} // namespace

LevelResult evaluate_level(const Framework& framework, const Person& person, const Level& level,
                           const Date& as_of, Detail detail) {
    const Transition* move = transition_for(framework, person, level);
    if (move == nullptr) {
        return evaluate_level_criteria(framework, person, level, as_of, detail);
    }
    // (Not `indexed ? *indexed : resolve...()`: that would copy the indexed list.)
    const auto* indexed = indexed_criteria(framework, *move);
    LevelResult result =
        indexed ? evaluate_resolved(framework, person, level, *indexed, as_of, detail)
                : evaluate_resolved(framework, person, level,
                                    resolve_move_criteria(framework, *move), as_of, detail);
    result.transition = move;
    return result;
}

LevelResult evaluate_level_criteria(const Framework& framework, const Person& person,
                                    const Level& level, const Date& as_of, Detail detail) {
    if (const auto* indexed = indexed_criteria(framework, level)) {
        return evaluate_resolved(framework, person, level, *indexed, as_of, detail);
    }
    return evaluate_resolved(framework, person, level, resolve_criteria(framework, level), as_of,
                             detail);
}

Evaluation evaluate_person(const Framework& framework, const Person& person, const Date& as_of,
                           const std::optional<std::string>& target_id, Detail detail) {
    Evaluation evaluation;
    evaluation.person = &person;
    evaluation.as_of = as_of;
    evaluation.current = framework.find_level(person.level.id);
    if (evaluation.current == nullptr) {
        evaluation.note = fmt::format("unknown level '{}'", person.level.id);
        return evaluation;
    }
    const Level* target = target_id ? framework.find_level(*target_id)
                                    : framework.next_level_on(*evaluation.current, person.track.id);
    if (target) {
        evaluation.target = evaluate_level(framework, person, *target, as_of, detail);
    } else if (!target_id) {
        evaluation.note = fmt::format("{} is the top of the {} track; the cross-track view shows "
                                      "what lies sideways",
                                      evaluation.current->id, person.track.id);
    }
    int band = evaluation.current->band;
    for (int row_band : {band, band + 1}) {
        for (const Level* level : framework.levels_in_band(row_band)) {
            CrossTrackEntry entry;
            entry.band = row_band;
            entry.track = framework.find_track(level->track.id);
            // The target is usually one of these: judged once.
            entry.result = evaluation.target && evaluation.target->level == level
                               ? *evaluation.target
                               : evaluate_level(framework, person, *level, as_of, detail);
            entry.interested = person.is_interested_in(level->track.id);
            entry.current = level == evaluation.current;
            evaluation.cross_track.push_back(std::move(entry));
        }
    }
    return evaluation;
}

} // namespace ladder
