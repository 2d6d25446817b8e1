#pragma once
// The levels of every track in band order, sorted once: passes that walk up tracks ask for a
// track's levels and a level's band over and over, and re-sorting each time is quadratic. A
// track that forks from another (`forks_from`) has the shared trunk below the fork at its foot.

#include "model/framework.hpp"

#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace ladder {

class TrackLadders {
public:
    using Levels = std::vector<const Level*>;

    explicit TrackLadders(const Framework& framework);

    // The levels of a track, shared trunk included, lowest band first (in written order
    // within a band).
    const Levels& on_track(std::string_view track) const;
    // The levels of `level`'s own track that share its band: a range of on_track(its track).
    std::pair<Levels::const_iterator, Levels::const_iterator> same_band(const Level& level) const;
    // The tracks a level is on: its own first, then the tracks that fork above it.
    const std::vector<const Track*>& tracks_containing(const Level& level) const;
    // The first level of a higher band than `level` on `track`, or nullptr.
    const Level* next_on(const Level& level, std::string_view track) const;

private:
    std::unordered_map<std::string_view, Levels> tracks_;
    std::unordered_map<const Level*, std::vector<const Track*>> containing_;
    Levels no_levels_;
    std::vector<const Track*> no_tracks_;
};

} // namespace ladder
