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

const std::vector<std::string>& summary_group_columns() {
    static const std::vector<std::string> columns = {"track",        "track_name", "level",
                                                     "level_title",  "band",       "target",
                                                     "target_title", "placement"};
    return columns;
}

std::optional<std::string> unsupported_summary_grouping(const std::vector<std::string>& by) {
    const auto& columns = summary_group_columns();
    if (by.size() == 2 && std::is_permutation(by.begin(), by.end(),
                                              std::vector<std::string>{"track", "level"}.begin())) {
        return std::nullopt;
    }
    if (by.size() != 1) {
        return std::string("group on one field at a time (or track,level, the default): a "
                           "summary grouped on two fields is finer than one grouped on either, "
                           "and comparing the two would give away the small groups it holds "
                           "back");
    }
    std::string column = summary_field_column(by.front());
    if (column.rfind(label_column_prefix, 0) == 0 ||
        std::find(columns.begin(), columns.end(), column) != columns.end()) {
        return std::nullopt;
    }
    return fmt::format("'{}' is not a field to group people on; expected one of {} or a label "
                       "key",
                       by.front(), join(columns, ", "));
}

BatchSummary::BatchSummary(std::vector<std::string> by, Use use) : use_(use), by_(std::move(by)) {
    if (use == Use::summary) {
        columns_ = summary_group_columns();
    }
    for (const auto& field : by_) {
        std::string column = summary_field_column(field);
        by_columns_.push_back(column);
        if (column.rfind(label_column_prefix, 0) != 0 &&
            std::find(columns_.begin(), columns_.end(), column) == columns_.end()) {
            columns_.push_back(column); // groups only, or a grouping outside the usual ones
        }
    }
    unknown_ = intern("(unknown)");
}

std::uint32_t BatchSummary::intern(const std::string& value) {
    auto [at, added] = value_ids_.try_emplace(value, static_cast<std::uint32_t>(values_.size()));
    if (added) {
        values_.push_back(value);
    }
    return at->second;
}

void BatchSummary::add(const BatchRow& row) {
    CellKey key;
    key.reserve(columns_.size() + 2 * row.labels.size());
    for (const auto& column : columns_) {
        key.push_back(intern(group_value(row, column)));
    }
    for (const auto& [label, value] : row.labels) {
        if (use_ == Use::groups_only &&
            std::find(by_columns_.begin(), by_columns_.end(),
                      std::string(label_column_prefix) + label) == by_columns_.end()) {
            continue; // no other grouping is counted: a cell per group of `by`
        }
        key.push_back(intern(label));
        key.push_back(intern(value));
        label_keys_.insert(label);
    }
    Cell& cell = cells_[key];
    cell.counts.add(row);
    totals_.add(row);
    for (std::size_t i = 0; i < row.missing.size(); ++i) {
        const std::string& criterion = row.missing[i];
        auto [index, added] =
            criterion_index_.try_emplace(criterion, static_cast<std::uint32_t>(criteria_.size()));
        if (added) {
            criteria_.push_back(criterion);
        }
        auto at = std::lower_bound(cell.missing.begin(), cell.missing.end(),
                                   std::pair<std::uint32_t, int>(index->second, 0));
        if (at == cell.missing.end() || at->first != index->second) {
            at = cell.missing.insert(at, {index->second, 0});
        }
        ++at->second;
        required_[criterion] = i < static_cast<std::size_t>(row.required_missing);
    }
}

BatchSummary::CellKey BatchSummary::group_ids(const CellKey& cell,
                                              const std::vector<std::string>& columns) const {
    CellKey group;
    for (const auto& column : columns) {
        auto at = std::find(columns_.begin(), columns_.end(), column);
        if (at != columns_.end()) {
            group.push_back(cell[static_cast<std::size_t>(at - columns_.begin())]);
            continue;
        }
        auto label = value_ids_.find(column.substr(label_column_prefix.size()));
        std::uint32_t value = unknown_;
        for (std::size_t i = columns_.size(); label != value_ids_.end() && i + 1 < cell.size();
             i += 2) {
            if (cell[i] == label->second) {
                value = cell[i + 1];
                break;
            }
        }
        group.push_back(value);
    }
    return group;
}

std::vector<std::string> BatchSummary::group_of(const CellKey& cell,
                                                const std::vector<std::string>& columns) const {
    std::vector<std::string> group;
    for (std::uint32_t id : group_ids(cell, columns)) {
        group.push_back(values_[id]);
    }
    return group;
}

std::vector<bool> BatchSummary::held_back(const std::vector<const CellKey*>& keys,
                                          const std::vector<const Cell*>& cells,
                                          int min_group) const {
    // Every grouping offered: each column, each label key, track with level, and the one asked.
    std::vector<std::vector<std::string>> groupings;
    for (const auto& column : columns_) {
        groupings.push_back({column});
    }
    for (const auto& label : label_keys_) {
        groupings.push_back({std::string(label_column_prefix) + label});
    }
    groupings.push_back({"track", "level"});
    groupings.push_back(by_columns_);
    // Each cell's group in each grouping, as a number.
    std::vector<std::vector<std::size_t>> group_index(groupings.size());
    std::vector<std::size_t> group_count(groupings.size());
    for (std::size_t g = 0; g < groupings.size(); ++g) {
        std::map<CellKey, std::size_t> numbers;
        for (const auto* key : keys) {
            auto [at, added] = numbers.try_emplace(group_ids(*key, groupings[g]), numbers.size());
            group_index[g].push_back(at->second);
        }
        group_count[g] = numbers.size();
    }
    std::vector<bool> held(cells.size(), false);
    for (bool changed = true; changed;) {
        changed = false;
        for (std::size_t g = 0; g < groupings.size(); ++g) {
            std::vector<int> people(group_count[g], 0);
            for (std::size_t i = 0; i < cells.size(); ++i) {
                people[group_index[g][i]] += held[i] ? 0 : cells[i]->counts.people();
            }
            for (std::size_t i = 0; i < cells.size(); ++i) {
                if (!held[i] && people[group_index[g][i]] < min_group) {
                    held[i] = true;
                    changed = true;
                }
            }
        }
    }
    return held;
}

std::vector<BatchGroup> BatchSummary::groups() const {
    std::map<std::vector<std::string>, BatchCounts> groups;
    for (const auto& [key, cell] : cells_) {
        groups[group_of(key, by_columns_)].add(cell.counts);
    }
    std::vector<BatchGroup> result;
    for (const auto& [key, counts] : groups) {
        result.push_back({key, counts});
    }
    return result;
}

SummaryView BatchSummary::view(const Framework& framework, int min_group) const {
    std::vector<const CellKey*> keys;
    std::vector<const Cell*> cells;
    for (const auto& [key, cell] : cells_) {
        keys.push_back(&key);
        cells.push_back(&cell);
    }
    std::vector<bool> held = held_back(keys, cells, min_group);

    SummaryView view;
    view.by = by_;
    BatchGroup pool{std::vector<std::string>(by_.size(), "(other)"), {}};
    std::map<std::vector<std::string>, BatchCounts> shown;
    std::map<std::uint32_t, int> shown_missing;
    std::map<std::uint32_t, int> pool_missing;
    for (std::size_t i = 0; i < cells.size(); ++i) {
        if (held[i]) {
            pool.counts.add(cells[i]->counts);
        } else {
            shown[group_of(*keys[i], by_columns_)].add(cells[i]->counts);
        }
        for (const auto& [criterion, people] : cells[i]->missing) {
            (held[i] ? pool_missing : shown_missing)[criterion] += people;
        }
    }
    for (const auto& [key, counts] : shown) {
        view.shown.push_back({key, counts});
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
    // A criterion missed by fewer people than the minimum is a group too small to show. The
    // people counted are the same in every grouping, so these counts are too.
    std::map<std::string, int> by_id; // ties in the order of ids
    for (const auto& [criterion, people] : shown_missing) {
        by_id[criteria_[criterion]] = people;
    }
    for (const auto& [criterion, people] : by_id) {
        if (people >= min_group) {
            view.most_missing.push_back({criterion, people, required_.at(criterion)});
        }
    }
    std::stable_sort(view.most_missing.begin(), view.most_missing.end(),
                     [](const MissingCriterion& a, const MissingCriterion& b) {
                         if (a.required != b.required) {
                             return a.required;
                         }
                         return a.people > b.people;
                     });
    return view;
}

} // namespace ladder
