#include "report/person/gap_groups.hpp"

#include "util/text.hpp"

#include <algorithm>
#include <fmt/format.h>

namespace ladder {

GapGroups group_gaps(const LevelResult& result) {
    GapGroups groups;
    for (const auto& criterion : result.criteria) {
        switch (criterion.outcome.status) {
        case Status::met:
            groups.met.push_back(&criterion);
            break;
        case Status::waived:
            groups.waived.push_back(&criterion);
            break;
        default:
            groups.missing.push_back(&criterion);
        }
    }
    std::stable_partition(groups.missing.begin(), groups.missing.end(),
                          [](const CriterionResult* r) { return r->criterion->required; });
    return groups;
}

std::string verdict_line(const LevelResult& result) {
    int required_missing = 0;
    int required_total = 0;
    for (const auto& criterion : result.criteria) {
        if (criterion.criterion->required) {
            ++required_total;
            bool done = criterion.outcome.status == Status::met ||
                        criterion.outcome.status == Status::waived;
            required_missing += done ? 0 : 1;
        }
    }
    // Set-aside criteria count towards readiness but are not met: the headline says so.
    std::string set_aside =
        result.set_aside > 0 ? fmt::format(", {} set aside", result.set_aside) : "";
    std::string counts =
        fmt::format("{} of {} criteria met{}, progress {}", result.met - result.set_aside,
                    result.total, set_aside, percent(result.progress));
    if (result.ready) {
        return fmt::format("READY for {}: every required criterion is met; {}", result.level->id,
                           counts);
    }
    return fmt::format("NOT READY for {}: {} of {} required criteria not met yet; {}",
                       result.level->id, required_missing, required_total, counts);
}

namespace {

// What a defined move is judged on: its own criteria, and those of the levels it includes.
std::string judged_on(const Transition& move) {
    std::vector<std::string> levels;
    if (move.includes_target) {
        levels.push_back(move.to.id + "'s");
    }
    for (const auto& include : move.includes) {
        levels.push_back(include.id + "'s");
    }
    if (levels.empty()) {
        return fmt::format("Judged on the move's own criteria; {}'s criteria are what the role "
                           "asks once in it.",
                           move.to.id);
    }
    std::string last = levels.back();
    levels.pop_back();
    return fmt::format("Judged on the move's own criteria and {}{}.",
                       levels.empty() ? "" : join(levels, ", ") + " and ", last);
}

} // namespace

std::string level_label(const Framework& framework, const Level& level) {
    const Track* track = framework.find_track(level.track.id);
    return fmt::format("{} {} (band {}, {})", level.id, level.title, level.band,
                       track ? track->name : level.track.id);
}

std::string describe_move(const LevelResult& target) {
    if (target.transition) {
        const Transition& move = *target.transition;
        return fmt::format(
            "{} -> {} across tracks{}, {}. {}", move.from.id, move.to.id,
            move.trial_months ? fmt::format(" with a trial period of {} months", *move.trial_months)
                              : "",
            move.reversible ? "reversible (the way back stays open)" : "not reversible",
            judged_on(move));
    }
    return "";
}

std::vector<std::string> criterion_origin_notes(const CriterionResult& result) {
    std::vector<std::string> notes;
    if (result.criterion->entry_gate) {
        notes.push_back("entry gate");
    }
    if (result.inherited || result.stated_by.find("->") != std::string::npos) {
        notes.push_back("from " + result.stated_by);
    }
    return notes;
}

std::string status_label(const CriterionResult& result) {
    if (result.exception && result.exception->kind == ExceptionKind::not_applicable) {
        return "N/A";
    }
    switch (result.outcome.status) {
    case Status::met:
        return "MET";
    case Status::partial:
        return "PARTIAL";
    case Status::not_met:
        return "NOT MET";
    case Status::no_data:
        return "NO DATA";
    case Status::waived:
        return "WAIVED";
    }
    return "NOT MET";
}

} // namespace ladder
