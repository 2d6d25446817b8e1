#include "eval/timeline.hpp"

#include <algorithm>

namespace ladder {

namespace {

bool is_done(const CriterionResult& result) {
    return result.outcome.status == Status::met || result.outcome.status == Status::waived;
}

std::vector<std::string> stopped_counting(const Outcome& before, const Outcome& after) {
    std::vector<std::string> gone;
    for (const auto& item : before.evidence) {
        if (std::find(after.evidence.begin(), after.evidence.end(), item) == after.evidence.end()) {
            gone.push_back(item);
        }
    }
    return gone;
}

} // namespace

Date next_day(const Date& date) {
    if (date.day() < days_in_month(date.year(), date.month())) {
        return *Date::from_ymd(date.year(), date.month(), date.day() + 1);
    }
    if (date.month() < 12) {
        return *Date::from_ymd(date.year(), date.month() + 1, 1);
    }
    auto new_year = Date::from_ymd(date.year() + 1, 1, 1);
    return new_year ? *new_year : date; // 9999-12-31 is the last day there is
}

namespace {

// Every day after `as_of`, up to `horizon_days` of them.
std::vector<Date> days_after(const Date& as_of, int horizon_days) {
    std::vector<Date> days;
    days.reserve(static_cast<std::size_t>(std::max(0, horizon_days)));
    Date day = as_of;
    for (int step = 0; step < horizon_days; ++step) {
        day = next_day(day);
        days.push_back(day);
    }
    return days;
}

// The indexes in `days` of the days on which a criterion of `judged` (the level as of `as_of`)
// may change, in order: on every other day each outcome is the day before's.
std::vector<std::size_t> change_indexes(const Framework& framework, const Person& person,
                                        const LevelResult& judged, const Date& as_of,
                                        const std::vector<Date>& days) {
    std::vector<Date> changes;
    for (const auto& result : judged.criteria) {
        if (result.criterion == nullptr || !result.criterion->rule) {
            continue;
        }
        RuleContext context{framework, person, as_of, result.criterion->id, Detail::evidence};
        result.criterion->rule->add_change_days(context, days, changes);
    }
    std::vector<std::size_t> indexes;
    indexes.reserve(changes.size());
    for (const Date& change : changes) {
        auto found = std::lower_bound(days.begin(), days.end(), change);
        if (found != days.end() && *found == change) {
            indexes.push_back(static_cast<std::size_t>(found - days.begin()));
        }
    }
    std::sort(indexes.begin(), indexes.end());
    indexes.erase(std::unique(indexes.begin(), indexes.end()), indexes.end());
    return indexes;
}

} // namespace

Timeline project_timeline(const Framework& framework, const Person& person, const Level& level,
                          const Date& as_of, int horizon_days) {
    Timeline timeline;
    timeline.horizon_days = horizon_days;
    LevelResult previous = evaluate_level(framework, person, level, as_of, Detail::evidence);
    bool ready_now = previous.ready;
    std::vector<Date> days = days_after(as_of, horizon_days);
    // Judged only on the days a rule says its outcome may change (was: on all 731 days; the
    // events are the same, as nothing changes in between).
    for (std::size_t index : change_indexes(framework, person, previous, as_of, days)) {
        const Date& day = days[index];
        const Date& yesterday = index == 0 ? as_of : days[index - 1];
        LevelResult current = evaluate_level(framework, person, level, day, Detail::evidence);
        for (std::size_t i = 0; i < current.criteria.size(); ++i) {
            const CriterionResult& before = previous.criteria[i];
            const CriterionResult& after = current.criteria[i];
            if (is_done(before) != is_done(after)) {
                timeline.events.push_back({day, after.criterion, is_done(after),
                                           stopped_counting(before.outcome, after.outcome)});
            }
        }
        if (current.ready != previous.ready) {
            if (ready_now && !current.ready && !timeline.ready_until) {
                timeline.ready_until = yesterday;
            }
            if (!ready_now && current.ready && !timeline.ready_from) {
                timeline.ready_from = day;
            }
        }
        previous = std::move(current);
    }
    return timeline;
}

} // namespace ladder
