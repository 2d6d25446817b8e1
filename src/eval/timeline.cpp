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

Timeline project_timeline(const Framework& framework, const Person& person, const Level& level,
                          const Date& as_of, int horizon_days) {
    Timeline timeline;
    timeline.horizon_days = horizon_days;
    LevelResult previous = evaluate_level(framework, person, level, as_of, Detail::evidence);
    bool ready_now = previous.ready;
    Date day = as_of;
    for (int step = 0; step < horizon_days; ++step) {
        Date yesterday = day;
        day = next_day(day);
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
