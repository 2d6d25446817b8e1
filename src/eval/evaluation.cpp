#include "eval/evaluation.hpp"

#include <fmt/format.h>

namespace ladder {

namespace {

CriterionResult evaluate_criterion(const Framework& framework, const Person& person,
                                   const Criterion& criterion, const Date& as_of, bool explain) {
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
        RuleContext context{framework, person, as_of, criterion.id, explain};
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

const Transition* transition_for(const Framework& framework, const Person& person,
                                 const Level& level) {
    if (level.track.id == person.track.id) {
        return nullptr;
    }
    return framework.find_transition(person.level.id, level.id);
}

LevelResult evaluate_level(const Framework& framework, const Person& person, const Level& level,
                           const Date& as_of, bool explain) {
    LevelResult result;
    result.level = &level;
    result.transition = transition_for(framework, person, level);
    if (result.transition) {
        std::string move =
            fmt::format("{} -> {}", result.transition->from.id, result.transition->to.id);
        for (const auto& criterion : result.transition->criteria) {
            CriterionResult evaluated =
                evaluate_criterion(framework, person, criterion, as_of, explain);
            evaluated.stated_by = move;
            result.criteria.push_back(std::move(evaluated));
        }
        summarise(result);
        return result;
    }
    for (const auto& resolved : resolve_criteria(framework, level)) {
        CriterionResult evaluated =
            evaluate_criterion(framework, person, *resolved.criterion, as_of, explain);
        evaluated.stated_by = resolved.from_level;
        evaluated.inherited = resolved.inherited;
        result.criteria.push_back(std::move(evaluated));
    }
    summarise(result);
    return result;
}

Evaluation evaluate_person(const Framework& framework, const Person& person, const Date& as_of,
                           const std::optional<std::string>& target_id, bool explain) {
    Evaluation evaluation;
    evaluation.person = &person;
    evaluation.as_of = as_of;
    evaluation.current = framework.find_level(person.level.id);
    if (evaluation.current == nullptr) {
        evaluation.note = fmt::format("unknown level '{}'", person.level.id);
        return evaluation;
    }
    const Level* target =
        target_id ? framework.find_level(*target_id) : framework.next_level(*evaluation.current);
    if (target) {
        evaluation.target = evaluate_level(framework, person, *target, as_of, explain);
    } else if (!target_id) {
        evaluation.note = fmt::format("{} is the top of the {} track; the cross-track view shows "
                                      "what lies sideways",
                                      evaluation.current->id, evaluation.current->track.id);
    }
    int band = evaluation.current->band;
    for (int row_band : {band, band + 1}) {
        for (const Level* level : framework.levels_in_band(row_band)) {
            CrossTrackEntry entry;
            entry.band = row_band;
            entry.track = framework.find_track(level->track.id);
            entry.result = evaluate_level(framework, person, *level, as_of, explain);
            entry.interested = person.is_interested_in(level->track.id);
            entry.current = level == evaluation.current;
            evaluation.cross_track.push_back(std::move(entry));
        }
    }
    return evaluation;
}

} // namespace ladder
