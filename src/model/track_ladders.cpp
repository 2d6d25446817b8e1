#include "model/track_ladders.hpp"

#include <algorithm>

namespace ladder {

namespace {

bool lower_band(const Level* a, const Level* b) {
    return a->band < b->band;
}

} // namespace

TrackLadders::TrackLadders(const Framework& framework) {
    // Declared tracks first, so a level's own track comes first in tracks_containing.
    for (const auto& level : framework.levels) {
        if (const Track* own = framework.find_track(level.track.id)) {
            containing_[&level].push_back(own);
        }
    }
    for (const auto& track : framework.tracks) {
        Levels levels = framework.levels_on_track(track.id);
        for (const Level* level : levels) {
            if (level->track.id != track.id) {
                containing_[level].push_back(&track);
            }
        }
        tracks_.emplace(track.id, std::move(levels));
    }
    // A level on an undeclared track (an error reported elsewhere) still has a ladder.
    for (const auto& level : framework.levels) {
        if (!containing_.contains(&level)) {
            tracks_[level.track.id].push_back(&level);
        }
    }
    for (auto& [track, levels] : tracks_) {
        std::stable_sort(levels.begin(), levels.end(), lower_band);
    }
}

const TrackLadders::Levels& TrackLadders::on_track(std::string_view track) const {
    auto it = tracks_.find(track);
    return it == tracks_.end() ? no_levels_ : it->second;
}

std::pair<TrackLadders::Levels::const_iterator, TrackLadders::Levels::const_iterator>
TrackLadders::same_band(const Level& level) const {
    const Levels& levels = on_track(level.track.id);
    return std::equal_range(levels.begin(), levels.end(), &level, lower_band);
}

const std::vector<const Track*>& TrackLadders::tracks_containing(const Level& level) const {
    auto it = containing_.find(&level);
    return it == containing_.end() ? no_tracks_ : it->second;
}

const Level* TrackLadders::next_on(const Level& level, std::string_view track) const {
    const Levels& levels = on_track(track);
    auto next = std::upper_bound(levels.begin(), levels.end(), &level, lower_band);
    return next == levels.end() ? nullptr : *next;
}

} // namespace ladder
