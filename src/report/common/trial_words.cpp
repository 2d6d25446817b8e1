#include "report/common/trial_words.hpp"

#include "util/text.hpp"

#include <algorithm>
#include <fmt/format.h>

namespace ladder {

std::string days_left_words(long days_left) {
    if (days_left == 0) {
        return "today";
    }
    return days_left > 0 ? "in " + plural(days_left, "day") : plural(-days_left, "day") + " ago";
}

std::string trial_words(const TrialStatus& trial) {
    const LevelResult& standing = trial.standing;
    const std::string& level = trial.move->to.id;
    auto missing = std::count_if(
        standing.criteria.begin(), standing.criteria.end(), [](const CriterionResult& result) {
            return result.criterion->required && result.outcome.status != Status::met &&
                   result.outcome.status != Status::waived;
        });
    std::string where =
        standing.ready
            ? fmt::format("meets the {} criteria ({} of {} met)", level, standing.met,
                          standing.total)
            : fmt::format(
                  "{} of {} {} criteria met, {} missing", standing.met, standing.total, level,
                  plural(static_cast<long>(missing), "required criterion", "required criteria"));
    return fmt::format("{} -> {} since {}, {} {} ({}); {}; {}", trial.move->from.id, level,
                       trial.since.to_string(), trial.days_left < 0 ? "ended" : "ends",
                       trial.ends.to_string(), days_left_words(trial.days_left), where,
                       trial.way_back_open ? "the way back is open"
                                           : "the move is not reversible: no way back");
}

} // namespace ladder
