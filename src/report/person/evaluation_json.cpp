#include "report/person/evaluation_json.hpp"

#include "eval/track_choice.hpp"
#include "eval/trial.hpp"
#include "report/common/output_format.hpp"
#include "report/common/progress_share.hpp"
#include "report/common/track_choice_words.hpp"
#include "report/person/next_steps_json.hpp"
#include "report/person/route_words.hpp"
#include "report/person/statement_sources.hpp"

namespace ladder {

namespace {

nlohmann::ordered_json considered_to_json(const Outcome& outcome) {
    nlohmann::ordered_json considered = nlohmann::ordered_json::array();
    for (const auto& item : outcome.considered) {
        considered.push_back({{"item", item.item},
                              {"counted", item.counted},
                              {"why", item.why},
                              {"failed", item.failed},
                              {"near_miss", item.near_miss()}});
    }
    return considered;
}

// The options of a combination (any_of, all_of, at_least), each with its own verdict and the
// items it considered; null for a rule that is not a combination.
nlohmann::ordered_json options_to_json(const Outcome& outcome) {
    if (outcome.parts.empty()) {
        return nullptr;
    }
    nlohmann::ordered_json options = nlohmann::ordered_json::array();
    for (const auto& part : outcome.parts) {
        options.push_back({{"option", part.option},
                           {"met", part.status == Status::met},
                           {"status", to_string(part.status)},
                           {"reason", part.reason},
                           {"evidence", part.evidence},
                           {"considered", considered_to_json(part)},
                           {"options", options_to_json(part)}});
    }
    return options;
}

nlohmann::ordered_json criterion_to_json(const Framework& framework,
                                         const CriterionResult& result) {
    const Criterion& criterion = *result.criterion;
    const Outcome& outcome = result.outcome;
    nlohmann::ordered_json exception = nullptr;
    if (result.exception) {
        exception = {{"kind", to_string(result.exception->kind)},
                     {"justification", result.exception->justification},
                     {"approved_by", result.exception->approved_by}};
    }
    return {{"id", criterion.id},
            {"title", criterion.title},
            {"required", criterion.required},
            {"weight", criterion.weight},
            {"stated_by", result.stated_by},
            {"inherited", result.inherited},
            {"entry_gate", criterion.entry_gate},
            {"status", to_string(outcome.status)},
            {"rule", criterion.rule ? nlohmann::ordered_json(criterion.rule->describe(framework))
                                    : nlohmann::ordered_json(nullptr)},
            {"reason", outcome.reason},
            {"missing", text_or_null(outcome.missing)},
            {"guidance", criterion.guidance},
            {"evidence", outcome.evidence},
            {"considered", considered_to_json(outcome)},
            {"options", options_to_json(outcome)},
            {"exception", exception}};
}

} // namespace

nlohmann::ordered_json level_result_to_json(const Framework& framework, const LevelResult& result,
                                            bool with_criteria) {
    nlohmann::ordered_json transition = nullptr;
    if (result.transition) {
        transition = {
            {"from", result.transition->from.id},
            {"to", result.transition->to.id},
            {"trial_months", result.transition->trial_months
                                 ? nlohmann::ordered_json(*result.transition->trial_months)
                                 : nlohmann::ordered_json(nullptr)},
            {"reversible", result.transition->reversible}};
    }
    nlohmann::ordered_json json = {{"level", result.level->id},
                                   {"title", result.level->title},
                                   {"track", result.level->track.id},
                                   {"band", result.level->band},
                                   {"transition", transition},
                                   {"ready", result.ready},
                                   {"met", result.met},
                                   {"set_aside", result.set_aside},
                                   {"total", result.total},
                                   {"progress", progress_share(result.progress)}};
    if (with_criteria) {
        nlohmann::ordered_json criteria = nlohmann::ordered_json::array();
        for (const auto& criterion : result.criteria) {
            criteria.push_back(criterion_to_json(framework, criterion));
        }
        json["criteria"] = criteria;
    }
    return json;
}

namespace {

// null when one step reaches the target; else where it leads, whether any route does, and each
// step with where the person stands on it (`target` is then the first step, in full).
nlohmann::ordered_json route_to_json(const Framework& framework, const Evaluation& evaluation) {
    if (evaluation.asked == nullptr ||
        (evaluation.route.empty() && evaluation.verdict != TargetVerdict::no_route)) {
        return nullptr;
    }
    nlohmann::ordered_json steps = nlohmann::ordered_json::array();
    for (const auto& step : evaluation.route) {
        nlohmann::ordered_json json = {{"from", step.from->id},
                                       {"to", step.to->id},
                                       {"kind", step.move ? "move" : "promotion"},
                                       {"how", describe_route_step(framework, step)}};
        json.update(level_result_to_json(framework, step.result, false));
        // Which criteria a step still misses and what would close them: the text's "Later
        // steps" in data, for every step (the first's are also the report's own).
        nlohmann::ordered_json missing = nlohmann::ordered_json::array();
        for (const auto& criterion : step.result.criteria) {
            if (!counts_as_met(criterion)) {
                missing.push_back(criterion.criterion->id);
            }
        }
        json["missing"] = missing;
        json["next_steps"] = next_steps_to_json(framework, step.result, evaluation.as_of);
        steps.push_back(json);
    }
    return {{"to", evaluation.asked->id},
            {"reachable", evaluation.verdict != TargetVerdict::no_route},
            {"steps", steps}};
}

// The trial in progress, or null: when it ends, the standing against the level, the way back.
nlohmann::ordered_json trial_to_json(const Framework& framework, const Person& person,
                                     const Date& as_of) {
    auto trial = trial_status(framework, person, as_of);
    if (!trial) {
        return nullptr;
    }
    return {{"from", trial->move->from.id},
            {"level", trial->move->to.id},
            {"since", trial->since.to_string()},
            {"ends", trial->ends.to_string()},
            {"days_left", trial->days_left},
            {"way_back_open", trial->way_back_open},
            {"standing", level_result_to_json(framework, trial->standing, false)}};
}

// The tracks of the person's interests no step reaches yet, each with its shortest route (the
// levels from theirs; empty when none leads there).
nlohmann::ordered_json no_step_yet_to_json(const Framework& framework, const Person& person) {
    nlohmann::ordered_json list = nlohmann::ordered_json::array();
    for (const auto& interest : interests_without_step(framework, person)) {
        list.push_back({{"track", interest.track->id}, {"route", route_level_ids(interest)}});
    }
    return list;
}

} // namespace

nlohmann::ordered_json evaluation_to_json(const Framework& framework,
                                          const Evaluation& evaluation) {
    const Person& person = *evaluation.person;
    nlohmann::ordered_json cross_track = nlohmann::ordered_json::array();
    for (const auto& entry : evaluation.cross_track) {
        nlohmann::ordered_json row = level_result_to_json(framework, entry.result, false);
        row["step"] = cross_track_step(entry);
        row["interested"] = entry.interested;
        row["current"] = entry.current;
        cross_track.push_back(row);
    }
    return {{"file", person.file},
            {"person", {{"id", person.id}, {"name", person.name}}},
            {"track", person.track.id},
            {"level", person.level.id},
            {"interests",
             [&] {
                 std::vector<std::string> ids;
                 for (const auto& interest : person.interests) {
                     ids.push_back(interest.id);
                 }
                 return ids;
             }()},
            {"as_of", evaluation.as_of.to_string()},
            {"trial", trial_to_json(framework, person, evaluation.as_of)},
            {"wrong_track", on_track_not_chosen(person)},
            {"no_step_yet", no_step_yet_to_json(framework, person)},
            {"statements", statement_sources_json(person)},
            {"next_steps", evaluation.target
                               ? next_steps_to_json(framework, *evaluation.target, evaluation.as_of)
                               : nlohmann::ordered_json(nullptr)},
            {"timeline", evaluation.target ? timeline_to_json(framework, person, *evaluation.target,
                                                              evaluation.as_of)
                                           : nlohmann::ordered_json(nullptr)},
            {"target", evaluation.target ? level_result_to_json(framework, *evaluation.target, true)
                                         : nlohmann::ordered_json(nullptr)},
            {"verdict", evaluation.verdict ? nlohmann::ordered_json(to_string(*evaluation.verdict))
                                           : nlohmann::ordered_json(nullptr)},
            {"route", route_to_json(framework, evaluation)},
            {"note", text_or_null(evaluation.note)},
            {"cross_track", cross_track}};
}

} // namespace ladder
