#pragma once
// Finding the days on which something that depends on the date changes, for
// Rule::add_change_days: the timeline judges a level on those days only.

#include "util/date.hpp"

#include <algorithm>
#include <span>
#include <vector>

namespace ladder {

// Adds each day of `days` (in order, all after `as_of`) on which `value_on(day)` differs from
// its value the day before. Makes no assumption about `value_on`: it is asked about every day.
template <class ValueOn>
void add_days_where_value_changes(const Date& as_of, std::span<const Date> days, ValueOn value_on,
                                  std::vector<Date>& changes) {
    auto before = value_on(as_of);
    for (const Date& day : days) {
        auto now = value_on(day);
        if (now != before) {
            changes.push_back(day);
        }
        before = now;
    }
}

// Adds the first day of `days` (in order) on which `holds(day)` is true, when there is one.
// `holds` must be monotone (false, then true from some day on): it is asked about a few days
// only.
template <class Holds>
void add_first_day_when(std::span<const Date> days, Holds holds, std::vector<Date>& changes) {
    auto first = std::partition_point(days.begin(), days.end(),
                                      [&](const Date& day) { return !holds(day); });
    if (first != days.end()) {
        changes.push_back(*first);
    }
}

} // namespace ladder
