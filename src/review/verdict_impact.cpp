#include "review/verdict_impact.hpp"

#include "eval/evaluation.hpp"
#include "util/text.hpp"

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
    if (evaluation.asked != nullptr) {
        add_unique(ids, evaluation.asked->id);
    }
    for (const auto& entry : evaluation.cross_track) {
        add_unique(ids, entry.result.level->id);
    }
}

std::map<std::string, bool> required_done(const LevelResult& result) {
    std::map<std::string, bool> verdicts;
    for (const auto& criterion : result.criteria) {
        if (criterion.criterion->required) {
            verdicts[criterion.criterion->id] = counts_as_met(criterion);
        }
    }
    return verdicts;
}

// The required criteria whose verdict moved the same way as the level's.
std::vector<std::string> flipped(const LevelResult& before, const LevelResult& after) {
    auto old_verdicts = required_done(before);
    std::vector<std::string> ids;
    for (const auto& criterion : after.criteria) {
        if (!criterion.criterion->required || counts_as_met(criterion) != after.ready) {
            continue;
        }
        auto old = old_verdicts.find(criterion.criterion->id);
        bool is_new = old == old_verdicts.end();
        // A new criterion can only explain a level becoming not ready.
        if ((is_new && !after.ready) || (!is_new && old->second != counts_as_met(criterion))) {
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
        TargetJudgement old_judgement = judge_target(judge_before, *old_level);
        TargetJudgement new_judgement = judge_target(judge_after, *new_level);
        if (old_judgement.verdict == new_judgement.verdict) {
            continue;
        }
        VerdictChange change;
        change.level = id;
        change.ready_before = old_judgement.ready();
        change.ready_after = new_judgement.ready();
        change.verdict_before = old_judgement.verdict;
        change.verdict_after = new_judgement.verdict;
        change.steps_before = old_judgement.route.size();
        change.steps_after = new_judgement.route.size();
        if (old_judgement.route.empty() && new_judgement.route.empty() && old_judgement.result &&
            new_judgement.result) {
            change.because = flipped(*old_judgement.result, *new_judgement.result);
        } else if (new_judgement.verdict == TargetVerdict::steps_away) {
            change.reach = "the route now: " + join(route_levels(new_judgement.route), " -> ");
        } else if (new_judgement.verdict == TargetVerdict::no_route) {
            change.reach = no_route_words(person.level.id, id);
        } else {
            change.reach = "one step reaches it now";
        }
        changes.push_back(std::move(change));
    }
    return changes;
}

} // namespace ladder
