#include "review/verdict_impact.hpp"

#include "eval/evaluation.hpp"

#include <algorithm>
#include <map>

namespace ladder {

namespace {

void add_unique(std::vector<std::string>& ids, const std::string& id) {
    if (std::find(ids.begin(), ids.end(), id) == ids.end()) {
        ids.push_back(id);
    }
}

// The levels of the person's report under one framework, in report order.
void report_levels(const Framework& framework, const Person& person, const Date& as_of,
                   std::vector<std::string>& ids) {
    Evaluation evaluation = evaluate_person(framework, person, as_of, std::nullopt);
    if (evaluation.target) {
        add_unique(ids, evaluation.target->level->id);
    }
    for (const auto& entry : evaluation.cross_track) {
        add_unique(ids, entry.result.level->id);
    }
}

bool done(const CriterionResult& result) {
    return result.outcome.status == Status::met || result.outcome.status == Status::waived;
}

std::map<std::string, bool> required_done(const LevelResult& result) {
    std::map<std::string, bool> verdicts;
    for (const auto& criterion : result.criteria) {
        if (criterion.criterion->required) {
            verdicts[criterion.criterion->id] = done(criterion);
        }
    }
    return verdicts;
}

// The required criteria whose verdict moved the same way as the level's.
std::vector<std::string> flipped(const LevelResult& before, const LevelResult& after) {
    auto old_verdicts = required_done(before);
    std::vector<std::string> ids;
    for (const auto& criterion : after.criteria) {
        if (!criterion.criterion->required || done(criterion) != after.ready) {
            continue;
        }
        auto old = old_verdicts.find(criterion.criterion->id);
        bool is_new = old == old_verdicts.end();
        // A new criterion can only explain a level becoming not ready.
        if ((is_new && !after.ready) || (!is_new && old->second != done(criterion))) {
            ids.push_back(criterion.criterion->id);
        }
    }
    return ids;
}

} // namespace

std::vector<VerdictChange> verdict_changes(const Framework& before, const Framework& after,
                                           const Person& person, const Date& as_of) {
    std::vector<std::string> level_ids;
    report_levels(before, person, as_of, level_ids);
    report_levels(after, person, as_of, level_ids);
    std::vector<VerdictChange> changes;
    for (const auto& id : level_ids) {
        const Level* old_level = before.find_level(id);
        const Level* new_level = after.find_level(id);
        if (old_level == nullptr || new_level == nullptr) {
            continue;
        }
        LevelResult old_result = evaluate_level(before, person, *old_level, as_of);
        LevelResult new_result = evaluate_level(after, person, *new_level, as_of);
        if (old_result.ready != new_result.ready) {
            changes.push_back(
                {id, old_result.ready, new_result.ready, flipped(old_result, new_result)});
        }
    }
    return changes;
}

} // namespace ladder
