#pragma once
// The levels of every track in band order, sorted once: passes that walk up tracks ask for a
// track's levels and a level's band over and over, and re-sorting each time is quadratic.

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

    // The levels of a track, lowest band first (in written order within a band).
    const Levels& on_track(std::string_view track) const;
    // The levels of `level`'s track that share its band: a range of on_track(its track).
    std::pair<Levels::const_iterator, Levels::const_iterator> same_band(const Level& level) const;

private:
    std::unordered_map<std::string_view, Levels> tracks_;
    Levels none_;
};

} // namespace ladder
