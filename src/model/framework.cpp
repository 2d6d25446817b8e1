#include "model/framework.hpp"

#include <algorithm>
#include <limits>
#include <mutex>
#include <optional>
#include <set>
#include <unordered_map>
#include <unordered_set>

namespace ladder {

std::vector<std::string> PeoplePolicy::id_labels() const {
    std::vector<std::string> keys = {"manager"};
    for (const auto& key : approver_labels) {
        if (key != "manager") {
            keys.push_back(key);
        }
    }
    return keys;
}

bool PeoplePolicy::is_id_label(std::string_view key) const {
    return key == "manager" ||
           std::find(approver_labels.begin(), approver_labels.end(), key) != approver_labels.end();
}

namespace {

template <typename T> const T* find_by_id(const std::vector<T>& items, std::string_view id) {
    auto it =
        std::find_if(items.begin(), items.end(), [&](const T& item) { return item.id == id; });
    return it == items.end() ? nullptr : &*it;
}

template <typename T> std::vector<std::string> ids_of(const std::vector<T>& items) {
    std::vector<std::string> ids;
    for (const auto& item : items) {
        ids.push_back(item.id);
    }
    return ids;
}

} // namespace

int Framework::points_for(int rating) const {
    auto it = scale_points.find(rating);
    return it == scale_points.end() ? rating : it->second;
}

const Competency* Framework::find_competency(std::string_view wanted) const {
    return find_by_id(competencies, wanted);
}
const Track* Framework::find_track(std::string_view wanted) const {
    return find_by_id(tracks, wanted);
}
const Programme* Framework::find_programme(std::string_view wanted) const {
    return find_by_id(programmes, wanted);
}
const Level* Framework::find_level(std::string_view wanted) const {
    return find_by_id(levels, wanted);
}

const Transition* Framework::find_transition(std::string_view from, std::string_view to) const {
    auto it = std::find_if(transitions.begin(), transitions.end(),
                           [&](const Transition& t) { return t.from.id == from && t.to.id == to; });
    return it == transitions.end() ? nullptr : &*it;
}

const Criterion* Framework::find_criterion(std::string_view wanted) const {
    for (const auto& level : levels) {
        if (const auto* found = find_by_id(level.criteria, wanted)) {
            return found;
        }
    }
    for (const auto& transition : transitions) {
        if (const auto* found = find_by_id(transition.criteria, wanted)) {
            return found;
        }
    }
    return nullptr;
}

std::vector<const Level*> Framework::levels_on_track(std::string_view track) const {
    auto own_levels = [&](std::string_view track_id, int up_to_band) {
        std::vector<const Level*> found;
        for (const auto& level : levels) {
            if (level.track.id == track_id && level.band <= up_to_band) {
                found.push_back(&level);
            }
        }
        return found;
    };
    std::vector<const Level*> result = own_levels(track, std::numeric_limits<int>::max());
    // Walk down the forks: a track may fork from a track that itself forks. A fork cycle is
    // cut where it closes (the validator reports it).
    std::set<std::string> visited{std::string(track)};
    const Track* current = find_track(track);
    while (current != nullptr && current->forks_from) {
        const Level* fork = find_level(current->forks_from->id);
        if (fork == nullptr || !visited.insert(fork->track.id).second) {
            break;
        }
        auto trunk = own_levels(fork->track.id, fork->band);
        result.insert(result.begin(), trunk.begin(), trunk.end());
        current = find_track(fork->track.id);
    }
    std::stable_sort(result.begin(), result.end(),
                     [](const Level* a, const Level* b) { return a->band < b->band; });
    return result;
}

bool Framework::on_track(const Level& level, std::string_view track) const {
    if (level.track.id == track) {
        return true;
    }
    auto on = levels_on_track(track);
    return std::find(on.begin(), on.end(), &level) != on.end();
}

std::vector<const Track*> Framework::tracks_of(const Level& level) const {
    std::vector<const Track*> result;
    if (const Track* own = find_track(level.track.id)) {
        result.push_back(own);
    }
    for (const auto& track : tracks) {
        if (track.id != level.track.id && on_track(level, track.id)) {
            result.push_back(&track);
        }
    }
    return result;
}

const Level* Framework::next_level(const Level& level) const {
    return next_level_on(level, level.track.id);
}

const Level* Framework::next_level_on(const Level& level, std::string_view track) const {
    for (const Level* candidate : levels_on_track(track)) {
        if (candidate->band > level.band) {
            return candidate;
        }
    }
    return nullptr;
}

// Tracks in order, each with its shared trunk; a level on several tracks is listed once.
std::vector<const Level*> Framework::levels_in_band(int band) const {
    std::vector<const Level*> result;
    std::unordered_set<const Level*> listed;
    for (const auto& track : tracks) {
        for (const Level* level : levels_on_track(track.id)) {
            if (level->band == band && listed.insert(level).second) {
                result.push_back(level);
            }
        }
    }
    return result;
}

std::vector<std::string> Framework::competency_ids() const {
    return ids_of(competencies);
}
std::vector<std::string> Framework::track_ids() const {
    return ids_of(tracks);
}
std::vector<std::string> Framework::level_ids() const {
    return ids_of(levels);
}
std::vector<std::string> Framework::programme_ids() const {
    return ids_of(programmes);
}

std::vector<std::string> Framework::criterion_ids() const {
    std::vector<std::string> ids;
    for (const auto& level : levels) {
        for (const auto& criterion : level.criteria) {
            ids.push_back(criterion.id);
        }
    }
    for (const auto& transition : transitions) {
        for (const auto& criterion : transition.criteria) {
            ids.push_back(criterion.id);
        }
    }
    return ids;
}

namespace {

using LevelsById = std::unordered_map<std::string_view, const Level*>;

LevelsById levels_by_id(const Framework& framework) {
    LevelsById by_id;
    for (const auto& candidate : framework.levels) {
        by_id.emplace(candidate.id, &candidate);
    }
    return by_id;
}

// Each include is looked up in an index, so a long chain of includes costs n, not a search per
// include.
std::vector<ResolvedCriterion> resolve_with(const LevelsById& by_id, const Level& level) {
    std::vector<ResolvedCriterion> result;
    std::unordered_set<std::string_view> visited;
    std::unordered_set<std::string_view> seen_criteria;
    // Breadth first, so a level's own criteria come before those it inherits.
    std::vector<const Level*> queue{&level};
    for (std::size_t i = 0; i < queue.size(); ++i) {
        const Level* current = queue[i];
        if (!visited.insert(current->id).second) {
            continue;
        }
        for (const auto& criterion : current->criteria) {
            if (seen_criteria.insert(criterion.id).second) {
                result.push_back({&criterion, current->id, current != &level});
            }
        }
        for (const auto& include : current->includes) {
            if (auto included = by_id.find(include.id); included != by_id.end()) {
                queue.push_back(included->second);
            }
        }
    }
    return result;
}

} // namespace

std::vector<ResolvedCriterion> resolve_criteria(const Framework& framework, const Level& level) {
    if (const CriteriaIndex* index = framework.criteria_index.get();
        index && index->levels == framework.levels.data()) {
        return resolve_with(index->level_by_id, level);
    }
    return resolve_with(levels_by_id(framework), level);
}

std::vector<ResolvedCriterion> resolve_move_criteria(const Framework& framework,
                                                     const Transition& move) {
    std::vector<ResolvedCriterion> result;
    std::set<std::string> seen;
    for (const auto& criterion : move.criteria) {
        if (seen.insert(criterion.id).second) {
            result.push_back({&criterion, move.from.id + " -> " + move.to.id, false});
        }
    }
    std::vector<const Level*> included;
    if (move.includes_target) {
        included.push_back(framework.find_level(move.to.id));
    }
    for (const auto& include : move.includes) {
        included.push_back(framework.find_level(include.id));
    }
    for (const Level* level : included) {
        if (level == nullptr) {
            continue; // an unknown level: the validator reports it
        }
        for (const auto& resolved : resolve_criteria(framework, *level)) {
            if (seen.insert(resolved.criterion->id).second) {
                result.push_back({resolved.criterion, resolved.from_level, true});
            }
        }
    }
    return result;
}

void index_criteria(Framework& framework) {
    auto index = std::make_shared<CriteriaIndex>();
    index->levels = framework.levels.data();
    index->transitions = framework.transitions.data();
    index->level_by_id = levels_by_id(framework);
    auto number = [&](const std::vector<Criterion>& criteria) {
        for (const auto& criterion : criteria) {
            index->slot_of.emplace(&criterion, index->slot_of.size());
        }
    };
    for (const auto& level : framework.levels) {
        number(level.criteria);
    }
    for (const auto& move : framework.transitions) {
        number(move.criteria);
    }
    index->slots = index->slot_of.size();
    index->by_level.resize(framework.levels.size());
    index->by_transition.resize(framework.transitions.size());
    index->level_resolved = std::make_unique<std::once_flag[]>(framework.levels.size());
    index->transition_resolved = std::make_unique<std::once_flag[]>(framework.transitions.size());
    framework.criteria_index = std::move(index);
}

namespace {

// The position of `item` when it lies in the array the index was built over (a copied
// framework's levels lie elsewhere, and are resolved per call).
template <typename T>
std::optional<std::size_t> position_in(const std::vector<T>& items, const T* indexed,
                                       std::size_t count, const T& item) {
    if (indexed == nullptr || items.data() != indexed || &item < indexed ||
        &item >= indexed + count) {
        return std::nullopt;
    }
    return static_cast<std::size_t>(&item - indexed);
}

void number_slots(const CriteriaIndex& index, std::vector<ResolvedCriterion>& resolved) {
    for (auto& item : resolved) {
        if (auto slot = index.slot_of.find(item.criterion); slot != index.slot_of.end()) {
            item.slot = slot->second;
        }
    }
}

} // namespace

const std::vector<ResolvedCriterion>* indexed_criteria(const Framework& framework,
                                                       const Level& level) {
    const CriteriaIndex* index = framework.criteria_index.get();
    auto at = index ? position_in(framework.levels, index->levels, index->by_level.size(), level)
                    : std::nullopt;
    if (!at) {
        return nullptr;
    }
    std::call_once(index->level_resolved[*at], [&] {
        index->by_level[*at] = resolve_with(index->level_by_id, level);
        number_slots(*index, index->by_level[*at]);
    });
    return &index->by_level[*at];
}

const std::vector<ResolvedCriterion>* indexed_criteria(const Framework& framework,
                                                       const Transition& move) {
    const CriteriaIndex* index = framework.criteria_index.get();
    auto at = index ? position_in(framework.transitions, index->transitions,
                                  index->by_transition.size(), move)
                    : std::nullopt;
    if (!at) {
        return nullptr;
    }
    std::call_once(index->transition_resolved[*at], [&] {
        index->by_transition[*at] = resolve_move_criteria(framework, move);
        number_slots(*index, index->by_transition[*at]);
    });
    return &index->by_transition[*at];
}

} // namespace ladder
