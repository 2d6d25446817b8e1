#pragma once
// The timeline where dates decide: the day a `tenure` criterion will be met, the day evidence
// ages out of a `within_months` window, and the day readiness changes because of them, all if
// no new evidence is added.

#include "eval/evaluation.hpp"

#include <optional>
#include <string>
#include <vector>

namespace ladder {

struct TimelineEvent {
    Date date;
    const Criterion* criterion = nullptr;
    bool becomes_met = false;            // met from this day (tenure), or no longer met
    std::vector<std::string> ageing_out; // items that stop counting on this day
};

struct Timeline {
    std::vector<TimelineEvent> events; // by date, then the framework's order
    std::optional<Date> ready_from;    // not ready now, ready on this day without new evidence
    std::optional<Date> ready_until;   // ready now, no longer from the day after this one
    int horizon_days = 0;              // how far ahead the timeline looked
};

// Re-judges `level` after `as_of`, up to `horizon_days` days ahead, with the evidence as it is,
// on the days an outcome may change: the days the person's items start counting or age out of
// a window of the level's rules, and, if a rule counts tenure, the days a month is completed.
Timeline project_timeline(const Framework& framework, const Person& person, const Level& level,
                          const Date& as_of, int horizon_days = 731);

// The day after `date`.
Date next_day(const Date& date);

} // namespace ladder
