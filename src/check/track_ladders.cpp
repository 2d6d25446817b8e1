#include "check/track_ladders.hpp"

#include <algorithm>

namespace ladder {

namespace {

bool lower_band(const Level* a, const Level* b) {
    return a->band < b->band;
}

} // namespace

TrackLadders::TrackLadders(const Framework& framework) {
    for (const auto& level : framework.levels) {
        tracks_[level.track.id].push_back(&level);
    }
    for (auto& [track, levels] : tracks_) {
        std::stable_sort(levels.begin(), levels.end(), lower_band);
    }
}

const TrackLadders::Levels& TrackLadders::on_track(std::string_view track) const {
    auto it = tracks_.find(track);
    return it == tracks_.end() ? none_ : it->second;
}

std::pair<TrackLadders::Levels::const_iterator, TrackLadders::Levels::const_iterator>
TrackLadders::same_band(const Level& level) const {
    const Levels& levels = on_track(level.track.id);
    return std::equal_range(levels.begin(), levels.end(), &level, lower_band);
}

} // namespace ladder
