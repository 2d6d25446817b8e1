#include "eval/timeline.hpp"

#include <algorithm>
#include <nlohmann/json.hpp>

namespace ladder {

namespace {

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

// What a rule as written (Rule::to_json) says that reads the date: the windows of its evidence
// filters (`within_months`, at any depth: a filter, its `any_of` sets, a combinator's options)
// and whether it counts months of tenure. Evidence filters and tenure are the only rules whose
// outcome reads the evaluation date; a new rule kind that reads it must be known here (the
// unit test of the timeline compares it with a judgement on every day).
struct DatedTerms {
    std::vector<int> windows;
    bool tenure = false;
};

void collect_dated_terms(const nlohmann::json& rule, DatedTerms& terms) {
    if (rule.is_object()) {
        for (const auto& [key, value] : rule.items()) {
            if (key == "within_months" && value.is_number_integer()) {
                terms.windows.push_back(value.get<int>());
            }
            terms.tenure = terms.tenure || key == "tenure";
            collect_dated_terms(value, terms);
        }
    } else if (rule.is_array()) {
        for (const auto& value : rule) {
            collect_dated_terms(value, terms);
        }
    }
}

// The days of `days` (every day after `as_of`, in order) on which a criterion of `judged` may
// change, with the evidence as it is: an item's date (it is no longer dated after the
// evaluation date), the day it ages out of each window, and, with tenure, each day a whole
// month is completed since a date tenure counts from. On every other day each outcome is the
// day before's.
std::vector<Date> change_days(const Person& person, const LevelResult& judged, const Date& as_of,
                              const std::vector<Date>& days) {
    std::vector<Date> changes;
    if (days.empty()) {
        return changes;
    }
    DatedTerms terms;
    for (const auto& result : judged.criteria) {
        if (result.criterion != nullptr && result.criterion->rule) {
            collect_dated_terms(result.criterion->rule->to_json(), terms);
        }
    }
    std::sort(terms.windows.begin(), terms.windows.end());
    terms.windows.erase(std::unique(terms.windows.begin(), terms.windows.end()),
                        terms.windows.end());
    for (const auto& item : person.evidence) {
        if (item.date > as_of && item.date <= days.back()) {
            changes.push_back(item.date);
        }
        for (int window : terms.windows) {
            // An item is too old once it is dated before the window's start; the start moves
            // forward with the day (minus_months keeps the order), so that day is found by
            // bisection.
            auto aged_out = std::partition_point(days.begin(), days.end(), [&](const Date& day) {
                return !(item.date < day.minus_months(window));
            });
            if (aged_out != days.end()) {
                changes.push_back(*aged_out);
            }
        }
    }
    if (terms.tenure) {
        std::vector<Date> anchors = {person.in_level_since};
        if (person.joined) {
            anchors.push_back(*person.joined);
        }
        for (const auto& past : person.history) {
            anchors.push_back(past.since);
        }
        for (const Date& anchor : anchors) {
            int before = as_of.whole_months_since(anchor);
            for (const Date& day : days) {
                int months = day.whole_months_since(anchor);
                if (months != before) {
                    changes.push_back(day);
                }
                before = months;
            }
        }
    }
    return changes;
}

// The indexes in `days` of `changes`, in order, once each.
std::vector<std::size_t> indexes_of(const std::vector<Date>& days,
                                    const std::vector<Date>& changes) {
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
    // Judged only on the days an outcome may change (was: on all 731 days; the events are the
    // same, as nothing changes in between).
    for (std::size_t index : indexes_of(days, change_days(person, previous, as_of, days))) {
        const Date& day = days[index];
        const Date& yesterday = index == 0 ? as_of : days[index - 1];
        LevelResult current = evaluate_level(framework, person, level, day, Detail::evidence);
        for (std::size_t i = 0; i < current.criteria.size(); ++i) {
            const CriterionResult& before = previous.criteria[i];
            const CriterionResult& after = current.criteria[i];
            if (counts_as_met(before) != counts_as_met(after)) {
                timeline.events.push_back({day, after.criterion, counts_as_met(after),
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
