#pragma once
// A career framework as loaded: scale, competencies, tracks, levels with their criteria, and
// the transitions between tracks. Every element keeps where it was written.

#include "model/rule.hpp"
#include "util/diagnostic.hpp"
#include "util/id_ref.hpp"

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace ladder {

struct Competency {
    std::string id;
    std::string name;
    std::string description;
    std::map<int, std::string> rating_meanings; // rating -> what it means for this competency
    Location where;
};

struct Track {
    std::string id;
    std::string name;
    std::string description;
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
    std::string guidance;
    bool required = true;
    double weight = 1.0;
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
    Location where;
};

// What a framework says about the people it judges (the optional `people:` section): the
// labels their evidence files may carry, and who may approve an exception.
struct PeoplePolicy {
    std::vector<std::string> labels;          // empty: any label is accepted
    std::vector<std::string> approvers;       // ids of people who may approve any exception
    std::vector<std::string> approver_labels; // labels whose value names an approver (`manager`)

    bool declares_approvers() const { return !approvers.empty() || !approver_labels.empty(); }
};

struct Framework {
    std::string id;
    std::string name;
    std::string version;
    std::string description;
    std::map<int, std::string> scale; // rating -> label
    std::vector<Competency> competencies;
    std::vector<Track> tracks;
    std::vector<Programme> programmes;
    std::vector<Level> levels;
    std::vector<Transition> transitions;
    PeoplePolicy people;
    std::vector<std::string> source_files;

    int scale_min() const { return scale.empty() ? 1 : scale.begin()->first; }
    int scale_max() const { return scale.empty() ? 5 : scale.rbegin()->first; }

    const Competency* find_competency(std::string_view id) const;
    const Track* find_track(std::string_view id) const;
    const Programme* find_programme(std::string_view id) const;
    const Level* find_level(std::string_view id) const;
    const Transition* find_transition(std::string_view from, std::string_view to) const;
    // Every criterion of every level and transition, with its owner's id.
    const Criterion* find_criterion(std::string_view id) const;

    // Levels of a track, lowest band first.
    std::vector<const Level*> levels_on_track(std::string_view track) const;
    // The level with the next band up on the same track, if any.
    const Level* next_level(const Level& level) const;
    // The levels of a band on every track, in track order.
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
    const Criterion* criterion;
    std::string from_level; // the level (or "from -> to" transition) that states it
    bool inherited;         // stated by an included level, not the level itself
};
std::vector<ResolvedCriterion> resolve_criteria(const Framework& framework, const Level& level);

} // namespace ladder
