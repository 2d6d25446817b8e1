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
void report_levels(CriterionJudge& judge, std::vector<std::string>& ids) {
    Evaluation evaluation = evaluate_person(judge, std::nullopt);
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
    // Verdicts only, each criterion judged once per framework: a change is told by verdicts.
    CriterionJudge judge_before(before, person, as_of, Detail::verdicts);
    CriterionJudge judge_after(after, person, as_of, Detail::verdicts);
    std::vector<std::string> level_ids;
    report_levels(judge_before, level_ids);
    report_levels(judge_after, level_ids);
    std::vector<VerdictChange> changes;
    for (const auto& id : level_ids) {
        const Level* old_level = before.find_level(id);
        const Level* new_level = after.find_level(id);
        if (old_level == nullptr || new_level == nullptr) {
            continue;
        }
        LevelResult old_result = evaluate_level(judge_before, *old_level);
        LevelResult new_result = evaluate_level(judge_after, *new_level);
        if (old_result.ready != new_result.ready) {
            changes.push_back(
                {id, old_result.ready, new_result.ready, flipped(old_result, new_result)});
        }
    }
    return changes;
}

} // namespace ladder
