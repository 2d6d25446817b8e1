#pragma once
// A career framework as loaded: scale, competencies, tracks, levels with their criteria, and
// the transitions between tracks. Every element keeps where it was written.

#include "model/provenance.hpp"
#include "model/rule.hpp"
#include "model/vocabularies.hpp"
#include "util/diagnostic.hpp"
#include "util/id_ref.hpp"

#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace ladder {

struct Competency {
    std::string id;
    std::string name;
    std::string description;
    std::map<int, std::string> rating_meanings; // rating -> what it means for this competency
    std::string guidance; // the default for criteria of this competency that give none
    Location where;
};

struct Track {
    std::string id;
    std::string name;
    std::string description;
    // A track that forks from a level of another shares that track's levels up to and
    // including the fork (its trunk), then continues with its own levels.
    std::optional<IdRef> forks_from;
    Location where;
};

struct Programme {
    std::string id;
    std::string name;
    std::string description;
    Location where;
};

struct Criterion {
    std::string id;
    std::string title;
    std::string description;
    std::string guidance;            // its own, or the default of its competency or framework
    std::optional<IdRef> competency; // the competency it belongs to, when it says so
    bool required = true;
    double weight = 1.0;
    bool entry_gate = false;          // asked of people moving into the level, not of those in it
    std::shared_ptr<const Rule> rule; // never null once loaded
    Location where;
};

struct Level {
    std::string id;
    IdRef track;
    std::string title;
    int band = 0;
    std::vector<IdRef> includes;
    std::string summary;
    std::vector<Criterion> criteria;
    Location where;
    Location band_where;
};

struct Transition {
    IdRef from;
    IdRef to;
    std::string summary;
    std::optional<int> trial_months;
    bool reversible = false;
    std::vector<Criterion> criteria;
    // Whose criteria apply besides the move's own: the target level's (with what it includes)
    // and named levels'. Neither (the default, or `includes: none`): the move's own only.
    bool includes_target = false;
    std::vector<IdRef> includes;
    Location where;
};

// What a framework says about the people it judges (the optional `people:` section): the
// labels their evidence files and the roster may carry, who may approve an exception, and which
// statements about a person count (model/provenance.hpp).
struct PeoplePolicy {
    std::vector<std::string> labels;          // empty: any label is accepted
    std::vector<std::string> attributes;      // roster columns that describe an endorser
    std::vector<std::string> approvers;       // ids of people who may approve any exception
    std::vector<std::string> approver_labels; // labels whose value names an approver (`manager`)
    // By default every rating counts, and every endorsement and approval by someone else.
    CountedProvenances counted_ratings;
    CountedProvenances counted_endorsements{{true, true, false, false}};
    CountedProvenances counted_approvals{{true, true, false, false}};
    Location counted_where;

    // Labels whose values are person ids (`manager` and the approver labels): pseudonymised
    // with the ids.
    std::vector<std::string> id_labels() const;
    bool is_id_label(std::string_view key) const;

    bool declares_approvers() const { return !approvers.empty() || !approver_labels.empty(); }
};

struct CriteriaIndex;

struct Framework {
    std::string id;
    std::string name;
    std::string version;
    std::string description;
    std::string default_guidance;       // for criteria with none of their own or competency's
    std::vector<IdRef> disabled_checks; // warning codes switched off for the whole framework
    Vocabularies vocabularies = Vocabularies::defaults(); // for evidence items
    std::map<int, std::string> scale;                     // rating -> label
    // rating -> points, when the scale gives each step a value (`points` sums these); empty:
    // each step is worth its own number.
    std::map<int, int> scale_points;
    std::vector<Competency> competencies;
    std::vector<Track> tracks;
    std::vector<Programme> programmes;
    std::vector<Level> levels;
    std::vector<Transition> transitions;
    PeoplePolicy people;
    std::vector<std::string> source_files;
    // The loader stopped at --max-levels or --max-criteria: what it did not read is missing, so
    // the checks across the framework (references, reachability, sections) would only report
    // the consequences of the limit, not mistakes of the files.
    bool stopped_at_limit = false;
    // Every level's and move's criteria resolved once the framework is complete
    // (index_criteria), so that evaluating thousands of people does not resolve them again for
    // each. Unset while loading, and not used by a copy (it would point into the original).
    std::shared_ptr<const CriteriaIndex> criteria_index;

    int scale_min() const { return scale.empty() ? 1 : scale.begin()->first; }
    int scale_max() const { return scale.empty() ? 5 : scale.rbegin()->first; }
    int points_for(int rating) const;

    const Competency* find_competency(std::string_view id) const;
    const Track* find_track(std::string_view id) const;
    const Programme* find_programme(std::string_view id) const;
    const Level* find_level(std::string_view id) const;
    const Transition* find_transition(std::string_view from, std::string_view to) const;
    // Every criterion of every level and transition, with its owner's id.
    const Criterion* find_criterion(std::string_view id) const;

    // Levels of a track, lowest band first: its trunk (the levels it shares with the track it
    // forks from, up to the fork) and then its own.
    std::vector<const Level*> levels_on_track(std::string_view track) const;
    // Whether the level is on the track: its own track, or a trunk the track shares.
    bool on_track(const Level& level, std::string_view track) const;
    // The tracks a level is on (its own first, then those that share it as trunk).
    std::vector<const Track*> tracks_of(const Level& level) const;
    // The level with the next band up on the level's own track, if any.
    const Level* next_level(const Level& level) const;
    // The level with the next band up on `track`, which may fork above a shared level.
    const Level* next_level_on(const Level& level, std::string_view track) const;
    // The levels of a band on every track, in track order, each once (a shared level once).
    std::vector<const Level*> levels_in_band(int band) const;

    std::vector<std::string> competency_ids() const;
    std::vector<std::string> track_ids() const;
    std::vector<std::string> level_ids() const;
    std::vector<std::string> programme_ids() const;
    std::vector<std::string> criterion_ids() const;
};

// A level's criteria followed by those of every level it includes, transitively, each once,
// with the id of the level that states it. Include cycles are cut (the validator reports them).
struct ResolvedCriterion {
    static constexpr std::size_t no_slot = static_cast<std::size_t>(-1);

    const Criterion* criterion;
    std::string from_level; // the level (or "from -> to" transition) that states it
    bool inherited;         // stated by an included level, not the level itself
    // The criterion's number in the framework's CriteriaIndex (the same wherever it is
    // resolved), so an evaluation can keep one outcome per criterion; no_slot when resolved
    // outside the index.
    std::size_t slot = no_slot;
};
std::vector<ResolvedCriterion> resolve_criteria(const Framework& framework, const Level& level);

// A move's own criteria (from_level "IC4 -> M1"), then those of the levels it includes (the
// target's and named ones', each with what it includes), each criterion once.
std::vector<ResolvedCriterion> resolve_move_criteria(const Framework& framework,
                                                     const Transition& move);

// What resolve_criteria and resolve_move_criteria give for every level and move, each worked out
// once, on first use: a chain of n levels each including the one below holds n^2/2 resolved
// criteria in all, so resolving every level up front made `show` and `evaluate` of one level
// quadratic in the chain. Safe to use from several threads (batch).
struct CriteriaIndex {
    const Level* levels = nullptr;           // framework.levels.data() when it was built
    const Transition* transitions = nullptr; // framework.transitions.data()
    std::size_t slots = 0; // how many criteria levels and moves state, each numbered once
    std::unordered_map<const Criterion*, std::size_t> slot_of;
    std::unordered_map<std::string_view, const Level*> level_by_id;
    // Filled on first use, each entry once (its flag): in framework.levels / transitions order.
    mutable std::vector<std::vector<ResolvedCriterion>> by_level;
    mutable std::vector<std::vector<ResolvedCriterion>> by_transition;
    std::unique_ptr<std::once_flag[]> level_resolved;
    std::unique_ptr<std::once_flag[]> transition_resolved;
};

// Builds the index; call once the framework will no longer change.
void index_criteria(Framework& framework);

// The indexed criteria of a level or move of this framework; nullptr when it has no index.
const std::vector<ResolvedCriterion>* indexed_criteria(const Framework& framework,
                                                       const Level& level);
const std::vector<ResolvedCriterion>* indexed_criteria(const Framework& framework,
                                                       const Transition& move);

} // namespace ladder
