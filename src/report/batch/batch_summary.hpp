#pragma once
// `ladder batch --summary`: counts per group (track and level, or `--by` a field) instead of one
// row per person. Small groups would single a person out ("the one M4 is not ready"), and so
// would comparing two summaries of the same files grouped differently: hiding the one Remote
// person's counts under `--by location` is worthless if `--by department` shows the totals,
// from which the groups shown by location can be subtracted.
//
// So suppression is decided once for the files, not per grouping: a person is held back
// (pooled into "(other)") when, in ANY grouping the summary offers (each field of
// summary_group_columns(), each label key found in the files, and track with level), the people
// not held back who share their group are fewer than the minimum; held-back people may make
// another group small in turn, so this is repeated until nothing changes. Every grouping of the
// same files then shows the same people in its groups and pools the same people, so no count
// shown, in any grouping, depends on a held-back person; the pool's counts are shown only when
// it holds at least the minimum, and the totals only with them.

#include "model/framework.hpp"
#include "report/batch/batch_row.hpp"

#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <unordered_map>
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

// The columns a summary groups on (beside label keys). Each is one of the groupings suppression
// holds across: track, its name, level, its title, band, target, its title, placement.
const std::vector<std::string>& summary_group_columns();

// Why `by` (column names or label keys) is not a grouping whose suppression is sure to hold, or
// nothing: `by` must be one field of summary_group_columns(), one label key, or track and level
// together. A grouping on two fields is finer than any of them alone, so its small groups
// would be held back in that grouping only, and comparing it with a grouping on one of the
// fields would give them away.
std::optional<std::string> unsupported_summary_grouping(const std::vector<std::string>& by);

// Who stands where, and what is missing most often, over the groups the summary shows.
// A criterion of the summary's "most often missing" list.
struct MissingCriterion {
    std::string id;
    int people = 0;        // how many miss it
    bool required = false; // required where they miss it (else optional)
    bool operator==(const MissingCriterion&) const = default;
};

struct SummaryView {
    std::vector<std::string> by;
    std::vector<BatchGroup> shown;
    std::optional<BatchGroup> pool; // the people held back, together: "(other)"
    bool pool_hidden = false;
    BatchCounts totals;
    bool totals_hidden = false;
    // Criterion id -> people missing it, required first then most often; counted over the
    // people not held back (and those held back, when the pool's counts are shown), or it would
    // tell what the people of a hidden pool miss. The same in every grouping of the files.
    std::vector<MissingCriterion> most_missing;
};

class BatchSummary {
public:
    // What the counts are for: a summary, which holds people back across every grouping (and so
    // keeps a cell per combination of grouping fields), or only the groups of `by` and the
    // totals, for a page that shows every person anyway (the batch HTML page's chart).
    enum class Use { summary, groups_only };

    // `by`: the fields to group on: column names (track, level, target...) or label keys.
    explicit BatchSummary(std::vector<std::string> by = {"track", "level"}, Use use = Use::summary);

    // An error row counts under the groups its file named, if it got that far.
    void add(const BatchRow& row);
    const BatchCounts& totals() const { return totals_; }
    // Every group of `by`; unlike view(), nobody is held back (for reports that show each person
    // anyway). view() needs Use::summary.
    std::vector<BatchGroup> groups() const;
    SummaryView view(const Framework& framework, int min_group) const;

    // `width`: the text table's (it continues in blocks below rather than run wider).
    std::string render(const Framework& framework, const Date& as_of, Format format, int min_group,
                       std::size_t width) const;

private:
    // The people who share every field of every grouping: held back, or not, together. A cell's
    // key is the ids of its values (values_): one per column of columns_, then each label's key
    // and value. Ids and small sorted lists keep a summary of 10,000 people with labels that set
    // them apart (a manager of a handful) to a few megabytes.
    using CellKey = std::vector<std::uint32_t>;
    struct Cell {
        BatchCounts counts;
        // (criterion, people missing it), by criterion: its index in criteria_.
        std::vector<std::pair<std::uint32_t, int>> missing;
    };
    std::uint32_t intern(const std::string& value);
    // The group of a cell in the grouping on `columns` (column names, label.KEY), as value ids.
    CellKey group_ids(const CellKey& cell, const std::vector<std::string>& columns) const;
    std::vector<std::string> group_of(const CellKey& cell,
                                      const std::vector<std::string>& columns) const;
    // Which cells are held back (suppression decided once for every grouping; see above).
    std::vector<bool> held_back(const std::vector<const CellKey*>& keys,
                                const std::vector<const Cell*>& cells, int min_group) const;

    Use use_ = Use::summary;
    std::vector<std::string> by_;
    std::vector<std::string> by_columns_; // by_ as column names (team -> label.team)
    std::vector<std::string> columns_;    // the columns each cell is keyed on
    std::vector<std::string> values_;     // every value seen, by id
    std::unordered_map<std::string, std::uint32_t> value_ids_;
    std::uint32_t unknown_ = 0; // the id of "(unknown)": a label a person does not carry
    std::map<CellKey, Cell> cells_;
    std::vector<std::string> criteria_; // ids, in order of first sight
    std::unordered_map<std::string, std::uint32_t> criterion_index_;
    std::map<std::string, bool> required_; // criterion id -> required, for the ranking
    std::set<std::string> label_keys_;     // every label key a row carried
    BatchCounts totals_;
};

// A `--by` field as a column name: a bare label key becomes `label.KEY`.
std::string summary_field_column(const std::string& field);

} // namespace ladder
