#pragma once
// `ladder batch --summary`: counts per track and level instead of one row per person. Small
// groups would single a person out ("the one M4 is not ready"), so a group under the minimum
// size is never shown alone: such groups are pooled into one "(other)" row, whose status counts
// are hidden too if the pool is itself under the minimum; the totals then hide their status
// counts as well, or the hidden ones could be worked out by subtraction.

#include "model/framework.hpp"
#include "report/batch/batch_row.hpp"

#include <map>
#include <string>
#include <utility>

namespace ladder {

struct BatchCounts {
    int ready = 0;
    int not_ready = 0;
    int top_of_track = 0;
    int errors = 0;

    void add(BatchStatus status);
    void add(const BatchCounts& other);
    int people() const { return ready + not_ready + top_of_track + errors; }
};

struct BatchGroup {
    std::string track;
    std::string level;
    BatchCounts counts;
};

class BatchSummary {
public:
    // An error row counts under the track and level its file named, if it got that far.
    void add(const BatchRow& row);
    const BatchCounts& totals() const { return totals_; }
    // Every group, by track then level; unlike render(), small groups are not pooled (for
    // reports that show each person anyway).
    std::vector<BatchGroup> groups() const;

    std::string render(const Framework& framework, Format format, int min_group) const;

private:
    std::map<std::pair<std::string, std::string>, BatchCounts> groups_;
    BatchCounts totals_;
};

} // namespace ladder
