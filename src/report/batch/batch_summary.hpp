#pragma once
// `ladder batch --summary`: counts per group (track and level, or `--by` labels) instead of one
// row per person. Small groups would single a person out ("the one M4 is not ready"), so a group
// under the minimum size is never shown alone: such groups are pooled into one "(other)" row,
// whose counts are hidden too if the pool is itself under the minimum; the totals then hide
// their counts as well, or the hidden ones could be worked out by subtraction.

#include "model/framework.hpp"
#include "report/batch/batch_row.hpp"

#include <array>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace ladder {

// Progress buckets of evaluated rows: 0-24, 25-49, 50-74, 75-99, 100 percent.
inline constexpr std::size_t progress_buckets = 5;

struct BatchCounts {
    int ready = 0;
    int not_ready = 0;
    int within_one = 0; // not ready, one required criterion short
    // Of the not ready: the target only a route of several steps reaches, or none (shown on
    // batch's stderr line; the summary counts them as not ready).
    int steps_away = 0;
    int no_route = 0;
    int top_of_track = 0;
    int errors = 0;
    int no_evidence = 0; // on the roster, with no evidence file
    int wrong_track = 0; // on a track they did not choose
    std::array<int, progress_buckets> progress{};

    void add(const BatchRow& row);
    void add(const BatchCounts& other);
    int people() const { return ready + not_ready + top_of_track + errors; }
};

struct BatchGroup {
    std::vector<std::string> key; // one value per `by` field
    BatchCounts counts;
};

// Who stands where, and what is missing most often, over the groups the summary shows.
struct SummaryView {
    std::vector<std::string> by;
    std::vector<BatchGroup> shown;
    std::optional<BatchGroup> pool; // the small groups together
    bool pool_hidden = false;
    BatchCounts totals;
    bool totals_hidden = false;
    // Criterion id -> people missing it, required first then most often; counted over the
    // groups shown (and the pool, when its counts are shown), or it would tell what the
    // people of a hidden group miss.
    std::vector<std::pair<std::string, int>> most_missing;
};

class BatchSummary {
public:
    // `by`: the fields to group on: column names (track, level, target...) or label keys.
    explicit BatchSummary(std::vector<std::string> by = {"track", "level"});

    // An error row counts under the groups its file named, if it got that far.
    void add(const BatchRow& row);
    const BatchCounts& totals() const { return totals_; }
    // Every group; unlike view(), small groups are not pooled (for reports that show each
    // person anyway).
    std::vector<BatchGroup> groups() const;
    SummaryView view(const Framework& framework, int min_group) const;

    std::string render(const Framework& framework, Format format, int min_group) const;

private:
    std::vector<std::string> by_;
    std::map<std::vector<std::string>, BatchCounts> groups_;
    // Group -> criterion id -> people of the group missing it.
    std::map<std::vector<std::string>, std::map<std::string, int>> missing_;
    std::map<std::string, bool> required_; // criterion id -> required, for the ranking
    BatchCounts totals_;
};

// A `--by` field as a column name: a bare label key becomes `label.KEY`.
std::string summary_field_column(const std::string& field);

} // namespace ladder
