#include "report/batch/batch_summary.hpp"

#include "report/batch/batch_columns.hpp"
#include "util/json_text.hpp"
#include "util/text.hpp"

#include <algorithm>
#include <fmt/format.h>

namespace ladder {

namespace {

std::size_t progress_bucket(double share) {
    int percent = whole_percent(share);
    if (percent >= 100) {
        return 4;
    }
    return static_cast<std::size_t>(std::clamp(percent, 0, 99) / 25);
}

std::string group_value(const BatchRow& row, const std::string& field) {
    auto value = batch_cell(row, summary_field_column(field));
    if (value.is_null()) {
        return "(unknown)";
    }
    return value.is_string() ? value.get<std::string>() : json_text(value);
}

// Framework order for a level; unknown levels after, by name.
std::size_t level_rank(const Framework& framework, const std::string& level) {
    for (std::size_t i = 0; i < framework.levels.size(); ++i) {
        if (framework.levels[i].id == level) {
            return i;
        }
    }
    return framework.levels.size();
}

} // namespace

std::string summary_field_column(const std::string& field) {
    const auto names = batch_column_names();
    if (std::find(names.begin(), names.end(), field) != names.end() ||
        field.rfind(label_column_prefix, 0) == 0) {
        return field;
    }
    return std::string(label_column_prefix) + field;
}

void BatchCounts::add(const BatchRow& row) {
    wrong_track += row.wrong_track ? 1 : 0;
    switch (row.status) {
    case BatchStatus::ready:
        ++ready;
        break;
    case BatchStatus::not_ready:
        ++not_ready;
        within_one += row.required_missing == 1 ? 1 : 0;
        break;
    case BatchStatus::steps_away:
        // Not ready for the target; the counts on the row are its route's first step, so they
        // make no "within one" and no progress towards it.
        ++not_ready;
        ++steps_away;
        break;
    case BatchStatus::no_route:
        ++not_ready;
        ++no_route;
        break;
    case BatchStatus::top_of_track:
        ++top_of_track;
        break;
    case BatchStatus::error:
        ++errors;
        break;
    case BatchStatus::no_evidence:
        ++no_evidence;
        break;
    }
    if (row.status == BatchStatus::ready || row.status == BatchStatus::not_ready) {
        ++progress[progress_bucket(row.progress)];
    }
}

void BatchCounts::add(const BatchCounts& other) {
    ready += other.ready;
    not_ready += other.not_ready;
    within_one += other.within_one;
    steps_away += other.steps_away;
    no_route += other.no_route;
    top_of_track += other.top_of_track;
    errors += other.errors;
    no_evidence += other.no_evidence;
    wrong_track += other.wrong_track;
    for (std::size_t i = 0; i < progress.size(); ++i) {
        progress[i] += other.progress[i];
    }
}

BatchSummary::BatchSummary(std::vector<std::string> by) : by_(std::move(by)) {}

void BatchSummary::add(const BatchRow& row) {
    std::vector<std::string> key;
    for (const auto& field : by_) {
        key.push_back(group_value(row, field));
    }
    groups_[key].add(row);
    totals_.add(row);
    auto& missing = missing_[key];
    for (std::size_t i = 0; i < row.missing.size(); ++i) {
        ++missing[row.missing[i]];
        required_[row.missing[i]] = i < static_cast<std::size_t>(row.required_missing);
    }
}

std::vector<BatchGroup> BatchSummary::groups() const {
    std::vector<BatchGroup> result;
    for (const auto& [key, counts] : groups_) {
        result.push_back({key, counts});
    }
    return result;
}

SummaryView BatchSummary::view(const Framework& framework, int min_group) const {
    SummaryView view;
    view.by = by_;
    BatchGroup pool{std::vector<std::string>(by_.size(), "(other)"), {}};
    std::map<std::string, int> shown_missing;
    std::map<std::string, int> pool_missing;
    for (const auto& [key, counts] : groups_) {
        bool small = counts.people() < min_group;
        if (small) {
            pool.counts.add(counts);
        } else {
            view.shown.push_back({key, counts});
        }
        for (const auto& [criterion, people] : missing_.at(key)) {
            (small ? pool_missing : shown_missing)[criterion] += people;
        }
    }
    // Track and level groups in the framework's order of levels; label groups by value.
    auto level_at = std::find(by_.begin(), by_.end(), "level");
    if (level_at != by_.end()) {
        auto index = static_cast<std::size_t>(level_at - by_.begin());
        std::stable_sort(view.shown.begin(), view.shown.end(), [&](const auto& a, const auto& b) {
            return level_rank(framework, a.key[index]) < level_rank(framework, b.key[index]);
        });
    }
    if (pool.counts.people() > 0) {
        view.pool_hidden = pool.counts.people() < min_group;
        view.pool = pool;
    }
    view.totals = totals_;
    // With the pool hidden, shown totals minus the shown groups would give the pool away.
    view.totals_hidden = view.pool_hidden;
    if (!view.pool_hidden) {
        for (const auto& [criterion, people] : pool_missing) {
            shown_missing[criterion] += people;
        }
    }
    // A criterion missed by fewer people than the minimum is a group too small to show.
    for (const auto& [criterion, people] : shown_missing) {
        if (people >= min_group) {
            view.most_missing.emplace_back(criterion, people);
        }
    }
    std::stable_sort(view.most_missing.begin(), view.most_missing.end(),
                     [&](const auto& a, const auto& b) {
                         bool a_required = required_.at(a.first);
                         bool b_required = required_.at(b.first);
                         if (a_required != b_required) {
                             return a_required;
                         }
                         return a.second > b.second;
                     });
    return view;
}

} // namespace ladder
