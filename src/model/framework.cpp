#include "model/framework.hpp"

#include <algorithm>
#include <set>
#include <unordered_map>

namespace ladder {

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
    std::vector<const Level*> result;
    for (const auto& level : levels) {
        if (level.track.id == track) {
            result.push_back(&level);
        }
    }
    std::stable_sort(result.begin(), result.end(),
                     [](const Level* a, const Level* b) { return a->band < b->band; });
    return result;
}

const Level* Framework::next_level(const Level& level) const {
    for (const Level* candidate : levels_on_track(level.track.id)) {
        if (candidate->band > level.band) {
            return candidate;
        }
    }
    return nullptr;
}

// One pass over the levels, then a sort by track order: a band with thousands of levels, or a
// framework with thousands of tracks, costs n log n, not a sort of every track.
std::vector<const Level*> Framework::levels_in_band(int band) const {
    std::unordered_map<std::string_view, std::size_t> track_order;
    for (std::size_t i = 0; i < tracks.size(); ++i) {
        track_order.emplace(tracks[i].id, i);
    }
    std::vector<std::pair<std::size_t, const Level*>> found;
    for (const auto& level : levels) {
        auto track = track_order.find(level.track.id);
        if (level.band == band && track != track_order.end()) {
            found.emplace_back(track->second, &level);
        }
    }
    std::stable_sort(found.begin(), found.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    std::vector<const Level*> result;
    for (const auto& [order, level] : found) {
        result.push_back(level);
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

std::vector<ResolvedCriterion> resolve_criteria(const Framework& framework, const Level& level) {
    std::vector<ResolvedCriterion> result;
    // An index, so a long chain of includes costs n log n rather than a search per include.
    std::unordered_map<std::string_view, const Level*> by_id;
    for (const auto& candidate : framework.levels) {
        by_id.emplace(candidate.id, &candidate);
    }
    std::set<std::string_view> visited;
    std::set<std::string_view> seen_criteria;
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

} // namespace ladder
