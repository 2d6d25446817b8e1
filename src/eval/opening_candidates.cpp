#include "eval/opening_candidates.hpp"

#include <algorithm>
#include <map>

namespace ladder {

std::string_view to_string(CandidateGroup group) {
    switch (group) {
    case CandidateGroup::ready:
        return "ready";
    case CandidateGroup::not_interested:
        return "not_interested";
    case CandidateGroup::nearly:
        return "nearly_ready";
    }
    return "nearly_ready";
}

bool labels_match(const Opening& opening, const Person& person) {
    return std::all_of(opening.labels.begin(), opening.labels.end(), [&](const OpeningLabel& want) {
        const std::string* value = person.label(want.key.id);
        return value != nullptr && *value == want.value;
    });
}

bool is_next_step(const Framework& framework, const Person& person, const Level& level) {
    const Level* current = framework.find_level(person.level.id);
    if (current == nullptr || holds_or_passed(framework, person, level)) {
        return false;
    }
    return level.band == current->band || level.band == current->band + 1;
}

int required_missing(const LevelResult& result) {
    return static_cast<int>(
        std::count_if(result.criteria.begin(), result.criteria.end(), [](const auto& criterion) {
            return criterion.criterion->required && criterion.outcome.status != Status::met &&
                   criterion.outcome.status != Status::waived;
        }));
}

namespace {

std::optional<CandidateGroup> group_of(const Person& person, const LevelResult& result, int missing,
                                       int within) {
    if (!result.ready && missing > within) {
        return std::nullopt;
    }
    if (!person.is_interested_in(result.level->track.id)) {
        return CandidateGroup::not_interested;
    }
    return result.ready ? CandidateGroup::ready : CandidateGroup::nearly;
}

// The next steps the person is ready for and wants: their next level (when they want their
// own track) and the levels across the view shows ready on a track they want.
std::vector<const Level*> ready_and_wanted(const Framework& framework, const Person& person,
                                           const Evaluation& own) {
    std::vector<const Level*> levels;
    if (own.target && own.verdict == TargetVerdict::ready &&
        person.is_interested_in(person.track.id)) {
        levels.push_back(own.target->level);
    }
    for (const auto& entry : own.cross_track) {
        const Level* level = entry.result.level;
        // The way back from a trial is a safety net, not a role the person is waiting for.
        bool way_back = person.trial && person.trial->from.id == level->id;
        if (entry.interested && entry.result.ready && !way_back &&
            is_next_step(framework, person, *level) &&
            std::find(levels.begin(), levels.end(), level) == levels.end()) {
            levels.push_back(level);
        }
    }
    return levels;
}

} // namespace

PersonOpenings match_openings(const Framework& framework, const OpeningsFile& openings,
                              const Person& person, const Date& as_of, int within) {
    PersonOpenings found;
    found.wrong_track = on_track_not_chosen(person);
    found.no_step_yet = interests_without_step(framework, person);
    // Verdicts for every level asked about, each criterion judged once for this person.
    CriterionJudge judge(framework, person, as_of, Detail::verdicts);
    Evaluation own = evaluate_person(judge, std::nullopt);
    std::vector<const Level*> wanted = ready_and_wanted(framework, person, own);
    // One evaluation per level, however many openings share it. The person's own evaluation is
    // the one `--target NEXT-LEVEL` gives, so an opening at their next level reuses it.
    std::map<std::string, Evaluation> by_level;
    if (own.target) {
        by_level.emplace(own.target->level->id, std::move(own));
    }
    std::vector<const Level*> offered; // levels of openings that take this person
    for (std::size_t i = 0; i < openings.openings.size(); ++i) {
        const Opening& opening = openings.openings[i];
        const Level* level = framework.find_level(opening.level.id);
        if (level == nullptr || !labels_match(opening, person) ||
            !is_next_step(framework, person, *level)) {
            continue;
        }
        offered.push_back(level);
        auto it = by_level.find(level->id);
        if (it == by_level.end()) {
            it = by_level.emplace(level->id, evaluate_person(judge, level->id)).first;
        }
        const Evaluation& evaluation = it->second;
        // A level only a route of several steps reaches, or none, is not this person's opening
        // yet (the verdict every command gives): counted, not matched.
        if (evaluation.verdict == TargetVerdict::steps_away ||
            evaluation.verdict == TargetVerdict::no_route) {
            found.out_of_reach.push_back({i, *evaluation.verdict});
            continue;
        }
        if (!evaluation.target) {
            continue;
        }
        int missing = required_missing(*evaluation.target);
        auto group = group_of(person, *evaluation.target, missing, within);
        if (group == CandidateGroup::nearly) {
            // Next steps are put into words: only the few nearly ready pay for the sentences.
            found.matches.push_back(
                {i, *group, missing,
                 evaluate_person(framework, person, as_of, level->id, Detail::sentences)});
        } else if (group) {
            found.matches.push_back({i, *group, missing, evaluation});
        }
    }
    for (const Level* level : wanted) {
        if (std::find(offered.begin(), offered.end(), level) == offered.end()) {
            found.ready_no_role.push_back(level);
        }
    }
    return found;
}

} // namespace ladder
